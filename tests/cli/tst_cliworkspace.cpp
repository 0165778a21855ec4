// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin-cli sync, search and history (every write journaled), end to end: the real executable against an
// in-process sandbox, with the data folder (XDG_DATA_HOME) in a temporary directory.

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CliProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using Run = CliRun;

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
    void everyWriteIsInTheHistory();
    void historyAsATable();
    void aRefusedWriteIsFailedInTheHistory();
    void nothingIsSentWhenTheHistoryCannotRecordIt();
    void nothingIsSentWithoutAWorkspace();

private:
    Run run(const QStringList& arguments, bool withKey = true);
    QJsonArray history(const QStringList& arguments = {});
    // The first active customer.
    QString firstId() const
    {
        return seededIds([](const auto& record) { return record.active; }).first();
    }
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
    return CliRun::run(QStringLiteral(EXPRESSADMIN_CLI_PATH), arguments, variables);
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

QJsonArray tst_CliWorkspace::history(const QStringList& arguments)
{
    const Run listed = run(QStringList {u"history"_s, u"--json"_s} + arguments, false);
    if (listed.exitCode != 0)
        qWarning("%s", listed.describe().constData());
    return QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"history"_s).toArray();
}

void tst_CliWorkspace::everyWriteIsInTheHistory()
{
    const QString id = firstId();
    const Sandbox::CustomerRecord before = *m_server->store().find(id);
    const Run update = run({u"update"_s, id, u"--name"_s, u"Quasar Clinic"_s, u"--set"_s, u"wing=B"_s});
    QVERIFY2(update.exitCode == 0, update.describe().constData());
    QCOMPARE(run({u"deactivate"_s, id}).exitCode, 0);
    QCOMPARE(run({u"reactivate"_s, id}).exitCode, 0);
    const QString user = u"usr_0123456789abcdef0123456789abcdef"_s;
    QCOMPARE(run({u"users"_s, u"add"_s, id, user}).exitCode, 0);
    QCOMPARE(run({u"users"_s, u"remove"_s, id, user}).exitCode, 0);
    const Run create = run({u"--json"_s, u"create"_s, u"--name"_s, u"Harbor Clinic"_s});
    QVERIFY2(create.exitCode == 0, create.describe().constData());
    const QString createdId =
        QJsonDocument::fromJson(create.out.toUtf8()).object().value(u"expressCustomerId"_s).toString();

    // Newest first; needs no key.
    const QJsonArray all = history();
    QStringList operations;
    for (const QJsonValue& entry : all) {
        operations.append(entry[u"operation"_s].toString());
        QCOMPARE(entry[u"state"_s].toString(), u"succeeded"_s);
        QCOMPARE(entry[u"program"_s].toString(), u"express-admin-cli"_s);
        QCOMPARE(entry[u"connection"_s].toString(), m_server->baseUrl().toString(QUrl::StripTrailingSlash));
        QVERIFY(!entry[u"osUser"_s].toString().isEmpty());
    }
    QCOMPARE(operations,
        (QStringList {u"create"_s, u"remove_user"_s, u"add_user"_s, u"reactivate"_s, u"deactivate"_s, u"update"_s}));
    QCOMPARE(all[0][u"customerId"_s].toString(), createdId);

    const QJsonObject updated = all[5].toObject();
    QCOMPARE(updated[u"customerId"_s].toString(), id);
    const QJsonArray changes = updated[u"changes"_s].toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].toObject(),
        (QJsonObject {{u"field"_s, u"name"_s}, {u"key"_s, QJsonValue::Null}, {u"before"_s, before.name},
            {u"after"_s, u"Quasar Clinic"_s}}));
    QCOMPARE(changes[1][u"key"_s].toString(), u"wing"_s);
    QCOMPARE(changes[1][u"after"_s].toString(), u"B"_s);
    // The exact body the server received.
    const QList<Sandbox::RequestRecord> patches = m_server->requestLog().records();
    QByteArray sent;
    for (const Sandbox::RequestRecord& record : patches) {
        if (record.method == "PATCH")
            sent = record.body;
    }
    QCOMPARE(updated[u"requestBody"_s].toString().toUtf8(), sent);

    QCOMPARE(history({id}).size(), 5);
    QCOMPARE(history({createdId}).size(), 1);
    QCOMPARE(history({u"--since"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)}).size(), 0);
    QCOMPARE(history({u"--since"_s, QDate::currentDate().toString(Qt::ISODate)}).size(), 6);
}

void tst_CliWorkspace::historyAsATable()
{
    const QString id = firstId();
    QCOMPARE(run({u"history"_s}, false).out, u"No changes recorded.\n"_s);
    QCOMPARE(run({u"update"_s, id, u"--set"_s, u"wing=B"_s, u"--unset"_s, u"region"_s}).exitCode, 0);
    const Run table = run({u"history"_s, id}, false);
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    const QStringList lines = table.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].contains(u"  update  succeeded  “"_s) && lines[0].contains(id), table.describe().constData());
    QVERIFY2(
        lines[1].contains(u"metadata region: “"_s) && lines[1].endsWith(u"→ (none)"_s), table.describe().constData());
    QVERIFY2(lines[2].contains(u"metadata wing: "_s) && lines[2].endsWith(u"→ “B”"_s), table.describe().constData());
    const Run usage = run({u"history"_s, u"--since"_s, u"yesterday"_s}, false);
    QCOMPARE(usage.exitCode, 2);
}

void tst_CliWorkspace::aRefusedWriteIsFailedInTheHistory()
{
    QVERIFY(m_server->addFault(u"status=422,method=PATCH"_s));
    const Run update = run({u"update"_s, firstId(), u"--name"_s, u"Refused"_s});
    QCOMPARE(update.exitCode, 3);
    const QJsonArray all = history();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0][u"state"_s].toString(), u"failed"_s);
    QVERIFY(all[0][u"error"_s].toString().contains(u"422"_s));
}

void tst_CliWorkspace::nothingIsSentWhenTheHistoryCannotRecordIt()
{
    QCOMPARE(run({u"history"_s}, false).exitCode, 0); // makes the workspace
    const QDir workspaces(m_data->path() + u"/Avara/express-admin/workspaces"_s);
    const QStringList files = workspaces.entryList({u"*.sqlite"_s});
    QCOMPARE(files.size(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuse"_s);
        db.setDatabaseName(workspaces.filePath(files.first()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        // As a full disk would: every insert into the history fails.
        QVERIFY(query.exec(u"CREATE TRIGGER refuse_history BEFORE INSERT ON history "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"refuse"_s);
    m_server->requestLog().clear();
    const Run update = run({u"--json"_s, u"update"_s, firstId(), u"--name"_s, u"Never Sent"_s});
    QCOMPARE(update.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(update.out.toUtf8()).object().value(u"error"_s).toObject();
    QCOMPARE(error[u"kind"_s].toString(), u"HistoryUnavailable"_s);
    QVERIFY2(error[u"message"_s].toString().contains(u"not sent"_s), update.describe().constData());
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
        QCOMPARE(record.method, QByteArray("GET"));
    QVERIFY(m_server->store().find(firstId())->name != u"Never Sent"_s);
}

void tst_CliWorkspace::nothingIsSentWithoutAWorkspace()
{
    // The data folder is a file: no workspace can be made.
    QFile blocker(m_data->filePath(u"Avara"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run deactivate = run({u"deactivate"_s, firstId()});
    QCOMPARE(deactivate.exitCode, 1);
    QVERIFY2(deactivate.err.contains(u"Nothing was sent"_s), deactivate.describe().constData());
    QVERIFY(m_server->requestLog().records().isEmpty());
    QVERIFY(m_server->store().find(firstId())->active);
}

QTEST_GUILESS_MAIN(tst_CliWorkspace)
#include "tst_cliworkspace.moc"
