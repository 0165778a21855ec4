// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliArgumentParser.h"

#include "core/Validation.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = CliArgumentParser::Outcome;

Outcome usageError(const QString& message, const QString& commandName = {})
{
    Outcome outcome;
    outcome.action = Outcome::Action::UsageError;
    outcome.text = message;
    outcome.commandName = commandName;
    return outcome;
}

// Options given on the command line, in order, with their values ("" for flags).
struct GivenOptions
{
    QList<QPair<QString, QString>> items;

    bool has(const QString& name) const
    {
        return std::any_of(items.cbegin(), items.cend(), [&name](const auto& item) { return item.first == name; });
    }
    QString value(const QString& name) const
    {
        for (const auto& item : items) {
            if (item.first == name)
                return item.second;
        }
        return {};
    }
    QStringList values(const QString& name) const
    {
        QStringList result;
        for (const auto& item : items) {
            if (item.first == name)
                result.append(item.second);
        }
        return result;
    }
};

bool isRepeatable(const QString& option)
{
    return option == u"set"_s || option == u"unset"_s;
}

} // namespace

QList<CliArgumentParser::Option> CliArgumentParser::globalOptions()
{
    return {
        {u"base-url"_s, u"URL"_s,
            tr("The API's base URL (default: $AVARA_BASE_URL, else https://api.avarasoftware.com).")},
        {u"sandbox"_s, {},
            tr("Work on a fresh local sandbox with demo customers (starts express-sandbox; needs no key and no "
               "network).")},
        {u"json"_s, {}, tr("Machine-readable output: JSON on stdout, errors as {\"error\": {...}}.")},
        {u"retries"_s, u"N"_s, tr("Retries after a failed attempt (default 2; 0 disables them).")},
        {u"timeout"_s, u"SECONDS"_s, tr("Time limit of each attempt (default 60).")},
        // Read by main() before anything is printed; listed here so that it is accepted and shown in the help.
        {u"lang"_s, u"CODE"_s, tr("Use this language (e.g. de, en) instead of the system's.")},
    };
}

QList<CliArgumentParser::CommandSpec> CliArgumentParser::commands()
{
    const Option name {u"name"_s, u"NAME"_s, tr("The customer's name (sent trimmed).")};
    const Option set {u"set"_s, u"KEY=VALUE"_s, tr("Add a metadata key or change its value (repeatable).")};
    const Option metadataFile {u"metadata-file"_s, u"FILE"_s,
        tr("Replace all metadata with the pairs in FILE, as the app imports them: a .json file holding one object "
           "of strings, or a .csv file of key,value records.")};
    return {
        {u"list"_s, u"[--all] [--limit N] [--cursor CURSOR]"_s, u"[--all] [--limit N]"_s,
            tr("List customers: one page, or every page with --all."),
            {
                {u"all"_s, {}, tr("Follow the pages to the end.")},
                {u"limit"_s, u"N"_s, tr("Customers per page, 1 to 100 (default: the server's, 100 with --all).")},
                {u"cursor"_s, u"CURSOR"_s, tr("Start at this page (the cursor printed by --json).")},
            }},
        {u"get"_s, u"ID"_s, {}, tr("Show one customer."), {}},
        {u"update"_s,
            u"ID [--name NAME] [--set KEY=VALUE]... [--unset KEY]... [--clear-metadata] [--metadata-file FILE] "
            "[--dry-run]"_s,
            u"ID [EDITS]... [--dry-run]"_s,
            tr("Change a customer's name and metadata. Prints what changes and sends only that; nothing when "
               "nothing changes. Edits apply in this order: --metadata-file or --clear-metadata, then --unset, "
               "then --set."),
            {
                name,
                set,
                {u"unset"_s, u"KEY"_s, tr("Remove a metadata key; a key the customer does not have is an error.")},
                {u"clear-metadata"_s, {}, tr("Remove all metadata.")},
                metadataFile,
                {u"dry-run"_s, {}, tr("Print the PATCH body that would be sent, and send nothing.")},
            }},
        {u"create"_s, u"--name NAME [--set KEY=VALUE]... [--metadata-file FILE]"_s, u"--name NAME [EDITS]..."_s,
            tr("Create a customer."), {name, set, metadataFile}},
        {u"deactivate"_s, u"ID"_s, {}, tr("Deactivate a customer."), {}},
        {u"reactivate"_s, u"ID"_s, {}, tr("Reactivate a customer."), {}},
        {u"users"_s, u"add|remove ID USER_ID"_s, {}, tr("Add a user to a customer, or remove one."), {}},
    };
}

const CliArgumentParser::CommandSpec* CliArgumentParser::findCommand(
    const QList<CommandSpec>& specs, const QString& name)
{
    for (const CommandSpec& spec : specs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

CliArgumentParser::Outcome CliArgumentParser::parse(const QStringList& arguments)
{
    const QList<Option> globals = globalOptions();
    const QList<CommandSpec> specs = commands();
    const CommandSpec* command = nullptr;
    QString commandName;
    QStringList positionals;
    GivenOptions given;
    bool help = false;
    bool helpCommand = false;
    bool version = false;
    bool onlyPositionals = false;
    // The first usage error on the line. The rest of the line is still read, so that a --json after the
    // mistake reports it as JSON.
    std::optional<Outcome> firstError;
    const auto reject = [&firstError](const Outcome& outcome) {
        if (!firstError)
            firstError = outcome;
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!onlyPositionals && argument == u"--"_s) {
            onlyPositionals = true;
            continue;
        }
        if (!onlyPositionals && argument.startsWith(u"--"_s)) {
            QString optionName = argument.mid(2);
            std::optional<QString> inlineValue;
            if (const qsizetype equals = optionName.indexOf(u'='); equals >= 0) {
                inlineValue = optionName.mid(equals + 1);
                optionName.truncate(equals);
            }
            if (optionName == u"help"_s) {
                help = true;
                continue;
            }
            if (optionName == u"version"_s) {
                version = true;
                continue;
            }
            const Option* option = nullptr;
            for (const Option& candidate : globals) {
                if (candidate.name == optionName)
                    option = &candidate;
            }
            if (command) {
                for (const Option& candidate : command->options) {
                    if (candidate.name == optionName)
                        option = &candidate;
                }
            }
            if (!option) {
                reject(usageError(command ? tr("The %1 command has no option --%2.").arg(commandName, optionName)
                                          : tr("Unknown option --%1.").arg(optionName),
                    commandName));
                continue;
            }
            QString value;
            if (option->valueName.isEmpty()) {
                if (inlineValue) {
                    reject(usageError(tr("--%1 takes no value.").arg(optionName), commandName));
                    continue;
                }
            } else if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                reject(usageError(tr("--%1 needs a value (%2).").arg(optionName, option->valueName), commandName));
                continue;
            }
            if (!isRepeatable(optionName) && given.has(optionName)) {
                reject(usageError(tr("--%1 is given more than once.").arg(optionName), commandName));
                continue;
            }
            given.items.append({optionName, value});
            continue;
        }
        if (!onlyPositionals && (argument == u"-h"_s || argument == u"-?"_s)) {
            help = true;
            continue;
        }
        if (!onlyPositionals && argument.startsWith(u'-') && argument.size() > 1) {
            reject(usageError(tr("Unknown option %1.").arg(argument), commandName));
            continue;
        }
        if (!command && !helpCommand) {
            if (argument == u"help"_s) {
                helpCommand = true;
                continue;
            }
            command = findCommand(specs, argument);
            if (!command) {
                reject(usageError(tr("Unknown command “%1”.").arg(argument)));
                continue;
            }
            commandName = argument;
            continue;
        }
        if (helpCommand && !command) {
            command = findCommand(specs, argument);
            commandName = argument;
            continue;
        }
        positionals.append(argument);
    }

    const bool json = given.has(u"json"_s);
    if (firstError) {
        firstError->json = json;
        return *firstError;
    }
    // Every later usage error knows about --json too.
    const auto usage = [&commandName, json](const QString& message) {
        Outcome outcome = usageError(message, commandName);
        outcome.json = json;
        return outcome;
    };

    Outcome outcome;
    outcome.commandName = commandName;
    outcome.json = json;
    if (help || helpCommand) {
        outcome.action = Outcome::Action::ShowHelp;
        outcome.text = helpText(commandName);
        return outcome;
    }
    if (version) {
        outcome.action = Outcome::Action::ShowVersion;
        return outcome;
    }
    if (!command)
        return usage(tr("No command given."));

    CliRequest& request = outcome.request;

    // Global options.
    if (given.has(u"base-url"_s)) {
        const QUrl url(given.value(u"base-url"_s), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return usage(tr("--base-url: expected an http or https URL such as https://api.avarasoftware.com."));
        request.baseUrl = url;
    }
    request.sandbox = given.has(u"sandbox"_s);
    if (request.sandbox && request.baseUrl)
        return usage(tr("--sandbox and --base-url exclude each other."));
    request.json = json;
    if (given.has(u"retries"_s)) {
        bool ok = false;
        const int retries = given.value(u"retries"_s).toInt(&ok);
        if (!ok || retries < 0 || retries > 10)
            return usage(tr("--retries: expected a number from 0 to 10."));
        request.retries = retries;
    }
    if (given.has(u"timeout"_s)) {
        bool ok = false;
        const double seconds = given.value(u"timeout"_s).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
            return usage(tr("--timeout: expected a number of seconds above 0, at most 3600."));
        request.timeout = std::chrono::milliseconds(std::max<qint64>(1, std::llround(seconds * 1000)));
    }

    const auto expectPositionals = [&](qsizetype count) -> std::optional<Outcome> {
        if (positionals.size() < count)
            return usage(tr("Missing arguments: %1 %2").arg(commandName, command->synopsis));
        if (positionals.size() > count)
            return usage(tr("Unexpected argument “%1”.").arg(positionals.at(count)));
        return std::nullopt;
    };
    const auto checkCustomerId = [&](const QString& id) -> std::optional<Outcome> {
        const QList<ValidationIssue> issues = Validation::checkCustomerId(id);
        if (issues.isEmpty())
            return std::nullopt;
        return usage(tr("Invalid customer id “%1”: %2").arg(id, issues.first().message));
    };

    if (commandName == u"list"_s) {
        request.command = CliRequest::Command::List;
        if (auto error = expectPositionals(0))
            return *error;
        request.all = given.has(u"all"_s);
        request.cursor = given.value(u"cursor"_s);
        if (request.all && !request.cursor.isEmpty())
            return usage(tr("--all and --cursor exclude each other."));
        if (given.has(u"limit"_s)) {
            bool ok = false;
            request.limit = given.value(u"limit"_s).toInt(&ok);
            if (!ok || request.limit < 1 || request.limit > 100)
                return usage(tr("--limit: expected a number from 1 to 100."));
        }
    } else if (commandName == u"users"_s) {
        if (auto error = expectPositionals(3))
            return *error;
        const QString action = positionals.at(0);
        if (action == u"add"_s)
            request.command = CliRequest::Command::AddUser;
        else if (action == u"remove"_s)
            request.command = CliRequest::Command::RemoveUser;
        else
            return usage(tr("users: expected “add” or “remove”, not “%1”.").arg(action));
        request.customerId = positionals.at(1);
        request.userId = positionals.at(2);
        if (auto error = checkCustomerId(request.customerId))
            return *error;
        if (!Validation::isValidUserId(request.userId))
            return usage(tr("Invalid user id “%1”: a user id is “usr_” followed by 32 lowercase hexadecimal "
                            "digits.")
                             .arg(request.userId));
    } else if (commandName == u"create"_s) {
        request.command = CliRequest::Command::Create;
        if (auto error = expectPositionals(0))
            return *error;
        if (!given.has(u"name"_s))
            return usage(tr("create needs --name NAME."));
    } else {
        if (auto error = expectPositionals(1))
            return *error;
        request.customerId = positionals.at(0);
        if (auto error = checkCustomerId(request.customerId))
            return *error;
        if (commandName == u"get"_s)
            request.command = CliRequest::Command::Get;
        else if (commandName == u"update"_s)
            request.command = CliRequest::Command::Update;
        else if (commandName == u"deactivate"_s)
            request.command = CliRequest::Command::Deactivate;
        else
            request.command = CliRequest::Command::Reactivate;
    }

    // Edits (update and create).
    MetadataEdits& edits = request.edits;
    if (given.has(u"name"_s))
        edits.name = given.value(u"name"_s);
    QSet<QString> setKeys;
    for (const QString& text : given.values(u"set"_s)) {
        MetadataEntry entry;
        if (!MetadataEdits::parseSet(text, &entry))
            return usage(tr("--set %1: expected KEY=VALUE.").arg(text));
        if (setKeys.contains(entry.key))
            return usage(tr("--set: the key “%1” is given more than once.").arg(entry.key));
        setKeys.insert(entry.key);
        edits.sets.append(entry);
    }
    for (const QString& key : given.values(u"unset"_s)) {
        if (edits.unsets.contains(key))
            return usage(tr("--unset: the key “%1” is given more than once.").arg(key));
        if (setKeys.contains(key))
            return usage(tr("The key “%1” is given to both --set and --unset.").arg(key));
        edits.unsets.append(key);
    }
    edits.clearMetadata = given.has(u"clear-metadata"_s);
    edits.metadataFile = given.value(u"metadata-file"_s);
    if (given.has(u"metadata-file"_s) && edits.metadataFile.isEmpty())
        return usage(tr("--metadata-file needs a file name."));
    if (edits.clearMetadata && !edits.metadataFile.isEmpty())
        return usage(tr("--clear-metadata and --metadata-file exclude each other."));
    request.dryRun = given.has(u"dry-run"_s);
    if (request.command == CliRequest::Command::Update && edits.isEmpty())
        return usage(tr("Nothing to change: give --name, --set, --unset, --clear-metadata or --metadata-file."));

    outcome.action = Outcome::Action::Run;
    return outcome;
}

QString CliArgumentParser::optionLines(const QList<Option>& options)
{
    QStringList names;
    qsizetype width = 0;
    for (const Option& option : options) {
        const QString name =
            option.valueName.isEmpty() ? u"--"_s + option.name : u"--%1 %2"_s.arg(option.name, option.valueName);
        names.append(name);
        width = std::max(width, name.size());
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i)
        text += u"  "_s + names.at(i).leftJustified(width) + u"  "_s + options.at(i).description + u'\n';
    return text;
}

QString CliArgumentParser::exitCodesText()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  any other failure (e.g. the sandbox could not be started)\n"
              "  2  invalid input: usage, a malformed id, validation errors, AVARA_API_KEY not set\n"
              "  3  the API refused the request (any 4xx, e.g. 404 not found, 401 wrong key)\n"
              "  4  the API was unreachable or failed (connection, timeout, 5xx, an invalid answer)\n"
              "  5  the server answered but did not do exactly what was asked\n");
}

QString CliArgumentParser::helpText(const QString& command)
{
    const QList<CommandSpec> specs = commands();
    QList<Option> globals = globalOptions();
    globals.append({u"help"_s, {}, tr("Show this help; COMMAND --help shows a command's.")});
    globals.append({u"version"_s, {}, tr("Show the version.")});

    if (const CommandSpec* spec = findCommand(specs, command)) {
        QString text =
            tr("Usage: express-admin-cli [OPTIONS] %1 %2\n\n%3\n").arg(spec->name, spec->synopsis, spec->description);
        if (!spec->options.isEmpty())
            text += u'\n' + tr("Options:") + u'\n' + optionLines(spec->options);
        text += u'\n' + tr("Global options:") + u'\n' + optionLines(globals);
        text += u'\n' + exitCodesText();
        return text;
    }

    QString text = tr("Usage: express-admin-cli [OPTIONS] COMMAND [ARGUMENTS]\n\n"
                      "Looks after Avara Express customers from the command line.\n");
    text += u'\n' + tr("Commands:") + u'\n';
    qsizetype width = 0;
    QStringList synopses;
    for (const CommandSpec& spec : specs) {
        // The long synopses are shown in full by "COMMAND --help".
        const QString synopsis = spec.name + u' ' + (spec.summary.isEmpty() ? spec.synopsis : spec.summary);
        synopses.append(synopsis);
        width = std::max(width, synopsis.size());
    }
    for (qsizetype i = 0; i < specs.size(); ++i) {
        QString description = specs.at(i).description;
        if (const qsizetype stop = description.indexOf(u". "_s); stop >= 0)
            description.truncate(stop + 1);
        text += u"  "_s + synopses.at(i).leftJustified(width) + u"  "_s + description + u'\n';
    }
    text += u'\n' + tr("Options:") + u'\n' + optionLines(globals);
    text += u'\n'
        + tr("Environment:\n"
             "  AVARA_API_KEY   the API key (required unless --sandbox); it is never taken from the command line\n"
             "  AVARA_BASE_URL  the API's base URL when --base-url is not given\n"
             "  AVARA_CUSTOM_HEADERS\n"
             "                  extra request headers, one 'Name: value' per line; the client's own (Authorization,\n"
             "                  Content-Type, Host, ...) are refused, and every ignored line is reported\n"
             "  AVARA_LOG       debug (each request), info (retries), warning, error or off; QT_LOGGING_RULES wins\n");
    text += u'\n' + exitCodesText();
    text += u'\n' + tr("Run 'express-admin-cli COMMAND --help' for a command's options.") + u'\n';
    return text;
}
