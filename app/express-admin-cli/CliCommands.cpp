// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliCommands.h"

#include "CliArguments.h"
#include "CliRequest.h"
#include "CliRunner.h"

#include "core/model/BulkPlanner.h"
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

// --set, --unset, --rename-key, --replace-in, --deactivate and --reactivate as bulk operations, in the order given.
std::optional<QString> bindBulkOperations(const CliArguments& arguments, QList<BulkOperation>& operations)
{
    for (const CliArguments::Given& given : arguments.given()) {
        const QString& option = given.first;
        const QStringList& values = given.second;
        MetadataEntry pair;
        if (option == u"set"_s) {
            if (!MetadataEdits::parseSet(values.value(0), &pair))
                return CliCommands::tr("--set %1: expected KEY=VALUE.").arg(values.value(0));
            operations.append(BulkOperation::setValue(pair.key, pair.value));
        } else if (option == u"unset"_s) {
            operations.append(BulkOperation::removeKey(values.value(0)));
        } else if (option == u"rename-key"_s) {
            if (!MetadataEdits::parseSet(values.value(0), &pair))
                return CliCommands::tr("--rename-key %1: expected OLD=NEW.").arg(values.value(0));
            operations.append(BulkOperation::renameKey(pair.key, pair.value));
        } else if (option == u"replace-in"_s) {
            operations.append(BulkOperation::replaceText(values.value(0), values.value(1), values.value(2)));
        } else if (option == u"deactivate"_s) {
            operations.append(BulkOperation::deactivate());
        } else if (option == u"reactivate"_s) {
            operations.append(BulkOperation::reactivate());
        }
    }
    const QStringList problems = BulkPlanner::checkOperations(operations);
    if (!problems.isEmpty())
        return problems.join(u'\n');
    return std::nullopt;
}

std::optional<QString> bindBulk(const CliCommand& self, const CliArguments& arguments, CliRequest& request)
{
    if (auto error = expectPositionals(self, arguments, 0))
        return error;
    request.bulkResume = arguments.has(u"resume"_s);
    request.yes = arguments.has(u"yes"_s);
    request.dryRun = arguments.has(u"dry-run"_s);
    if (arguments.has(u"concurrency"_s)) {
        bool ok = false;
        const int concurrency = arguments.value(u"concurrency"_s).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 64)
            return CliCommands::tr("--concurrency: expected a number from 1 to 64.");
        request.concurrency = concurrency;
    }
    const QStringList choosers {u"search"_s, u"ids"_s, u"all"_s};
    const auto chosen = std::count_if(
        choosers.cbegin(), choosers.cend(), [&arguments](const QString& option) { return arguments.has(option); });
    if (request.bulkResume) {
        const QStringList others {u"search"_s, u"ids"_s, u"all"_s, u"set"_s, u"unset"_s, u"rename-key"_s,
            u"replace-in"_s, u"deactivate"_s, u"reactivate"_s, u"dry-run"_s};
        for (const QString& option : others) {
            if (arguments.has(option))
                return CliCommands::tr("--resume goes on with a run as it was started: --%1 cannot be given with it.")
                    .arg(option);
        }
        return std::nullopt;
    }
    if (chosen == 0)
        return CliCommands::tr("Choose the customers: --search QUERY, --ids FILE or --all.");
    if (chosen > 1)
        return CliCommands::tr("--search, --ids and --all exclude each other.");
    if (arguments.has(u"search"_s)) {
        request.bulkSelection = BulkRunRecord::Selection::Search;
        request.query = arguments.value(u"search"_s);
    } else if (arguments.has(u"ids"_s)) {
        request.bulkSelection = BulkRunRecord::Selection::IdsFile;
        request.idsFile = arguments.value(u"ids"_s);
        if (request.idsFile.isEmpty())
            return CliCommands::tr("--ids needs a file name.");
    } else {
        request.bulkSelection = BulkRunRecord::Selection::All;
    }
    return bindBulkOperations(arguments, request.bulkOperations);
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
        {u"bulk"_s,
            u"(--search QUERY | --ids FILE | --all) [--set KEY=VALUE]... [--unset KEY]... [--rename-key OLD=NEW]... "
            "[--replace-in KEY OLD NEW]... [--deactivate | --reactivate] [--dry-run] [--concurrency N] [--yes], or "
            "bulk --resume [--yes]"_s,
            u"(--search Q | --ids FILE | --all) OPERATIONS... [--dry-run] [--yes]"_s,
            CliCommands::tr("Change many customers at once. The metadata operations apply in the order given; each "
                            "customer is read right before its change and the operations applied to what it holds "
                            "then (nothing is sent for one already as asked). --search and --all choose from the "
                            "customers mirrored by sync. Asks before sending unless --yes; without a terminal, "
                            "--yes is needed. Exits 0 only when every customer was changed or already as asked, "
                            "else with the worst failure's code. Every change goes to the history; a run stopped by "
                            "a crash or kill goes on with --resume, changing no customer twice."),
            {
                {u"search"_s, u"QUERY"_s, CliCommands::tr("The mirrored customers this search finds (as search).")},
                {u"ids"_s, u"FILE"_s,
                    CliCommands::tr("The customers whose ids are in FILE, one per line (blank lines and lines "
                                    "starting with # are left out).")},
                {u"all"_s, {}, CliCommands::tr("Every mirrored customer.")},
                {u"set"_s, u"KEY=VALUE"_s, CliCommands::tr("Set a metadata key to a value (repeatable)."), true},
                {u"unset"_s, u"KEY"_s, CliCommands::tr("Remove a metadata key where it is (repeatable)."), true},
                {u"rename-key"_s, u"OLD=NEW"_s,
                    CliCommands::tr("Rename a metadata key, keeping its value; a customer that already has NEW is "
                                    "not changed (repeatable)."),
                    true},
                {u"replace-in"_s, u"KEY OLD NEW"_s,
                    CliCommands::tr("Replace the text OLD with NEW in the value of KEY, every occurrence, literally "
                                    "(repeatable)."),
                    true, 3},
                {u"deactivate"_s, {}, CliCommands::tr("Deactivate the customers.")},
                {u"reactivate"_s, {}, CliCommands::tr("Reactivate the customers.")},
                {u"dry-run"_s, {},
                    CliCommands::tr("Read the customers and print what would change (with --json, every planned "
                                    "change); send nothing.")},
                {u"concurrency"_s, u"N"_s,
                    CliCommands::tr("Customers in flight at once (default 8; halved while the server answers 429).")},
                {u"yes"_s, {}, CliCommands::tr("Do not ask before sending.")},
                {u"resume"_s, {}, CliCommands::tr("Go on with the latest unfinished bulk change on this connection.")},
            },
            bindBulk, [](CliRunner& runner) { runner.runBulk(); }},
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
