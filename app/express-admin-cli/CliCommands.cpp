// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliCommands.h"

#include "CliArguments.h"
#include "CliRequest.h"
#include "CliRunner.h"

#include "core/model/Validation.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<QString> expectPositionals(const CliCommand& command, const CliArguments& arguments, qsizetype count)
{
    const QStringList& given = arguments.positionals;
    if (given.size() < count)
        return CliCommands::tr("Missing arguments: %1 %2").arg(command.name, command.synopsis);
    if (given.size() > count)
        return CliCommands::tr("Unexpected argument “%1”.").arg(given.at(count));
    return std::nullopt;
}

std::optional<QString> checkId(const QString& what, const QList<ValidationIssue>& issues, const QString& id)
{
    if (issues.isEmpty())
        return std::nullopt;
    return what.arg(id, issues.first().message);
}

std::optional<QString> bindCustomerId(const QString& id, CliRequest& request)
{
    request.customerId = id;
    return checkId(CliCommands::tr("Invalid customer id “%1”: %2"), Validation::checkCustomerId(id), id);
}

// --name, --set, --unset, --clear-metadata and --metadata-file, as update and create take them.
std::optional<QString> bindEdits(const CliArguments& arguments, MetadataEdits& edits)
{
    if (arguments.has(u"name"_s))
        edits.name = arguments.value(u"name"_s);
    QSet<QString> setKeys;
    for (const QString& text : arguments.values(u"set"_s)) {
        MetadataEntry entry;
        if (!MetadataEdits::parseSet(text, &entry))
            return CliCommands::tr("--set %1: expected KEY=VALUE.").arg(text);
        if (setKeys.contains(entry.key))
            return CliCommands::tr("--set: the key “%1” is given more than once.").arg(entry.key);
        setKeys.insert(entry.key);
        edits.sets.append(entry);
    }
    for (const QString& key : arguments.values(u"unset"_s)) {
        if (edits.unsets.contains(key))
            return CliCommands::tr("--unset: the key “%1” is given more than once.").arg(key);
        if (setKeys.contains(key))
            return CliCommands::tr("The key “%1” is given to both --set and --unset.").arg(key);
        edits.unsets.append(key);
    }
    edits.clearMetadata = arguments.has(u"clear-metadata"_s);
    edits.metadataFile = arguments.value(u"metadata-file"_s);
    if (arguments.has(u"metadata-file"_s) && edits.metadataFile.isEmpty())
        return CliCommands::tr("--metadata-file needs a file name.");
    if (edits.clearMetadata && !edits.metadataFile.isEmpty())
        return CliCommands::tr("--clear-metadata and --metadata-file exclude each other.");
    return std::nullopt;
}

std::optional<QString> bindList(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (auto error = expectPositionals(self, arguments, 0))
        return error;
    request.all = arguments.has(u"all"_s);
    request.cursor = arguments.value(u"cursor"_s);
    if (request.all && !request.cursor.isEmpty())
        return CliCommands::tr("--all and --cursor exclude each other.");
    if (arguments.has(u"limit"_s)) {
        bool ok = false;
        request.limit = arguments.value(u"limit"_s).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > 100)
            return CliCommands::tr("--limit: expected a number from 1 to 100.");
    }
    return std::nullopt;
}

// get, deactivate and reactivate: one customer id.
std::optional<QString> bindCustomer(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (auto error = expectPositionals(self, arguments, 1))
        return error;
    return bindCustomerId(arguments.positionals.at(0), request);
}

std::optional<QString> bindUpdate(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (auto error = bindCustomer(self, arguments, request))
        return error;
    if (auto error = bindEdits(arguments, request.edits))
        return error;
    request.dryRun = arguments.has(u"dry-run"_s);
    if (request.edits.isEmpty())
        return CliCommands::tr("Nothing to change: give --name, --set, --unset, --clear-metadata or --metadata-file.");
    return std::nullopt;
}

std::optional<QString> bindCreate(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (auto error = expectPositionals(self, arguments, 0))
        return error;
    if (!arguments.has(u"name"_s))
        return CliCommands::tr("create needs --name NAME.");
    return bindEdits(arguments, request.edits);
}

std::optional<QString> bindUsers(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (auto error = expectPositionals(self, arguments, 3))
        return error;
    const QString action = arguments.positionals.at(0);
    if (action != u"add"_s && action != u"remove"_s)
        return CliCommands::tr("users: expected “add” or “remove”, not “%1”.").arg(action);
    request.addUser = action == u"add"_s;
    if (auto error = bindCustomerId(arguments.positionals.at(1), request))
        return error;
    request.userId = arguments.positionals.at(2);
    return checkId(
        CliCommands::tr("Invalid user id “%1”: %2"), Validation::checkUserId(request.userId), request.userId);
}

std::optional<QString> bindSync(const CliCommand& self, const CliArguments& arguments, CliRequest&)
{
    return expectPositionals(self, arguments, 0);
}

std::optional<QString> bindSearch(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (arguments.positionals.isEmpty())
        return CliCommands::tr("Missing arguments: %1 %2").arg(self.name, self.synopsis);
    // Several arguments are one query: search cedar valley is search "cedar valley" without the quotes.
    request.query = arguments.positionals.join(u' ');
    return std::nullopt;
}

// --since: a date (from the start of that day, local time) or an ISO 8601 date and time.
std::optional<QDateTime> parseSince(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time;
    return std::nullopt;
}

std::optional<QString> bindHistory(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (arguments.positionals.size() > 1)
        return expectPositionals(self, arguments, 1);
    if (arguments.has(u"since"_s)) {
        request.since = parseSince(arguments.value(u"since"_s));
        if (!request.since)
            return CliCommands::tr("--since: expected a date (YYYY-MM-DD) or a date and time "
                                   "(YYYY-MM-DDTHH:MM:SS, optionally with Z or an offset such as +02:00).");
    }
    if (arguments.positionals.isEmpty())
        return std::nullopt;
    return bindCustomerId(arguments.positionals.at(0), request);
}

QList<CliCommand> makeTable()
{
    const CliOption name {u"name"_s, u"NAME"_s, CliCommands::tr("The customer's name (sent trimmed).")};
    const CliOption set {
        u"set"_s, u"KEY=VALUE"_s, CliCommands::tr("Add a metadata key or change its value (repeatable)."), true};
    const CliOption metadataFile {u"metadata-file"_s, u"FILE"_s,
        CliCommands::tr("Replace all metadata with the pairs in FILE, as the app imports them: a .json file holding "
                        "one object of strings, or a .csv file of key,value records.")};
    const CliOption unset {u"unset"_s, u"KEY"_s,
        CliCommands::tr("Remove a metadata key; a key the customer does not have is an error."), true};
    const CliOption clear {u"clear-metadata"_s, {}, CliCommands::tr("Remove all metadata.")};
    const CliOption dryRun {
        u"dry-run"_s, {}, CliCommands::tr("Print the PATCH body that would be sent, and send nothing.")};

    return {
        {u"list"_s, u"[--all] [--limit N] [--cursor CURSOR]"_s, u"[--all] [--limit N]"_s,
            CliCommands::tr("List customers: one page, or every page with --all (printed as each page arrives)."),
            {
                {u"all"_s, {}, CliCommands::tr("Follow the pages to the end.")},
                {u"limit"_s, u"N"_s,
                    CliCommands::tr("Customers per page, 1 to 100 (default: the server's, 100 with --all).")},
                {u"cursor"_s, u"CURSOR"_s, CliCommands::tr("Start at this page (the cursor printed by --json).")},
            },
            bindList, [](CliRunner& runner) { runner.runList(); }},
        {u"get"_s, u"ID"_s, {}, CliCommands::tr("Show one customer."), {}, bindCustomer,
            [](CliRunner& runner) { runner.runGet(); }},
        {u"update"_s,
            u"ID [--name NAME] [--set KEY=VALUE]... [--unset KEY]... [--clear-metadata] [--metadata-file FILE] "
            "[--dry-run]"_s,
            u"ID [EDITS]... [--dry-run]"_s,
            CliCommands::tr("Change a customer's name and metadata. Prints what changes and sends only that; nothing "
                            "when nothing changes. Edits apply in this order: --metadata-file or --clear-metadata, "
                            "then --unset, then --set."),
            {name, set, unset, clear, metadataFile, dryRun}, bindUpdate, [](CliRunner& runner) { runner.runUpdate(); },
            true},
        {u"create"_s, u"--name NAME [--set KEY=VALUE]... [--metadata-file FILE]"_s, u"--name NAME [EDITS]..."_s,
            CliCommands::tr("Create a customer."), {name, set, metadataFile}, bindCreate,
            [](CliRunner& runner) { runner.runCreate(); }, true},
        {u"deactivate"_s, u"ID"_s, {}, CliCommands::tr("Deactivate a customer."), {}, bindCustomer,
            [](CliRunner& runner) { runner.runSetActive(false); }},
        {u"reactivate"_s, u"ID"_s, {}, CliCommands::tr("Reactivate a customer."), {}, bindCustomer,
            [](CliRunner& runner) { runner.runSetActive(true); }},
        {u"users"_s, u"add|remove ID USER_ID"_s, {}, CliCommands::tr("Add a user to a customer, or remove one."), {},
            bindUsers, [](CliRunner& runner) { runner.runUsers(); }},
        {u"sync"_s, {}, {},
            CliCommands::tr("Mirror every customer into the local workspace, for search. A later sync updates what "
                            "changed and drops what disappeared."),
            {}, bindSync, [](CliRunner& runner) { runner.runSync(); }},
        {u"search"_s, u"QUERY"_s, {},
            CliCommands::tr("Search the customers mirrored by sync, without the network. Words match the start of "
                            "words in the name, id, metadata keys and values, and all must match; \"a phrase\"; "
                            "key:value (the value's words), key: (has the key); is:active, is:inactive."),
            {}, bindSearch, [](CliRunner& runner) { runner.runSearch(); }, false, true},
        {u"history"_s, u"[ID] [--since DATE]"_s, {},
            CliCommands::tr("Show the history of changes made with this program and the app on this connection, "
                            "newest first: when, by whom, what was sent, how it ended, and each field before and "
                            "after. With ID, one customer's."),
            {{u"since"_s, u"DATE"_s,
                CliCommands::tr("Only changes from this date (YYYY-MM-DD, local time) or date and time (ISO 8601) "
                                "on.")}},
            bindHistory, [](CliRunner& runner) { runner.runHistory(); }, false, true},
    };
}

} // namespace

const QList<CliCommand>& CliCommands::all()
{
    // Built once the translators are installed (main() does that first).
    static const QList<CliCommand> table = makeTable();
    return table;
}

const CliCommand* CliCommands::find(const QString& name)
{
    for (const CliCommand& command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}
