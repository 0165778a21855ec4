// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin-cli sync and search, end to end: the real executable against an in-process sandbox, with the data
// folder (XDG_DATA_HOME) in a temporary directory.

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray describe() const { return (u"exit "_s + QString::number(exitCode) + u"\n"_s + out + err).toUtf8(); }
};

} // namespace

class tst_CliWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void syncThenSearchFromTheStore_data();
    void syncThenSearchFromTheStore();
    void searchNeedsNoKeyAndNoNetwork();
    void emptyMirrorSaysToSyncFirst();
    void syncDropsWhatDisappeared();
    void sandboxHasOneWorkspaceOfItsOwn();
    void apiKeyReachesNoWorkspaceFile();

private:
    Run run(const QStringList& arguments, bool withKey = true);
    QStringList seededIds(const std::function<bool(const Sandbox::CustomerRecord&)>& keep) const;

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
};

void tst_CliWorkspace::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->start());
    m_server->store().reset(Sandbox::SandboxSeed::generate(5, 120));
    m_data = std::make_unique<QTemporaryDir>();
}

void tst_CliWorkspace::cleanup()
{
    m_server.reset();
}

Run tst_CliWorkspace::run(const QStringList& arguments, bool withKey)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(u"AVARA_API_KEY"_s);
    variables.insert(u"AVARA_BASE_URL"_s, m_server->baseUrl().toString());
    if (withKey)
        variables.insert(u"AVARA_API_KEY"_s, m_server->apiKey());
    variables.insert(u"XDG_DATA_HOME"_s, m_data->path());
    QProcess process;
    process.setProcessEnvironment(variables);
    process.setProgram(QStringLiteral(EXPRESSADMIN_CLI_PATH));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Run result;
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList tst_CliWorkspace::seededIds(const std::function<bool(const Sandbox::CustomerRecord&)>& keep) const
{
    QStringList ids;
    for (const Sandbox::CustomerRecord& record : m_server->store().customers()) {
        if (keep(record))
            ids.append(record.id);
    }
    ids.sort();
    return ids;
}

void tst_CliWorkspace::syncThenSearchFromTheStore_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addRow("key:value") << u"region:northeast"_s << u"region"_s << u"northeast"_s;
    QTest::addRow("key:value prefix") << u"contractTier:prem"_s << u"contractTier"_s << u"premium"_s;
}

void tst_CliWorkspace::syncThenSearchFromTheStore()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Run sync = run({u"sync"_s});
    QVERIFY2(sync.exitCode == 0, sync.describe().constData());
    QVERIFY2(sync.out.startsWith(u"Synced 120 customers in "_s), sync.describe().constData());
    QVERIFY2(!sync.err.contains(u"Synced"_s), sync.describe().constData()); // progress only on a terminal

    const Run json = run({u"--json"_s, u"search"_s, query});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QStringList found;
    for (const QJsonValue& customer : answer.value(u"expressCustomers"_s).toArray())
        found.append(customer.toObject().value(u"expressCustomerId"_s).toString());
    found.sort();
    const QStringList expected = seededIds(
        [&](const Sandbox::CustomerRecord& record) { return record.metadata && record.metadata->value(key) == value; });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(found, expected);
    QVERIFY2(json.err.contains(u"Customers found: %1,"_s.arg(expected.size())), json.describe().constData());

    const Run table = run({u"search"_s, query});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    QVERIFY2(table.out.startsWith(u"NAME"_s), table.describe().constData());
    QCOMPARE(table.out.count(u"cus_"_s), expected.size());
}

void tst_CliWorkspace::searchNeedsNoKeyAndNoNetwork()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    m_server->requestLog().clear();
    const Run search = run({u"search"_s, u"is:inactive"_s}, false);
    QVERIFY2(search.exitCode == 0, search.describe().constData());
    QCOMPARE(search.out.count(u"cus_"_s), seededIds([](const auto& record) { return !record.active; }).size());
    QVERIFY(m_server->requestLog().records().isEmpty());
}

void tst_CliWorkspace::emptyMirrorSaysToSyncFirst()
{
    const Run search = run({u"search"_s, u"cedar"_s});
    QCOMPARE(search.exitCode, 1);
    QVERIFY2(search.err.contains(u"run express-admin-cli sync first"_s), search.describe().constData());
    QVERIFY(search.out.isEmpty());
}

void tst_CliWorkspace::syncDropsWhatDisappeared()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    m_server->store().reset(m_server->store().customers().mid(0, 100));
    const Run sync = run({u"sync"_s});
    QVERIFY2(
        sync.out.contains(u"Synced 100 customers"_s) && sync.out.contains(u"Dropped customers no longer listed: 20."_s),
        sync.describe().constData());
    const Run all = run({u"search"_s, u"cus"_s});
    QCOMPARE(all.out.count(u"cus_"_s), 100);
}

void tst_CliWorkspace::sandboxHasOneWorkspaceOfItsOwn()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    for (int i = 0; i < 2; ++i) {
        const Run sync = run({u"--sandbox"_s, u"sync"_s}, false);
        QVERIFY2(sync.exitCode == 0 && sync.out.contains(u"Synced 30 customers"_s), sync.describe().constData());
    }
    const Run search = run({u"--sandbox"_s, u"search"_s, u"cus"_s}, false);
    QCOMPARE(search.out.count(u"cus_"_s), 30);
    // Two sandboxes on two random ports, one file; the real connection's mirror is apart and untouched.
    const QDir workspaces(m_data->path() + u"/Avara/express-admin/workspaces"_s);
    QCOMPARE(workspaces.entryList({u"*.sqlite"_s}).size(), 2);
    QVERIFY(workspaces.exists(u"sandbox.sqlite"_s));
    QCOMPARE(run({u"search"_s, u"cus"_s}).out.count(u"cus_"_s), 120);
}

void tst_CliWorkspace::apiKeyReachesNoWorkspaceFile()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    QCOMPARE(run({u"search"_s, u"hospital"_s}).exitCode, 0);
    const QByteArray key = m_server->apiKey().toUtf8();
    int files = 0;
    QDirIterator it(m_data->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(tst_CliWorkspace)
#include "tst_cliworkspace.moc"
