// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The express-sandbox executable: its banner, its key, a real request, SIGTERM, its database (--db, --data,
// --import, --export, --load), kill -9, and errors.

#include "tests/support/SandboxTestClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Executable = QStringLiteral(EXPRESS_SANDBOX_EXECUTABLE);

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A running express-sandbox and what its banner said.
struct RunningSandbox
{
    std::unique_ptr<QProcess> process;
    QStringList banner; // the first three stdout lines
    QUrl baseUrl;
    QString apiKey;
};

} // namespace

class tst_ExpressSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerRequestAndSigterm();
    void theLargestSeedServesCustomers();
    void apiKeyFromTheEnvironment();
    void dataPersistsAcrossRuns();
    void corruptDataFileIsRefusedAndKept();
    void anOldDataFileIsImportedAndOnlyRead();
    void aKilledSandboxLosesNoAcknowledgedChange();
    void aDatabaseServesOneSandboxAtATime();
    void exportAndImport();
    void loadKeepsChangesInMemoryOnly();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void connectionLimitsFromTheCommandLine();

private:
    RunningSandbox start(const QStringList& arguments, const QProcessEnvironment& environment = cleanEnvironment());
    static QProcessEnvironment cleanEnvironment();
    static void stop(RunningSandbox& sandbox);
    static int run(const QStringList& arguments, QString* output = nullptr);
    // Writes the customers of a seed to a JSON data file with --export; its content, empty on failure.
    static QByteArray exportSeed(quint32 seed, const QString& path);
    static QString renameFirst(const RunningSandbox& sandbox, const QString& name);
    static QString firstName(const RunningSandbox& sandbox);
};

int tst_ExpressSandbox::run(const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(Executable, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(30000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray tst_ExpressSandbox::exportSeed(quint32 seed, const QString& path)
{
    return run({u"--seed"_s, QString::number(seed), u"--export"_s, path}) == 0 ? readFile(path) : QByteArray();
}

QString tst_ExpressSandbox::renameFirst(const RunningSandbox& sandbox, const QString& name)
{
    SandboxTestClient client(sandbox.baseUrl, sandbox.apiKey);
    const QString id = client.get(u"/v1/express?limit=1"_s)
                           .json()
                           .value(u"expressCustomers"_s)
                           .toArray()
                           .first()
                           .toObject()
                           .value(u"expressCustomerId"_s)
                           .toString();
    const HttpReply reply = client.patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, name}});
    return reply.status == 200 ? id : QString();
}

QString tst_ExpressSandbox::firstName(const RunningSandbox& sandbox)
{
    SandboxTestClient client(sandbox.baseUrl, sandbox.apiKey);
    return client.get(u"/v1/express?limit=1"_s)
        .json()
        .value(u"expressCustomers"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"expressCustomerName"_s)
        .toString();
}

QProcessEnvironment tst_ExpressSandbox::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"EXPRESS_SANDBOX_API_KEY"_s);
    environment.remove(u"QT_LOGGING_RULES"_s);
    return environment;
}

RunningSandbox tst_ExpressSandbox::start(const QStringList& arguments, const QProcessEnvironment& environment)
{
    RunningSandbox sandbox;
    sandbox.process = std::make_unique<QProcess>();
    sandbox.process->setProcessEnvironment(environment);
    sandbox.process->start(Executable, arguments);
    [&] { QVERIFY2(sandbox.process->waitForStarted(5000), qPrintable(sandbox.process->errorString())); }();
    // Read the banner line by line as it is flushed.
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (out.count('\n') < 3 && timer.elapsed() < 10000 && sandbox.process->state() == QProcess::Running) {
        QSignalSpy ready(sandbox.process.get(), &QProcess::readyReadStandardOutput);
        if (sandbox.process->bytesAvailable() == 0)
            ready.wait(1000);
        out += sandbox.process->readAllStandardOutput();
    }
    sandbox.banner = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    const auto listening =
        QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s).match(sandbox.banner.value(0));
    if (listening.hasMatch())
        sandbox.baseUrl = QUrl(listening.captured(1));
    const auto key = QRegularExpression(u"^api key: (\\S+)$"_s).match(sandbox.banner.value(1));
    if (key.hasMatch())
        sandbox.apiKey = key.captured(1);
    return sandbox;
}

void tst_ExpressSandbox::stop(RunningSandbox& sandbox)
{
    QSignalSpy finished(sandbox.process.get(), &QProcess::finished);
    sandbox.process->terminate(); // SIGTERM
    QVERIFY(finished.wait(10000));
    QCOMPARE(sandbox.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process->exitCode(), 0);
    const QString rest = QString::fromUtf8(sandbox.process->readAllStandardOutput());
    QVERIFY2(rest.trimmed().endsWith(u"stopped"_s), qPrintable(rest));
}

void tst_ExpressSandbox::bannerRequestAndSigterm()
{
    RunningSandbox sandbox = start({u"--seed"_s, u"3"_s});
    QVERIFY2(sandbox.baseUrl.isValid() && sandbox.baseUrl.port() > 0, qPrintable(sandbox.banner.join(u'|')));
    QVERIFY2(QRegularExpression(u"^sbx_[0-9a-f]{32}$"_s).match(sandbox.apiKey).hasMatch(), qPrintable(sandbox.apiKey));
    const QString curl = sandbox.banner.value(2);
    QVERIFY2(curl.contains(u"curl "_s), qPrintable(curl));
    QVERIFY(curl.contains(u"Authorization: Bearer "_s + sandbox.apiKey));
    QVERIFY(curl.contains(sandbox.baseUrl.toString() + u"/v1/express?limit=5"_s));

    SandboxTestClient client(sandbox.baseUrl, sandbox.apiKey);
    const HttpReply list = client.get(u"/v1/express?limit=100"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(u"expressCustomers"_s).toArray().size(), 30);
    client.setApiKey(u"wrong"_s);
    QCOMPARE(client.get(u"/v1/express"_s).status, 401);

    stop(sandbox);
    const QString log = QString::fromUtf8(sandbox.process->readAllStandardError());
    QVERIFY2(log.contains(u"GET /v1/express 200 "_s), qPrintable(log));
    QVERIFY2(log.contains(u"GET /v1/express 401 "_s), qPrintable(log));
    QVERIFY(!log.contains(sandbox.apiKey));

    // The same seed gives the same customers.
    RunningSandbox again = start({u"--seed"_s, u"3"_s});
    SandboxTestClient second(again.baseUrl, again.apiKey);
    const HttpReply sameList = second.get(u"/v1/express?limit=100"_s);
    QCOMPARE(sameList.json().value(u"expressCustomers"_s).toArray().at(0).toObject().value(u"expressCustomerId"_s),
        list.json().value(u"expressCustomers"_s).toArray().at(0).toObject().value(u"expressCustomerId"_s));
    stop(again);
}

void tst_ExpressSandbox::theLargestSeedServesCustomers()
{
    // 2^32 - 1 is the largest seed --seed takes; seeds from 2^31 up used to crash the program.
    RunningSandbox sandbox = start({u"--seed"_s, u"4294967295"_s});
    QVERIFY2(sandbox.baseUrl.isValid(), qPrintable(sandbox.banner.join(u'|')));
    SandboxTestClient client(sandbox.baseUrl, sandbox.apiKey);
    const HttpReply list = client.get(u"/v1/express?limit=100"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(u"expressCustomers"_s).toArray().size(), 30);
    stop(sandbox);
}

void tst_ExpressSandbox::apiKeyFromTheEnvironment()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"EXPRESS_SANDBOX_API_KEY"_s, u"env-key-123"_s);
    RunningSandbox sandbox = start({u"--empty"_s, u"--fault"_s, u"status=429,retry-after=1"_s}, environment);
    QCOMPARE(sandbox.apiKey, u"env-key-123"_s);
    SandboxTestClient client(sandbox.baseUrl, sandbox.apiKey);
    const HttpReply limited = client.get(u"/v1/express"_s);
    QCOMPARE(limited.status, 429); // --fault applies
    QCOMPARE(limited.header("Retry-After"), "1"_ba);
    const HttpReply empty = client.get(u"/v1/express"_s);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(u"expressCustomers"_s).toArray().size(), 0);
    // Faults can be injected into the running process through the control endpoint.
    QCOMPARE(client.post(u"/_sandbox/faults"_s, {{u"spec"_s, u"status=503"_s}}).status, 200);
    QCOMPARE(client.get(u"/v1/express"_s).status, 503);
    stop(sandbox);
}

void tst_ExpressSandbox::dataPersistsAcrossRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.json"_s);
    QString id;
    {
        RunningSandbox first = start({u"--empty"_s, u"--data"_s, path});
        SandboxTestClient client(first.baseUrl, first.apiKey);
        id = client.createCustomer(u"Survivor"_s, {{u"region"_s, u"emea"_s}});
        QVERIFY(!id.isEmpty());
        stop(first);
    }
    RunningSandbox second = start({u"--data"_s, path, u"--api-key"_s, u"fixed-key"_s});
    QCOMPARE(second.apiKey, u"fixed-key"_s);
    SandboxTestClient client(second.baseUrl, second.apiKey);
    const HttpReply reply = client.get(u"/v1/express?limit=100"_s);
    const QJsonArray customers = reply.json().value(u"expressCustomers"_s).toArray();
    QCOMPARE(customers.size(), 1); // the file, not a seed
    QCOMPARE(customers.first().toObject().value(u"expressCustomerId"_s).toString(), id);
    QCOMPARE(customers.first().toObject().value(u"metadata"_s).toObject().value(u"region"_s).toString(), u"emea"_s);
    stop(second);
}

void tst_ExpressSandbox::corruptDataFileIsRefusedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    const QByteArray content = "{\"format\": \"express-sandbox-data\", \"customers\": [ oops";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(Executable, {u"--data"_s, path});
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
    QVERIFY(!process.readAllStandardOutput().contains("listening"));
    QCOMPARE(readFile(path), content);
}

void tst_ExpressSandbox::anOldDataFileIsImportedAndOnlyRead()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"old.json"_s);
    // A data file as earlier versions wrote it, from a sandbox that exports one.
    const QByteArray content = exportSeed(4, json);
    QVERIFY(!content.isEmpty());

    RunningSandbox first = start({u"--data"_s, json});
    QVERIFY(QFileInfo::exists(json + u".sqlite"_s));
    QVERIFY(!renameFirst(first, u"Changed"_s).isEmpty());
    stop(first);
    RunningSandbox second = start({u"--data"_s, json});
    QCOMPARE(firstName(second), u"Changed"_s); // from the database next to the file
    stop(second);
    QCOMPARE(readFile(json), content); // the JSON file is only read
}

void tst_ExpressSandbox::aKilledSandboxLosesNoAcknowledgedChange()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"store.sqlite"_s);
    RunningSandbox first = start({u"--db"_s, db});
    QVERIFY(first.baseUrl.isValid());
    QVERIFY(!renameFirst(first, u"Acknowledged"_s).isEmpty());
    QSignalSpy finished(first.process.get(), &QProcess::finished);
    first.process->kill(); // SIGKILL: no shutdown, the write-ahead log is left behind
    QVERIFY(finished.wait(10000));
    QVERIFY(QFileInfo(db + u"-wal"_s).size() > 0);

    RunningSandbox second = start({u"--db"_s, db});
    QCOMPARE(firstName(second), u"Acknowledged"_s);
    QCOMPARE(QFileInfo(db + u"-wal"_s).size(), 0); // folded into the database at start
    stop(second);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"store.sqlite"_s});
}

void tst_ExpressSandbox::aDatabaseServesOneSandboxAtATime()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shared.sqlite"_s);
    RunningSandbox first = start({u"--db"_s, db});
    QVERIFY(first.baseUrl.isValid());
    QString output;
    QCOMPARE(run({u"--db"_s, db}, &output), 2); // after the 5 s busy timeout
    QVERIFY2(output.contains(u"shared.sqlite: in use by another sandbox"_s), qPrintable(output));
    QVERIFY(!renameFirst(first, u"Still served"_s).isEmpty());
    stop(first);
    RunningSandbox second = start({u"--db"_s, db});
    QCOMPARE(firstName(second), u"Still served"_s);
    stop(second);
}

void tst_ExpressSandbox::exportAndImport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.sqlite"_s);
    RunningSandbox sandbox = start({u"--db"_s, db, u"--seed"_s, u"5"_s});
    QVERIFY(!renameFirst(sandbox, u"Exported"_s).isEmpty());
    stop(sandbox);

    const QString json = dir.filePath(u"a.json"_s);
    QString output;
    QCOMPARE(run({u"--db"_s, db, u"--export"_s, json}, &output), 0);
    QVERIFY2(output.contains(u"exported 30 customers"_s), qPrintable(output));
    // Imported into another database, exported again: the same file.
    const QString other = dir.filePath(u"b.sqlite"_s);
    QCOMPARE(run({u"--db"_s, other, u"--seed"_s, u"9"_s, u"--export"_s, dir.filePath(u"seed9.json"_s)}), 0);
    QCOMPARE(run({u"--db"_s, other, u"--import"_s, json, u"--export"_s, dir.filePath(u"b.json"_s)}), 0);
    QCOMPARE(readFile(dir.filePath(u"b.json"_s)), readFile(json));
    RunningSandbox imported = start({u"--db"_s, other});
    QCOMPARE(firstName(imported), u"Exported"_s);
    stop(imported);

    // A broken file is refused and nothing is imported.
    QCOMPARE(run({u"--db"_s, other, u"--import"_s, dir.filePath(u"missing.json"_s)}, &output), 2);
    QVERIFY2(output.contains(u"missing.json: no such file"_s), qPrintable(output));
}

void tst_ExpressSandbox::loadKeepsChangesInMemoryOnly()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"customers.json"_s);
    const QByteArray content = exportSeed(6, json);
    QVERIFY(!content.isEmpty());

    RunningSandbox sandbox = start({u"--load"_s, json});
    const QString before = firstName(sandbox);
    QVERIFY(!renameFirst(sandbox, u"Forgotten"_s).isEmpty());
    QCOMPARE(firstName(sandbox), u"Forgotten"_s);
    stop(sandbox);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"customers.json"_s});
    QCOMPARE(readFile(json), content);
    RunningSandbox again = start({u"--load"_s, json});
    QCOMPARE(firstName(again), before);
    stop(again);
}

void tst_ExpressSandbox::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("an invalid fault") << QStringList {u"--fault"_s, u"explode"_s} << u"--fault"_s;
    QTest::addRow("--empty with --seed") << QStringList {u"--empty"_s, u"--seed"_s, u"2"_s} << u"--empty"_s;
    QTest::addRow("a port out of range") << QStringList {u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::addRow("a seed that is not a number") << QStringList {u"--seed"_s, u"abc"_s} << u"--seed"_s;
    QTest::addRow("a seed over 2^32 - 1") << QStringList {u"--seed"_s, u"4294967296"_s} << u"--seed"_s;
    QTest::addRow("an unknown option") << QStringList {u"--bogus"_s} << u"bogus"_s;
    QTest::addRow("an idle timeout of 0") << QStringList {u"--idle-timeout"_s, u"0"_s} << u"--idle-timeout"_s;
    QTest::addRow("a request timeout that is not a number")
        << QStringList {u"--request-timeout"_s, u"soon"_s} << u"--request-timeout"_s;
    QTest::addRow("no connections") << QStringList {u"--max-connections"_s, u"0"_s} << u"--max-connections"_s;
    QTest::addRow("--import without --db") << QStringList {u"--import"_s, u"x.json"_s} << u"--import needs --db"_s;
    QTest::addRow("--load with --db") << QStringList {u"--load"_s, u"x.json"_s, u"--db"_s, u"x.sqlite"_s}
                                      << u"--load and --db exclude each other"_s;
    QTest::addRow("--data with --db") << QStringList {u"--data"_s, u"x.json"_s, u"--db"_s, u"x.sqlite"_s}
                                      << u"--data and --db exclude each other"_s;
    QTest::addRow("a customer count out of range") << QStringList {u"--customers"_s, u"-1"_s} << u"--customers"_s;
}

void tst_ExpressSandbox::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(Executable, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_ExpressSandbox::connectionLimitsFromTheCommandLine()
{
    RunningSandbox sandbox = start({u"--idle-timeout"_s, u"0.2"_s, u"--max-connections"_s, u"2"_s});
    QVERIFY2(sandbox.baseUrl.isValid(), qPrintable(sandbox.banner.join(u'|')));
    // An idle connection is closed after 0.2 s.
    QTcpSocket idle;
    idle.connectToHost(u"127.0.0.1"_s, static_cast<quint16>(sandbox.baseUrl.port()));
    QVERIFY(idle.waitForConnected(5000));
    QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);
    // The help names the options.
    QProcess help;
    help.start(Executable, {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QByteArray text = help.readAllStandardOutput();
    QVERIFY(text.contains("--idle-timeout <SECONDS>"));
    QVERIFY(text.contains("--request-timeout <SECONDS>"));
    QVERIFY(text.contains("--max-connections <N>"));
    stop(sandbox);
}

QTEST_GUILESS_MAIN(tst_ExpressSandbox)
#include "tst_expresssandbox.moc"
