// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-sandbox: the Express API sandbox as a local server on 127.0.0.1 (see sandbox/README.md).

#include "ShutdownSignalWatcher.h"

#include "sandbox/SandboxDataFile.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <utility>

using namespace Sandbox;

using namespace Qt::Literals::StringLiterals;

namespace {

enum ExitCode { Success = 0, UsageError = 1, DataError = 2, ListenError = 3 };

// Enough to try the scale the app is measured at (100,000) and then some.
constexpr int MaxCustomers = 1000000;

void printLine(FILE* stream, const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

int usageError(const QString& message)
{
    printLine(stderr, u"express-sandbox: "_s + message);
    printLine(stderr, u"Try 'express-sandbox --help'."_s);
    return UsageError;
}

int dataError(const QString& message)
{
    printLine(stderr, u"express-sandbox: cannot use the data file "_s + message);
    printLine(stderr, u"express-sandbox: the file was left unchanged."_s);
    return DataError;
}

// --data FILE (the JSON file of earlier versions) keeps its changes in this database next to it.
QString databaseForDataFile(const QString& dataFile)
{
    return dataFile + u".sqlite"_s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"express-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EXPRESSADMIN_VERSION));
    // One line per request on stderr; QT_LOGGING_RULES can still silence it.
    QLoggingCategory::setFilterRules(u"expressadmin.sandbox.info=true"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local, stateful imitation of the Avara Express API for Express Admin (listens on 127.0.0.1 only)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (default 0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption keyOption(u"api-key"_s,
        u"API key clients must send as Bearer token (default: $EXPRESS_SANDBOX_API_KEY, else a random key)."_s,
        u"KEY"_s);
    const QCommandLineOption dbOption(u"db"_s,
        u"Keep the customers in this SQLite database: loaded on start (created from the seed or --import when new), "
        "every change written through before it is answered."_s,
        u"FILE"_s);
    const QCommandLineOption importOption(
        u"import"_s, u"With --db: replace the database's customers with those of this JSON data file."_s, u"FILE"_s);
    const QCommandLineOption loadOption(
        u"load"_s, u"Start with the customers of this JSON data file and keep changes in memory only."_s, u"FILE"_s);
    const QCommandLineOption exportOption(u"export"_s,
        u"Write the customers (after --db, --data, --load or the seed) to this JSON data file and exit."_s, u"FILE"_s);
    const QCommandLineOption dataOption(u"data"_s,
        u"Kept for earlier command lines: the database FILE.sqlite, created from the JSON data file FILE when it "
        "exists (FILE is only read), else from the seed."_s,
        u"FILE"_s);
    const QCommandLineOption emptyOption(u"empty"_s, u"Start with no customers."_s);
    const QCommandLineOption seedOption(u"seed"_s,
        u"Seed of the %1 generated demo customers (default %2)."_s.arg(SandboxSeed::DefaultCount)
            .arg(SandboxSeed::DefaultSeed),
        u"N"_s);
    const QCommandLineOption customersOption(u"customers"_s,
        u"Number of generated demo customers (default %1), e.g. 100000 to try the scale."_s.arg(
            SandboxSeed::DefaultCount),
        u"N"_s);
    const QCommandLineOption faultOption(u"fault"_s,
        u"Inject a fault, e.g. status=429,count=2,retry-after=1 or latency=250 (repeatable; see README)."_s, u"SPEC"_s);
    const ConnectionLimits defaults;
    const QCommandLineOption idleTimeoutOption(u"idle-timeout"_s,
        u"Close a connection idle for this many seconds (default %1)."_s.arg(defaults.idleTimeoutMs / 1000),
        u"SECONDS"_s);
    const QCommandLineOption requestTimeoutOption(u"request-timeout"_s,
        u"Answer 408 and close when a request has not arrived whole this many seconds after its first byte "
        "(default %1)."_s.arg(defaults.requestTimeoutMs / 1000),
        u"SECONDS"_s);
    const QCommandLineOption maxConnectionsOption(u"max-connections"_s,
        u"At most N open connections; a new one replaces the least recently active idle one, or gets 503 "
        "(default %1)."_s.arg(defaults.maxConnections),
        u"N"_s);
    parser.addOptions({portOption, keyOption, dbOption, importOption, loadOption, exportOption, dataOption, emptyOption,
        seedOption, customersOption, faultOption, idleTimeoutOption, requestTimeoutOption, maxConnectionsOption});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument "_s + parser.positionalArguments().first());
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(u"--port: expected a number from 0 to 65535"_s);
    const auto exclusive = [&](const QCommandLineOption& a, const QCommandLineOption& b) {
        return parser.isSet(a) && parser.isSet(b);
    };
    for (const auto& [a, b] : {std::pair {&emptyOption, &seedOption}, {&loadOption, &dbOption},
             {&loadOption, &dataOption}, {&loadOption, &emptyOption}, {&loadOption, &seedOption},
             {&dataOption, &dbOption}, {&importOption, &emptyOption}, {&importOption, &seedOption},
             {&loadOption, &customersOption}, {&importOption, &customersOption}, {&emptyOption, &customersOption}}) {
        if (exclusive(*a, *b))
            return usageError(u"--%1 and --%2 exclude each other"_s.arg(a->names().first(), b->names().first()));
    }
    if (parser.isSet(importOption) && !parser.isSet(dbOption))
        return usageError(u"--import needs --db (to start from a file without keeping changes, use --load)"_s);
    quint32 seed = SandboxSeed::DefaultSeed;
    if (parser.isSet(seedOption)) {
        seed = parser.value(seedOption).toUInt(&ok);
        if (!ok)
            return usageError(u"--seed: expected a non-negative number"_s);
    }

    ConnectionLimits limits;
    for (const auto& [option, target] : {std::pair {&idleTimeoutOption, &limits.idleTimeoutMs},
             std::pair {&requestTimeoutOption, &limits.requestTimeoutMs}}) {
        if (!parser.isSet(*option))
            continue;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || !(seconds >= 0.001 && seconds <= 86400))
            return usageError(u"--%1: expected seconds from 0.001 to 86400"_s.arg(option->names().constFirst()));
        *target = qRound(seconds * 1000);
    }
    if (parser.isSet(maxConnectionsOption)) {
        limits.maxConnections = parser.value(maxConnectionsOption).toInt(&ok);
        if (!ok || limits.maxConnections < 1 || limits.maxConnections > 100000)
            return usageError(u"--max-connections: expected a number from 1 to 100000"_s);
    }
    int customerCount = SandboxSeed::DefaultCount;
    if (parser.isSet(customersOption)) {
        customerCount = parser.value(customersOption).toInt(&ok);
        if (!ok || customerCount < 0 || customerCount > MaxCustomers)
            return usageError(u"--customers: expected a number from 0 to %1"_s.arg(MaxCustomers));
    }

    SandboxServer server;
    server.setConnectionLimits(limits);
    QString key = parser.value(keyOption);
    if (key.isEmpty())
        key = qEnvironmentVariable("EXPRESS_SANDBOX_API_KEY");
    if (!key.isEmpty())
        server.setApiKey(key);
    for (const QString& spec : parser.values(faultOption)) {
        QString error;
        if (!server.addFault(spec, &error))
            return usageError(u"--fault %1: %2"_s.arg(spec, error));
    }

    // The starting customers: a JSON file, the seed or none; an existing database then replaces them.
    const QString dataFile = parser.value(dataOption);
    const QString database = dataFile.isEmpty() ? parser.value(dbOption) : databaseForDataFile(dataFile);
    QString jsonFile = parser.isSet(loadOption) ? parser.value(loadOption) : parser.value(importOption);
    if (!dataFile.isEmpty() && !QFileInfo::exists(database) && QFileInfo::exists(dataFile))
        jsonFile = dataFile;
    if (!jsonFile.isEmpty()) {
        QString error;
        const auto customers = SandboxDataFile::read(jsonFile, &error);
        if (!customers)
            return dataError(error);
        server.store().reset(*customers);
    } else if (!parser.isSet(emptyOption)) {
        server.store().reset(SandboxSeed::generate(seed, customerCount));
    }
    if (!database.isEmpty()) {
        QString error;
        const auto mode =
            parser.isSet(importOption) ? CustomerStore::Attach::ReplaceExisting : CustomerStore::Attach::LoadExisting;
        if (!server.store().attachDatabase(database, &error, mode))
            return dataError(error);
    }
    if (parser.isSet(exportOption)) {
        QString error;
        if (!SandboxDataFile::write(parser.value(exportOption), server.store().customers(), &error)) {
            printLine(stderr, u"express-sandbox: cannot export to "_s + error);
            return DataError;
        }
        printLine(stdout,
            u"exported %1 customers to %2"_s.arg(server.store().size())
                .arg(QDir::toNativeSeparators(parser.value(exportOption))));
        return Success;
    }

    if (!server.start(static_cast<quint16>(port))) {
        printLine(stderr, u"express-sandbox: "_s + server.errorString());
        return ListenError;
    }

    const QString base = server.baseUrl().toString();
    printLine(stdout, u"listening on "_s + base);
    printLine(stdout, u"api key: "_s + server.apiKey());
    // A command to paste as it is, then a shell comment (harmless when pasted too).
    printLine(stdout, u"curl -s -H 'Authorization: Bearer %1' '%2/v1/express?limit=5'"_s.arg(server.apiKey(), base));
    printLine(stdout,
        u"# Ctrl+C stops the sandbox. %1"_s.arg(database.isEmpty()
                ? u"Changes live in memory only; --db FILE keeps them."_s
                : u"Changes are kept in %1."_s.arg(QDir::toNativeSeparators(database))));

    ShutdownSignalWatcher watcher;
    QObject::connect(&watcher, &ShutdownSignalWatcher::shutdownRequested, &app, [](int signalNumber) {
        printLine(stdout, u"stopping (signal %1)"_s.arg(signalNumber));
        QCoreApplication::exit(Success);
    });
    const int code = QCoreApplication::exec();
    printLine(stdout, u"stopped"_s);
    return code;
}
