// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin-cli bulk end to end: the real executable against an in-process sandbox, with the data folder
// (XDG_DATA_HOME) in a temporary directory: the dry run, the refusal without a terminal, a run changing each customer
// once (edits made meanwhile survive, 429s with Retry-After slow it down), its report and exit codes, and a run killed
// with SIGKILL half-way and resumed with bulk --resume: no customer skipped, none changed twice.

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CliProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = CliRun;

// Every customer starts with these notes; the replace below would change its own result again, so a customer changed
// twice shows ("call Ann Lee Lee").
const QString kNotes = u"call Ann"_s;
const QString kReplaced = u"call Ann Lee"_s;
const QStringList kReplace {u"--replace-in"_s, u"notes"_s, u"Ann"_s, u"Ann Lee"_s};

} // namespace

class tst_CliBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dryRunShowsEveryPlannedChangeAndSendsNothing();
    void withoutATerminalAndWithoutYesNothingIsSent();
    void onATerminalItShowsThePreviewAndAsks_data();
    void onATerminalItShowsThePreviewAndAsks();
    void aSearchChangesEachChosenCustomerOnce();
    void anIdsFileChoosesTheCustomersInItsOrder();
    void aBadIdsFileIsRefused();
    void operationsApplyInTheOrderGiven();
    void editsMadeMeanwhileByOthersSurvive();
    void rateLimitsSlowTheRunDownAndNothingIsLost();
    void theWorstFailureIsTheExitCode();
    void aKilledRunIsResumedSkippingNoneAndChangingNoneTwice();
    void resumeWithNothingToResume();
    void usageErrors_data();
    void usageErrors();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList& arguments);
    QStringList ids() const;
    QStringList northIds() const;
    QString stored(const QString& id, const QString& key) const
    {
        return m_server->store().find(id)->metadata->value(key);
    }
    // PATCH requests per customer id, answered or not.
    QMap<QString, int> patches() const;

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
};

void tst_CliBulk::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->start());
    QList<Sandbox::CustomerRecord> records = Sandbox::SandboxSeed::generate(4, 24);
    for (int i = 0; i < records.size(); ++i) {
        records[i].metadata =
            QMap<QString, QString> {{u"notes"_s, kNotes}, {u"region"_s, i % 3 == 0 ? u"south"_s : u"north"_s}};
    }
    m_server->store().reset(records);
    m_data = std::make_unique<QTemporaryDir>();
}

void tst_CliBulk::cleanup()
{
    m_server.reset();
}

QProcessEnvironment tst_CliBulk::environment() const
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(u"AVARA_BASE_URL"_s, m_server->baseUrl().toString());
    variables.insert(u"AVARA_API_KEY"_s, m_server->apiKey());
    variables.insert(u"XDG_DATA_HOME"_s, m_data->path());
    return variables;
}

Run tst_CliBulk::run(const QStringList& arguments)
{
    return CliRun::run(QStringLiteral(EXPRESSADMIN_CLI_PATH), arguments, environment());
}

QStringList tst_CliBulk::ids() const
{
    QStringList all;
    for (const Sandbox::CustomerRecord& record : m_server->store().customers())
        all.append(record.id);
    return all;
}

QStringList tst_CliBulk::northIds() const
{
    QStringList north;
    for (const Sandbox::CustomerRecord& record : m_server->store().customers()) {
        if (record.metadata->value(u"region"_s) == u"north"_s)
            north.append(record.id);
    }
    return north;
}

QMap<QString, int> tst_CliBulk::patches() const
{
    QMap<QString, int> count;
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records()) {
        if (record.method == "PATCH")
            count[record.path.section(u'/', -1)] += 1;
    }
    return count;
}

void tst_CliBulk::dryRunShowsEveryPlannedChangeAndSendsNothing()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    m_server->requestLog().clear();
    const Run dry = run(QStringList {u"--json"_s, u"bulk"_s, u"--search"_s, u"region:north"_s, u"--set"_s,
                            u"tier=gold"_s, u"--dry-run"_s}
        + kReplace);
    QVERIFY2(dry.exitCode == 0, dry.describe().constData());
    const QJsonObject answer = dry.json();
    QCOMPARE(answer[u"dryRun"_s].toBool(), true);
    QCOMPARE(answer[u"summary"_s][u"change"_s].toInt(), 16);
    const QJsonArray customers = answer[u"customers"_s].toArray();
    QCOMPARE(customers.size(), 16);
    QStringList listed;
    for (const QJsonValue& customer : customers) {
        listed.append(customer[u"id"_s].toString());
        QCOMPARE(customer[u"outcome"_s].toString(), u"change"_s);
        const QJsonArray changes = customer[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].toObject(),
            (QJsonObject {{u"key"_s, u"notes"_s}, {u"before"_s, kNotes}, {u"after"_s, kReplaced}}));
        QCOMPARE(changes[1].toObject(),
            (QJsonObject {{u"key"_s, u"tier"_s}, {u"before"_s, QJsonValue::Null}, {u"after"_s, u"gold"_s}}));
        QCOMPARE(customer[u"request"_s][u"metadata"_s][u"region"_s].toString(), u"north"_s); // the whole map
    }
    listed.sort();
    QStringList north = northIds();
    north.sort();
    QCOMPARE(listed, north);
    QCOMPARE(patches().size(), 0);
    QCOMPARE(m_server->requestLog().size(), 16); // one read each, now
    QVERIFY2(dry.err.contains(u"16 customers chosen from the mirror synced at"_s), dry.describe().constData());

    const Run text = run({u"bulk"_s, u"--search"_s, u"region:north"_s, u"--set"_s, u"tier=gold"_s, u"--dry-run"_s});
    QVERIFY2(text.out.contains(u"    Added “tier”: “gold”"_s), text.describe().constData());
    QVERIFY2(text.out.contains(u"Of 16 customers: 16 would change, 0 are already as asked, 0 are refused."_s),
        text.describe().constData());
    QVERIFY(text.out.endsWith(u"Dry run: nothing was sent.\n"_s));
    QCOMPARE(patches().size(), 0);
}

void tst_CliBulk::withoutATerminalAndWithoutYesNothingIsSent()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    m_server->requestLog().clear();
    const Run refused = run({u"bulk"_s, u"--all"_s, u"--set"_s, u"tier=gold"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"without a terminal to ask on, nothing is sent unless --yes is given"_s),
        refused.describe().constData());
    QCOMPARE(m_server->requestLog().size(), 0);
    const Run resume = run({u"bulk"_s, u"--resume"_s});
    QCOMPARE(resume.exitCode, 1); // nothing to resume, and nothing asked
}

void tst_CliBulk::onATerminalItShowsThePreviewAndAsks_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("sent");
    QTest::addRow("yes") << "y\n"_ba << true;
    QTest::addRow("no") << "n\n"_ba << false;
    QTest::addRow("nothing") << "\n"_ba << false;
}

void tst_CliBulk::onATerminalItShowsThePreviewAndAsks()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, sent);
    // script(1) runs the CLI on a pseudo-terminal of its own: stdin and stderr are a terminal there.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script (util-linux) is not installed");
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    m_server->requestLog().clear();
    QProcessEnvironment variables = environment();
    variables.insert(u"SHELL"_s, u"/bin/sh"_s);
    QProcess terminal;
    terminal.setProcessEnvironment(variables);
    terminal.start(script,
        {u"-qec"_s, QStringLiteral(EXPRESSADMIN_CLI_PATH) + u" bulk --search region:north --set tier=gold"_s,
            u"/dev/null"_s});
    QVERIFY(terminal.waitForStarted());
    QSignalSpy finished(&terminal, &QProcess::finished);
    terminal.write(answer);
    QVERIFY(finished.wait(30000));
    const QString screen = QString::fromUtf8(terminal.readAllStandardOutput());
    QVERIFY2(screen.contains(u"Added “tier”: “gold”"_s), qPrintable(screen)); // the preview
    QVERIFY2(screen.contains(u"Send these changes (Set “tier” to “gold”)? [y/N]"_s), qPrintable(screen));
    QCOMPARE(terminal.exitCode(), sent ? 0 : 1);
    QCOMPARE(patches().size(), sent ? 16 : 0);
    if (sent) {
        QVERIFY2(screen.contains(u"16 done, 0 skipped, 0 failed, 0 left"_s), qPrintable(screen)); // progress
        QVERIFY2(screen.contains(u"Changed 16, already as asked 0, failed 0"_s), qPrintable(screen));
    } else {
        QVERIFY2(screen.contains(u"Nothing was sent."_s), qPrintable(screen));
    }
}

void tst_CliBulk::aSearchChangesEachChosenCustomerOnce()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    m_server->requestLog().clear();
    const Run bulk = run(
        QStringList {u"--json"_s, u"bulk"_s, u"--search"_s, u"region:north"_s, u"--yes"_s, u"--set"_s, u"tier=gold"_s}
        + kReplace);
    QVERIFY2(bulk.exitCode == 0, bulk.describe().constData());
    QVERIFY2(!bulk.err.contains(u"left"_s), bulk.describe().constData()); // progress only on a terminal
    for (const QString& id : ids()) {
        const bool north = northIds().contains(id);
        QCOMPARE(stored(id, u"notes"_s), north ? kReplaced : kNotes);
        QCOMPARE(stored(id, u"tier"_s), north ? u"gold"_s : QString());
    }
    const QMap<QString, int> sent = patches();
    QCOMPARE(sent.size(), 16);
    for (const int count : sent)
        QCOMPARE(count, 1);

    const QJsonObject report = bulk.json();
    QCOMPARE(report[u"run"_s][u"state"_s].toString(), u"finished"_s);
    QCOMPARE(report[u"run"_s][u"selection"_s].toString(), u"search"_s);
    QCOMPARE(report[u"run"_s][u"selectionText"_s].toString(), u"region:north"_s);
    QCOMPARE(report[u"summary"_s][u"succeeded"_s].toInt(), 16);
    for (const QJsonValue& customer : report[u"customers"_s].toArray())
        QCOMPARE(customer[u"outcome"_s].toString(), u"succeeded"_s);

    // Every change is in the history, like a single save.
    const Run history = run({u"--json"_s, u"history"_s});
    const QJsonArray entries = history.json()[u"history"_s].toArray();
    QCOMPARE(entries.size(), 16);
    for (const QJsonValue& entry : entries) {
        QCOMPARE(entry[u"operation"_s].toString(), u"update"_s);
        QCOMPARE(entry[u"state"_s].toString(), u"succeeded"_s);
    }

    // Again: already as asked, nothing sent, exit 0.
    m_server->requestLog().clear();
    const Run again = run({u"bulk"_s, u"--ids"_s, QString(), u"--yes"_s, u"--set"_s, u"tier=gold"_s});
    QCOMPARE(again.exitCode, 2); // --ids needs a file
    QTemporaryDir dir;
    QFile file(dir.filePath(u"ids.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(northIds().join(u'\n').toUtf8());
    file.close();
    const Run skipped = run({u"bulk"_s, u"--ids"_s, file.fileName(), u"--yes"_s, u"--set"_s, u"tier=gold"_s});
    QVERIFY2(skipped.exitCode == 0, skipped.describe().constData());
    QVERIFY2(skipped.out.contains(u"Changed 0, already as asked 16, failed 0, not done 0, of 16 customers"_s),
        skipped.describe().constData());
    QCOMPARE(patches().size(), 0);
}

void tst_CliBulk::anIdsFileChoosesTheCustomersInItsOrder()
{
    // No sync: an ids file needs no mirror.
    QStringList chosen = ids().mid(3, 5);
    std::reverse(chosen.begin(), chosen.end());
    QTemporaryDir dir;
    QFile file(dir.filePath(u"ids.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(("# chosen by hand\n\n" + chosen.join(u"\r\n"_s).toUtf8() + "\n  " + chosen.first().toUtf8() + "  \n"));
    file.close();
    const Run bulk = run({u"--json"_s, u"bulk"_s, u"--ids"_s, file.fileName(), u"--unset"_s, u"region"_s, u"--yes"_s});
    QVERIFY2(bulk.exitCode == 0, bulk.describe().constData());
    QStringList reported;
    for (const QJsonValue& customer : bulk.json()[u"customers"_s].toArray())
        reported.append(customer[u"id"_s].toString());
    QCOMPARE(reported, chosen);
    for (const QString& id : ids())
        QCOMPARE(m_server->store().find(id)->metadata->contains(u"region"_s), !chosen.contains(id));
}

void tst_CliBulk::aBadIdsFileIsRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"ids.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ids().first().toUtf8() + "\nnot-an-id\n");
    file.close();
    const Run bad = run({u"bulk"_s, u"--ids"_s, file.fileName(), u"--unset"_s, u"region"_s, u"--yes"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"line 2: “not-an-id” is not a customer id."_s), bad.describe().constData());
    const Run missing = run({u"bulk"_s, u"--ids"_s, dir.filePath(u"none.txt"_s), u"--unset"_s, u"a"_s, u"--yes"_s});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(m_server->requestLog().size(), 0);
}

void tst_CliBulk::operationsApplyInTheOrderGiven()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"ids.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ids().first().toUtf8());
    file.close();
    const Run bulk = run({u"bulk"_s, u"--ids"_s, file.fileName(), u"--yes"_s, u"--rename-key"_s, u"region=area"_s,
        u"--set"_s, u"region=west"_s, u"--replace-in"_s, u"area"_s, u"south"_s, u"south-east"_s, u"--deactivate"_s});
    QVERIFY2(bulk.exitCode == 0, bulk.describe().constData());
    const Sandbox::CustomerRecord record = *m_server->store().find(ids().first());
    QCOMPARE(record.metadata->value(u"area"_s), u"south-east"_s);
    QCOMPARE(record.metadata->value(u"region"_s), u"west"_s);
    QVERIFY(!record.active);
}

void tst_CliBulk::editsMadeMeanwhileByOthersSurvive()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    QVERIFY(m_server->addFault(u"latency=40,count=always"_s));
    const QStringList all = ids();
    // Once the run has changed its first customer, someone else changes another key of the last one.
    bool edited = false;
    connect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, [&] {
        if (edited || patches().isEmpty())
            return;
        edited = true;
        QMap<QString, QString> metadata = *m_server->store().find(all.last())->metadata;
        metadata.insert(u"region"_s, u"east"_s);
        metadata.insert(u"wing"_s, u"B"_s);
        QVERIFY(m_server->store().update(all.last(), {std::nullopt, true, metadata}).ok());
    });
    const Run bulk = run(QStringList {u"bulk"_s, u"--all"_s, u"--yes"_s, u"--concurrency"_s, u"2"_s} + kReplace);
    QVERIFY2(bulk.exitCode == 0, bulk.describe().constData());
    QVERIFY(edited);
    QCOMPARE(stored(all.last(), u"notes"_s), kReplaced);
    QCOMPARE(stored(all.last(), u"region"_s), u"east"_s);
    QCOMPARE(stored(all.last(), u"wing"_s), u"B"_s);
}

void tst_CliBulk::rateLimitsSlowTheRunDownAndNothingIsLost()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    QVERIFY(m_server->addFault(u"latency=5,count=always"_s));
    QVERIFY(m_server->addFault(u"status=429,count=4,method=PATCH,after=3,retry-after=1"_s));
    m_server->requestLog().clear();
    const Run bulk =
        run(QStringList {u"--json"_s, u"--retries"_s, u"0"_s, u"bulk"_s, u"--all"_s, u"--yes"_s} + kReplace);
    QVERIFY2(bulk.exitCode == 0, bulk.describe().constData());
    QVERIFY2(bulk.elapsedMs >= 1000, qPrintable(QString::number(bulk.elapsedMs))); // Retry-After: 1 honoured
    for (const QString& id : ids())
        QCOMPARE(stored(id, u"notes"_s), kReplaced);
    int refused = 0;
    int accepted = 0;
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records()) {
        if (record.method == "PATCH") {
            refused += record.status == 429;
            accepted += record.status == 200;
        }
    }
    QCOMPARE(refused, 4);
    QCOMPARE(accepted, 24);
    QCOMPARE(bulk.json()[u"summary"_s][u"succeeded"_s].toInt(), 24);
}

void tst_CliBulk::theWorstFailureIsTheExitCode()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    const QStringList all = ids();
    QVERIFY(m_server->addFault(u"status=404,count=1,method=GET,path=/v1/express/%1"_s.arg(all.at(2))));
    QVERIFY(m_server->store()
                .update(all.at(5),
                    {std::nullopt, true, QMap<QString, QString> {{u"area"_s, u"x"_s}, {u"region"_s, u"n"_s}}})
                .ok());
    const Run bulk = run(
        {u"--json"_s, u"--retries"_s, u"0"_s, u"bulk"_s, u"--all"_s, u"--yes"_s, u"--rename-key"_s, u"region=area"_s});
    QCOMPARE(bulk.exitCode, 3); // the 404 (3) is worse than the refused rename (2)
    QHash<QString, QJsonObject> customers; // the run's order is the mirror's, by name
    for (const QJsonValue& customer : bulk.json()[u"customers"_s].toArray())
        customers.insert(customer[u"id"_s].toString(), customer.toObject());
    QCOMPARE(customers.size(), 24);
    QCOMPARE(customers[all.at(2)][u"outcome"_s].toString(), u"failed"_s);
    QCOMPARE(customers[all.at(2)][u"errorKind"_s].toString(), u"NotFound"_s);
    QCOMPARE(customers[all.at(5)][u"outcome"_s].toString(), u"failed"_s);
    QCOMPARE(customers[all.at(5)][u"errorKind"_s].toString(), u"InvalidInput"_s);
    QVERIFY(customers[all.at(5)][u"error"_s].toString().contains(u"already has a key “area”"_s));
    QCOMPARE(bulk.json()[u"summary"_s][u"succeeded"_s].toInt(), 22);

    const Run text = run({u"bulk"_s, u"--all"_s, u"--yes"_s, u"--rename-key"_s, u"region=area"_s});
    QCOMPARE(text.exitCode, 2); // only the refused rename is left; the rest are already as asked
    QVERIFY2(text.out.contains(all.at(5) + u"  "_s), text.describe().constData());
    QVERIFY2(text.out.contains(u"failed — “region” cannot be renamed to “area”"_s), text.describe().constData());
}

void tst_CliBulk::aKilledRunIsResumedSkippingNoneAndChangingNoneTwice()
{
    QCOMPARE(run({u"sync"_s}).exitCode, 0);
    // Slow enough that the kill finds writes in flight; the sandbox carries out what it received even after the
    // client has gone, so some changes are made whose answers never arrive.
    QVERIFY(m_server->addFault(u"latency=80,count=always"_s));
    m_server->requestLog().clear();

    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProgram(QStringLiteral(EXPRESSADMIN_CLI_PATH));
    process.setArguments(QStringList {u"bulk"_s, u"--all"_s, u"--yes"_s, u"--concurrency"_s, u"4"_s} + kReplace);
    QSignalSpy finished(&process, &QProcess::finished);
    // Killed once 6 changes have been answered and another is on its way: received, not yet answered.
    int onItsWayAtKill = 0;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        int answered = 0;
        int onItsWay = 0;
        for (const Sandbox::RequestRecord& record : m_server->requestLog().records()) {
            if (record.method == "PATCH")
                (record.status == 0 ? onItsWay : answered) += 1;
        }
        if (answered >= 6 && onItsWay > 0 && process.state() == QProcess::Running) {
            process.kill(); // SIGKILL
            onItsWayAtKill = onItsWay;
            watch.stop();
        }
    });
    watch.start(2);
    process.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->pendingCount(), 0, 5000); // what was on its way has been carried out
    const QMap<QString, int> beforeResume = patches();
    QVERIFY2(beforeResume.size() >= 7 && beforeResume.size() < 24, qPrintable(QString::number(beforeResume.size())));
    QVERIFY2(onItsWayAtKill > 0, "the kill found no change on its way");

    const Run resumed = run({u"--json"_s, u"bulk"_s, u"--resume"_s, u"--yes"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QVERIFY2(resumed.err.contains(u"Going on with the bulk change"_s), resumed.describe().constData());
    // None skipped: every customer holds the change; none changed twice: "call Ann Lee", never "call Ann Lee Lee".
    for (const QString& id : ids())
        QCOMPARE(stored(id, u"notes"_s), kReplaced);
    // One PATCH per customer over both runs, the ones whose answer never came included.
    const QMap<QString, int> sent = patches();
    QCOMPARE(sent.size(), 24);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + u": "_s + QString::number(it.value())));
    const QJsonObject report = resumed.json();
    QCOMPARE(report[u"run"_s][u"state"_s].toString(), u"finished"_s);
    QCOMPARE(report[u"summary"_s][u"succeeded"_s].toInt(), 24);
    int foundChanged = 0;
    for (const QJsonValue& customer : report[u"customers"_s].toArray())
        foundChanged += customer[u"error"_s].toString().startsWith(u"Found changed as asked"_s);
    // Those on their way were carried out; the resumed run found them changed and did not send them again.
    QVERIFY2(foundChanged >= onItsWayAtKill, qPrintable(u"%1 < %2"_s.arg(foundChanged).arg(onItsWayAtKill)));

    const Run again = run({u"bulk"_s, u"--resume"_s, u"--yes"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(
        again.err.contains(u"There is no unfinished bulk change on this connection."_s), again.describe().constData());
}

void tst_CliBulk::resumeWithNothingToResume()
{
    const Run resume = run({u"--json"_s, u"bulk"_s, u"--resume"_s, u"--yes"_s});
    QCOMPARE(resume.exitCode, 1);
    QCOMPARE(resume.json()[u"error"_s][u"kind"_s].toString(), u"NothingToResume"_s);
}

void tst_CliBulk::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("no customers chosen") << QStringList {u"bulk"_s, u"--set"_s, u"a=b"_s}
                                         << u"Choose the customers: --search QUERY, --ids FILE or --all."_s;
    QTest::addRow("two ways to choose") << QStringList {u"bulk"_s, u"--all"_s, u"--search"_s, u"x"_s, u"--unset"_s,
        u"a"_s} << u"--search, --ids and --all exclude each other."_s;
    QTest::addRow("no operation") << QStringList {u"bulk"_s, u"--all"_s}
                                  << u"Nothing to change: give at least one operation."_s;
    QTest::addRow("replace-in needs three") << QStringList {u"bulk"_s, u"--all"_s, u"--replace-in"_s, u"a"_s, u"b"_s}
                                            << u"--replace-in needs 3 values (KEY OLD NEW)."_s;
    QTest::addRow("deactivate and reactivate") << QStringList {u"bulk"_s, u"--all"_s, u"--deactivate"_s,
        u"--reactivate"_s} << u"Deactivate and reactivate exclude each other."_s;
    QTest::addRow("rename without =") << QStringList {u"bulk"_s, u"--all"_s, u"--rename-key"_s, u"a"_s}
                                      << u"--rename-key a: expected OLD=NEW."_s;
    QTest::addRow("a value too long") << QStringList {u"bulk"_s, u"--all"_s, u"--set"_s, u"k="_s + QString(1001, u'v')}
                                      << u"The value for “k” is 1001 characters long; the limit is 1000."_s;
    QTest::addRow("resume with operations") << QStringList {u"bulk"_s, u"--resume"_s, u"--set"_s, u"a=b"_s}
                                            << u"--resume goes on with a run as it was started: --set cannot be given "
                                               "with it."_s;
    QTest::addRow("concurrency") << QStringList {u"bulk"_s, u"--all"_s, u"--unset"_s, u"a"_s, u"--concurrency"_s,
        u"0"_s} << u"--concurrency: expected a number from 1 to 64."_s;
}

void tst_CliBulk::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run usage = run(arguments);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(message), usage.describe().constData());
    QCOMPARE(m_server->requestLog().size(), 0);
}

QTEST_GUILESS_MAIN(tst_CliBulk)
#include "tst_clibulk.moc"
