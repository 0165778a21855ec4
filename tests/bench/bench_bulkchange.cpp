// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// bench_bulkchange: one metadata change to COUNT customers of a sandbox that adds 50 ms to every answer
// (express-sandbox --fault latency=50, a child process), four ways, in one run against one sandbox so the ratios
// compare:
//   (a) express-admin-cli bulk --ids FILE --set ... --yes (the whole program: journal, history, CONCURRENCY at once);
//   (b) BulkSession in this process (the same engine without the program around it);
//   (c) ExpressClient one customer at a time, a GET and a PATCH each;
//   (d) a shell loop of express-admin-cli update ID --set ..., one process per customer.
// And the bulk run's own limit: CONCURRENCY customers in flight, each a read and a PATCH of 50 ms at least, so at most
// CONCURRENCY ÷ (2 × 50 ms) customers per second.
// Usage: bench_bulkchange [COUNT] [CONCURRENCY]   (default 200 and 8)

#include "core/api/ExpressClient.h"
#include "core/bulk/BulkSession.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/JournaledWrites.h"
#include "tests/bench/BenchOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kLatencyMs = 50;

// Runs the event loop until done() says so or the deadline passes; false then.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

struct Pass
{
    QString name;
    qint64 elapsedMs = 0;
    bool ok = false;
    double perSecond(int count) const { return elapsedMs > 0 ? count * 1000.0 / double(elapsedMs) : 0; }
};

class Benchmark
{
public:
    Benchmark(int count, int concurrency)
        : m_count(count)
        , m_concurrency(concurrency)
    { }

    ~Benchmark()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            m_sandbox.waitForFinished(5000);
        }
    }

    int run()
    {
        if (!startSandbox())
            return 1;
        if (!listIds())
            return 1;
        printLine(u"%1 customers, %2 ms added to every answer, concurrency %3"_s.arg(m_count)
                      .arg(kLatencyMs)
                      .arg(m_concurrency));
        QList<Pass> passes {bulkProgram(u"a"_s), bulkSession(u"b"_s), clientOneByOne(u"c"_s), shellLoop(u"d"_s)};
        const double limit = m_concurrency * 1000.0 / (2.0 * kLatencyMs);
        printLine(
            u"%1  %2  %3  %4"_s.arg(u"way"_s, -44).arg(u"seconds"_s, 8).arg(u"customers/s"_s, 11).arg(u"× limit"_s, 8));
        for (const Pass& pass : std::as_const(passes)) {
            printLine(u"%1  %2  %3  %4%5"_s.arg(pass.name, -44)
                          .arg(double(pass.elapsedMs) / 1000.0, 8, 'f', 2)
                          .arg(pass.perSecond(m_count), 11, 'f', 1)
                          .arg(pass.perSecond(m_count) / limit, 8, 'f', 2)
                          .arg(pass.ok ? QString() : u"  (FAILED)"_s));
        }
        printLine(u"%1  %2  %3  %4"_s.arg(u"limit: concurrency ÷ (2 × 50 ms)"_s, -44)
                      .arg(double(m_count) / limit, 8, 'f', 2)
                      .arg(limit, 11, 'f', 1)
                      .arg(1.0, 8, 'f', 2));
        const auto ratio = [&passes](int a, int b) {
            return double(passes.at(b).elapsedMs) / double(qMax<qint64>(1, passes.at(a).elapsedMs));
        };
        printLine(u"bulk program vs shell loop of updates: %1 × faster"_s.arg(ratio(0, 3), 0, 'f', 1));
        printLine(u"bulk program vs ExpressClient one at a time: %1 × faster"_s.arg(ratio(0, 2), 0, 'f', 1));
        printLine(u"BulkSession vs ExpressClient one at a time: %1 × faster"_s.arg(ratio(1, 2), 0, 'f', 1));
        for (const Pass& pass : std::as_const(passes)) {
            if (!pass.ok)
                return 1;
        }
        return 0;
    }

private:
    bool startSandbox()
    {
        const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(u"express-sandbox"_s);
        m_key = u"sbx_bench_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"EXPRESS_SANDBOX_API_KEY"_s, m_key);
        environment.insert(u"QT_LOGGING_RULES"_s, u"expressadmin.sandbox.info=false"_s);
        m_sandbox.setProcessEnvironment(environment);
        m_sandbox.start(
            program, {u"--customers"_s, QString::number(m_count), u"--fault"_s, u"latency=%1"_s.arg(kLatencyMs)});
        QByteArray output;
        if (!waitFor(
                [&] {
                    output += m_sandbox.readAllStandardOutput();
                    return output.contains('\n') || m_sandbox.state() == QProcess::NotRunning;
                },
                10000)
            || !output.startsWith("listening on ")) {
            printLine(u"express-sandbox (%1) did not start: %2"_s.arg(
                program, QString::fromLocal8Bit(m_sandbox.readAllStandardError())));
            return false;
        }
        m_options.baseUrl = QUrl(QString::fromUtf8(output.mid(13, output.indexOf('\n') - 13).trimmed()));
        m_options.apiKey = m_key;
        m_client = std::make_unique<ExpressClient>(&m_nam, m_options);
        printLine(u"sandbox: %1 (child process)"_s.arg(m_options.baseUrl.toString()));
        return true;
    }

    bool listIds()
    {
        std::optional<ApiResult<QList<Customer>>> listed;
        m_client->listAllCustomers(
            100, m_client.get(), [&listed](const ApiResult<QList<Customer>>& result) { listed = result; });
        if (!waitFor([&] { return listed.has_value(); }) || listed->isError()) {
            printLine(u"listing the customers failed"_s);
            return false;
        }
        for (const Customer& customer : listed->value())
            m_ids.append(customer.id());
        QFile file(m_dir.filePath(u"ids.txt"_s));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(m_ids.join(u'\n').toUtf8() + '\n');
        m_idsFile = file.fileName();
        return m_ids.size() == m_count;
    }

    // Whether every customer now holds bench=value.
    bool allHold(const QString& value)
    {
        std::optional<ApiResult<QList<Customer>>> listed;
        m_client->listAllCustomers(
            100, m_client.get(), [&listed](const ApiResult<QList<Customer>>& result) { listed = result; });
        if (!waitFor([&] { return listed.has_value(); }) || listed->isError())
            return false;
        return std::all_of(listed->value().cbegin(), listed->value().cend(),
            [&value](const Customer& customer) { return customer.metadata().value(u"bench"_s) == value; });
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"AVARA_BASE_URL"_s, m_options.baseUrl.toString());
        environment.insert(u"AVARA_API_KEY"_s, m_key);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return environment;
    }

    QString cli() const { return QDir(QCoreApplication::applicationDirPath()).filePath(u"express-admin-cli"_s); }

    Pass bulkProgram(const QString& value)
    {
        Pass pass {u"(a) express-admin-cli bulk"_s};
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        QElapsedTimer clock;
        clock.start();
        process.start(cli(),
            {u"bulk"_s, u"--ids"_s, m_idsFile, u"--set"_s, u"bench="_s + value, u"--yes"_s, u"--concurrency"_s,
                QString::number(m_concurrency)});
        waitFor([&] { return process.state() == QProcess::NotRunning; });
        pass.elapsedMs = clock.elapsed();
        pass.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && allHold(value);
        if (!pass.ok)
            printLine(QString::fromLocal8Bit(process.readAllStandardError()));
        return pass;
    }

    Pass bulkSession(const QString& value)
    {
        Pass pass {u"(b) BulkSession in process"_s};
        auto opened = WorkspaceStore::open(m_dir.filePath(u"session.sqlite"_s));
        if (opened.isError())
            return pass;
        JournaledWrites writes(m_client.get(), opened.value(), {u"bench"_s, u"bench_bulkchange"_s, u"bench"_s});
        BulkSession session(m_client.get(), &writes, opened.value());
        BulkRunRecord run;
        run.operations = {BulkOperation::setValue(u"bench"_s, value)};
        run.concurrency = m_concurrency;
        QElapsedTimer clock;
        clock.start();
        if (session.create(run, BulkSession::itemsFor(m_ids)))
            return pass;
        session.start();
        waitFor([&] { return session.state() == BulkSession::State::Finished; });
        pass.elapsedMs = clock.elapsed();
        pass.ok = session.progress().succeeded == m_count && allHold(value);
        return pass;
    }

    Pass clientOneByOne(const QString& value)
    {
        Pass pass {u"(c) ExpressClient one at a time (GET + PATCH)"_s};
        QElapsedTimer clock;
        clock.start();
        int succeeded = 0;
        for (const QString& id : std::as_const(m_ids)) {
            bool done = false;
            m_client->retrieveCustomer(id, m_client.get(), [&](const ApiResult<Customer>& read) {
                if (read.isError()) {
                    done = true;
                    return;
                }
                Metadata metadata = read.value().metadata();
                metadata.insert(u"bench"_s, value);
                CustomerPatch patch;
                patch.replaceMetadata(metadata);
                m_client->updateCustomer(id, patch, m_client.get(), [&](const ApiResult<UpdateOutcome>& written) {
                    succeeded += written.isOk();
                    done = true;
                });
            });
            waitFor([&] { return done; });
        }
        pass.elapsedMs = clock.elapsed();
        pass.ok = succeeded == m_count && allHold(value);
        return pass;
    }

    Pass shellLoop(const QString& value)
    {
        Pass pass {u"(d) shell loop of express-admin-cli update"_s};
        QProcess shell;
        QProcessEnvironment environment = cliEnvironment();
        environment.insert(u"CLI"_s, cli());
        environment.insert(u"IDS"_s, m_idsFile);
        environment.insert(u"VALUE"_s, value);
        shell.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        shell.start(u"/bin/sh"_s,
            {u"-c"_s,
                u"while read -r id; do \"$CLI\" update \"$id\" --set \"bench=$VALUE\" >/dev/null || exit 1; done "
                "< \"$IDS\""_s});
        waitFor([&] { return shell.state() == QProcess::NotRunning; });
        pass.elapsedMs = clock.elapsed();
        pass.ok = shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0 && allHold(value);
        return pass;
    }

    const int m_count;
    const int m_concurrency;
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_key;
    ClientOptions m_options;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ExpressClient> m_client;
    QStringList m_ids;
    QString m_idsFile;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 200;
    const int concurrency = arguments.size() > 2 ? arguments.at(2).toInt() : BulkSession::kDefaultConcurrency;
    if (count < 1 || concurrency < 1) {
        printLine(u"usage: bench_bulkchange [COUNT] [CONCURRENCY]"_s);
        return 2;
    }
    Benchmark benchmark(count, concurrency);
    return benchmark.run();
}
