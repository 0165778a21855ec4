// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin-cli: Avara Express customers from the command line (see --help).

#include "CliArgumentParser.h"
#include "CliRunner.h"
#include "Console.h"
#include "ExitCode.h"

#include "core/api/ClientOptions.h"
#include "core/common/EnvironmentIssue.h"
#include "core/common/Logging.h"
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// The language of --lang CODE or --lang=CODE (before a lone "--"), else the system's.
QLocale requestedLocale(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size() && arguments.at(i) != u"--"_s; ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(u"--lang="_s))
            return QLocale(argument.mid(7));
        if (argument == u"--lang"_s && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
    }
    return QLocale();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QLocale locale = requestedLocale(QCoreApplication::arguments().mid(1));
    QLocale::setDefault(locale);
    Translations::install(app, locale);
    QCoreApplication::setApplicationName(u"express-admin-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPRESSADMIN_VERSION));

    const CliArgumentParser::Outcome parsed = CliArgumentParser::parse(QCoreApplication::arguments().mid(1));
    Console console(parsed.json);
    switch (parsed.action) {
    case CliArgumentParser::Outcome::Action::ShowHelp:
        console.out(parsed.text.trimmed());
        return static_cast<int>(ExitCode::Success);
    case CliArgumentParser::Outcome::Action::ShowVersion:
        console.out(u"express-admin-cli "_s + QStringLiteral(EXPRESSADMIN_VERSION));
        return static_cast<int>(ExitCode::Success);
    case CliArgumentParser::Outcome::Action::UsageError: {
        const QString hint = parsed.commandName.isEmpty()
            ? QCoreApplication::translate("main", "Try 'express-admin-cli --help'.")
            : QCoreApplication::translate("main", "Try 'express-admin-cli %1 --help'.").arg(parsed.commandName);
        console.error(CliError {ExitCode::InvalidInput, u"Usage"_s, 0, parsed.text, {}, {}});
        if (!console.isJson())
            console.err(hint);
        return static_cast<int>(ExitCode::InvalidInput);
    }
    case CliArgumentParser::Outcome::Action::Run:
        break;
    }

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Ignored lines of AVARA_CUSTOM_HEADERS (the sandbox gets no extra headers) and an unknown AVARA_LOG.
    QList<EnvironmentIssue> issues;
    if (const std::optional<EnvironmentIssue> logIssue = Logging::applyEnvironment(environment))
        issues.append(*logIssue);
    if (!parsed.request.sandbox)
        issues.append(ClientOptions::environmentIssues(environment));
    for (const EnvironmentIssue& issue : std::as_const(issues))
        console.err(QCoreApplication::translate("main", "express-admin-cli: warning: %1").arg(issue.message));

    CliRunner runner(parsed.request, environment);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the event loop, so that even an immediate failure reaches exec()'s exit.
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
