// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliArgumentParser.h"

#include "CliArguments.h"
#include "CliCommands.h"

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

} // namespace

QList<CliOption> CliArgumentParser::globalOptions()
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

CliArgumentParser::Outcome CliArgumentParser::parse(const QStringList& arguments)
{
    const QList<CliOption> globals = globalOptions();
    const CliCommand* command = nullptr;
    QString commandName;
    CliArguments given;
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
            const CliOption* option = nullptr;
            for (const CliOption& candidate : globals) {
                if (candidate.name == optionName)
                    option = &candidate;
            }
            if (command) {
                for (const CliOption& candidate : command->options) {
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
            QStringList values;
            if (option->valueName.isEmpty()) {
                if (inlineValue) {
                    reject(usageError(tr("--%1 takes no value.").arg(optionName), commandName));
                    continue;
                }
                values.append(QString());
            } else if (inlineValue && option->valueCount == 1) {
                values.append(*inlineValue);
            } else if (!inlineValue && i + option->valueCount < arguments.size()) {
                values = arguments.mid(i + 1, option->valueCount);
                i += option->valueCount;
            } else {
                reject(usageError(option->valueCount == 1
                        ? tr("--%1 needs a value (%2).").arg(optionName, option->valueName)
                        : tr("--%1 needs %2 values (%3).")
                              .arg(optionName, QString::number(option->valueCount), option->valueName),
                    commandName));
                continue;
            }
            if (!option->repeatable && given.has(optionName)) {
                reject(usageError(tr("--%1 is given more than once.").arg(optionName), commandName));
                continue;
            }
            given.add(optionName, values);
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
            command = CliCommands::find(argument);
            if (!command) {
                reject(usageError(tr("Unknown command “%1”.").arg(argument)));
                continue;
            }
            commandName = argument;
            continue;
        }
        if (helpCommand && !command) {
            command = CliCommands::find(argument);
            commandName = argument;
            continue;
        }
        given.positionals.append(argument);
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

    if (const std::optional<QString> error = command->bind(*command, given, request))
        return usage(*error);
    request.command = command;

    outcome.action = Outcome::Action::Run;
    return outcome;
}

QString CliArgumentParser::optionLines(const QList<CliOption>& options)
{
    QStringList names;
    qsizetype width = 0;
    for (const CliOption& option : options) {
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
    const QList<CliCommand>& specs = CliCommands::all();
    QList<CliOption> globals = globalOptions();
    globals.append({u"help"_s, {}, tr("Show this help; COMMAND --help shows a command's.")});
    globals.append({u"version"_s, {}, tr("Show the version.")});

    if (const CliCommand* spec = CliCommands::find(command)) {
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
    for (const CliCommand& spec : specs) {
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
