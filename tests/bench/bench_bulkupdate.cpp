// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// bench_bulkupdate: how fast 1,000 metadata updates reach a local sandbox, three ways, in one run against
// one sandbox so the ratios compare:
//   (a) ExpressClient, one update after another;
//   (b) BulkRunner, 6 at a time;
//   (c) curl, one process per request, one after another (what a shell script would do).
// The sandbox runs as a child process (express-sandbox --empty), so client and server never share a thread.
// Usage: bench_bulkupdate [COUNT]   (default 1000)

#include "core/api/BulkRunner.h"
#include "core/api/ExpressClient.h"
#include "core/io/CustomerJson.h"
#include "tests/bench/BenchOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

QString randomKey()
{
    return u"sbx_bench_%1%2"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'))
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}

// One way of sending the updates, measured.
struct Measurement
{
    QString name;
    int requests = 0;
    int succeeded = 0; // answered 200 (and, through the client, stored exactly what was sent)
    qint64 elapsedMs = 0;
    bool skipped = false;

    double perSecond() const { return elapsedMs > 0 ? requests * 1000.0 / double(elapsedMs) : 0.0; }
};

} // namespace

// Drives the whole run on the event loop: start the sandbox, create the customers, then the three passes.
class BulkUpdateBenchmark : public QObject
{
    Q_OBJECT

public:
    explicit BulkUpdateBenchmark(int count, QObject* parent = nullptr)
        : QObject(parent)
        , m_count(count)
    { }

    ~BulkUpdateBenchmark() override { stopSandbox(); }

    void start()
    {
        const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(u"express-sandbox"_s);
        if (!QFileInfo(program).isExecutable())
            return fail(u"express-sandbox not found next to bench_bulkupdate (%1)"_s.arg(program));
        m_key = randomKey();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"EXPRESS_SANDBOX_API_KEY"_s, m_key);
        environment.insert(u"QT_LOGGING_RULES"_s, u"expressadmin.sandbox.info=false"_s);
        m_sandbox.setProcessEnvironment(environment);
        connect(&m_sandbox, &QProcess::readyReadStandardError, this,
            [this] { m_sandboxErrors = (m_sandboxErrors + m_sandbox.readAllStandardError()).right(2000); });
        connect(&m_sandbox, &QProcess::readyReadStandardOutput, this, &BulkUpdateBenchmark::readSandboxOutput);
        // Until "listening on" arrives, a sandbox that cannot start or exits ends the run instead of a wait forever.
        connect(&m_sandbox, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
            // A crash is followed by finished, which also shows what the sandbox wrote to stderr.
            if (m_baseUrl.isEmpty() && error != QProcess::Crashed)
                fail(u"express-sandbox (%1) failed: %2"_s.arg(program, m_sandbox.errorString()));
        });
        connect(&m_sandbox, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            if (!m_baseUrl.isEmpty())
                return;
            m_sandboxErrors += m_sandbox.readAllStandardError();
            const QString how = status == QProcess::CrashExit ? u"crashed"_s : u"exited with code %1"_s.arg(exitCode);
            fail(u"express-sandbox %1 before it was listening%2"_s.arg(how,
                m_sandboxErrors.trimmed().isEmpty() ? QString()
                                                    : u": "_s + QString::fromLocal8Bit(m_sandboxErrors.trimmed())));
        });
        m_sandbox.start(program, {u"--empty"_s});
    }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void readSandboxOutput()
    {
        m_sandboxOutput += m_sandbox.readAllStandardOutput();
        if (!m_baseUrl.isEmpty())
            return;
        const qsizetype end = m_sandboxOutput.indexOf('\n');
        if (end < 0)
            return;
        const QByteArray line = m_sandboxOutput.left(end).trimmed();
        if (!line.startsWith("listening on "))
            return fail(u"unexpected first line from express-sandbox"_s);
        m_baseUrl = QUrl(QString::fromUtf8(line.mid(13)));
        printLine(u"sandbox: %1 (child process, --empty)"_s.arg(m_baseUrl.toString()));

        ClientOptions options;
        options.baseUrl = m_baseUrl;
        options.apiKey = m_key;
        m_client = new ExpressClient(&m_nam, options, this);
        createCustomers();
    }

    void createCustomers()
    {
        QList<BulkRunner::Item> items;
        for (int i = 0; i < m_count; ++i) {
            items.append(
                {QString::number(i), [this, i](ExpressClient& client, QObject* context, BulkRunner::Finish done) {
                     return client.createCustomer(u"Bench customer %1"_s.arg(i, 4, 10, QChar(u'0')),
                         Metadata {{u"round"_s, u"created"_s}}, context,
                         [this, i, done](const ApiResult<Customer>& result) {
                             if (result.isOk())
                                 m_ids[i] = result.value().id();
                             done(result.isOk() ? std::nullopt : std::optional(result.error()));
                         });
                 }});
        }
        m_ids = QStringList(m_count);
        auto* runner = new BulkRunner(m_client, this);
        QElapsedTimer timer;
        timer.start();
        connect(runner, &BulkRunner::finished, this, [this, runner, timer](const QList<BulkRunner::ItemResult>&) {
            runner->deleteLater();
            if (m_ids.contains(QString()))
                return fail(u"not every customer could be created"_s);
            printLine(u"created %1 customers in %2 ms (BulkRunner, not measured)"_s.arg(m_count).arg(timer.elapsed()));
            runSequential();
        });
        runner->run(items);
    }

    static CustomerPatch patchFor(const QString& round, int i)
    {
        CustomerPatch patch;
        patch.replaceMetadata(Metadata {{u"round"_s, round}, {u"n"_s, QString::number(i)}});
        return patch;
    }

    // (a) ExpressClient, each update sent when the previous one has been answered.
    void runSequential()
    {
        m_sequential = Measurement {u"(a) ExpressClient, sequential"_s, m_count, 0, 0, false};
        m_timer.start();
        sendSequential(0);
    }

    void sendSequential(int i)
    {
        if (i == m_count) {
            m_sequential.elapsedMs = m_timer.elapsed();
            return runBulk();
        }
        m_client->updateCustomer(
            m_ids.at(i), patchFor(u"a"_s, i), this, [this, i](const ApiResult<UpdateOutcome>& result) {
                if (result.isOk() && result.value().isExact())
                    ++m_sequential.succeeded;
                sendSequential(i + 1);
            });
    }

    // (b) BulkRunner, 6 in flight.
    void runBulk()
    {
        m_bulk = Measurement {u"(b) BulkRunner, concurrency 6"_s, m_count, 0, 0, false};
        QList<BulkRunner::Item> items;
        for (int i = 0; i < m_count; ++i) {
            items.append({m_ids.at(i), [this, i](ExpressClient& client, QObject* context, BulkRunner::Finish done) {
                              return client.updateCustomer(m_ids.at(i), patchFor(u"b"_s, i), context,
                                  [this, done](const ApiResult<UpdateOutcome>& result) {
                                      if (result.isOk() && result.value().isExact())
                                          ++m_bulk.succeeded;
                                      done(result.isOk() ? std::nullopt : std::optional(result.error()));
                                  });
                          }});
        }
        auto* runner = new BulkRunner(m_client, this);
        runner->setConcurrency(6);
        connect(runner, &BulkRunner::finished, this, [this, runner](const QList<BulkRunner::ItemResult>&) {
            m_bulk.elapsedMs = m_timer.elapsed();
            runner->deleteLater();
            runCurl();
        });
        m_timer.start();
        runner->run(items);
    }

    // (c) curl, one process per request. The key goes in a header file, not on the command line.
    void runCurl()
    {
        m_curl = Measurement {u"(c) curl, one process per request"_s, m_count, 0, 0, false};
        m_curlProgram = QStandardPaths::findExecutable(u"curl"_s);
        if (m_curlProgram.isEmpty() || !m_temporary.isValid()) {
            m_curl.skipped = true;
            printLine(u"(c) skipped: curl is not installed"_s);
            return verifyAndReport();
        }
        m_headerFile = m_temporary.filePath(u"headers"_s);
        QFile headers(m_headerFile);
        if (!headers.open(QIODevice::WriteOnly))
            return fail(u"cannot write %1"_s.arg(m_headerFile));
        headers.write("Authorization: Bearer " + m_key.toUtf8() + "\nContent-Type: application/json\n");
        headers.close();
        m_timer.start();
        sendCurl(0);
    }

    void sendCurl(int i)
    {
        if (i == m_count) {
            m_curl.elapsedMs = m_timer.elapsed();
            return verifyAndReport();
        }
        auto* process = new QProcess(this);
        connect(process, &QProcess::finished, this, [this, process, i](int exitCode, QProcess::ExitStatus status) {
            const QByteArray httpCode = process->readAllStandardOutput().trimmed();
            if (status == QProcess::NormalExit && exitCode == 0 && httpCode == "200")
                ++m_curl.succeeded;
            process->deleteLater();
            sendCurl(i + 1);
        });
        QUrl url = m_baseUrl;
        url.setPath(u"/v1/express/"_s + m_ids.at(i));
        process->start(m_curlProgram,
            {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-X"_s, u"PATCH"_s, u"-H"_s,
                u"@"_s + m_headerFile, u"--data-binary"_s,
                QString::fromUtf8(CustomerJson::patchToBytes(patchFor(u"c"_s, i))), url.toString()});
    }

    // Every customer must end with the last pass's metadata.
    void verifyAndReport()
    {
        m_client->listAllCustomers(100, this, [this](const ApiResult<QList<Customer>>& result) {
            if (result.isError())
                return fail(u"listing the customers failed: "_s + result.error().message);
            const QString lastRound = m_curl.skipped ? u"b"_s : u"c"_s;
            int matching = 0;
            for (const Customer& customer : result.value()) {
                if (customer.metadata().value(u"round"_s) == lastRound)
                    ++matching;
            }
            report(matching, int(result.value().size()));
        });
    }

    void report(int matching, int total)
    {
        printLine({});
        printLine(u"%1 metadata updates (PATCH /v1/express/{id}), one run, one sandbox:"_s.arg(m_count));
        for (const Measurement* m : {&m_sequential, &m_bulk, &m_curl}) {
            if (m->skipped) {
                printLine(u"  %1  skipped"_s.arg(m->name, -38));
                continue;
            }
            printLine(u"  %1  %2 requests/s  (%3 ms, %4/%5 answered 200)"_s.arg(m->name, -38)
                          .arg(m->perSecond(), 8, 'f', 1)
                          .arg(m->elapsedMs, 6)
                          .arg(m->succeeded)
                          .arg(m->requests));
        }
        const auto ratio = [](const Measurement& x, const Measurement& y) {
            return (x.skipped || y.skipped || y.perSecond() == 0)
                ? u"n/a"_s
                : QString::number(x.perSecond() / y.perSecond(), 'f', 2);
        };
        printLine(u"ratios: a/c %1   b/c %2   b/a %3"_s.arg(
            ratio(m_sequential, m_curl), ratio(m_bulk, m_curl), ratio(m_bulk, m_sequential)));
        printLine(u"final state: %1 of %2 customers hold the last pass's metadata"_s.arg(matching).arg(total));

        const bool allOk = m_sequential.succeeded == m_count && m_bulk.succeeded == m_count
            && (m_curl.skipped || m_curl.succeeded == m_count) && matching == m_count && total == m_count;
        printLine(allOk ? u"check: every update succeeded"_s : u"check: FAILED, not every update succeeded"_s);
        stopSandbox();
        Q_EMIT finished(allOk ? 0 : 1);
    }

    void fail(const QString& message)
    {
        if (m_failed)
            return; // stopSandbox() makes the sandbox emit finished, which would report the failure again
        m_failed = true;
        std::fputs(qUtf8Printable(u"bench_bulkupdate: "_s + message + u'\n'), stderr);
        stopSandbox();
        Q_EMIT finished(2);
    }

    void stopSandbox()
    {
        if (m_sandbox.state() == QProcess::NotRunning)
            return;
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    const int m_count;
    QProcess m_sandbox;
    QByteArray m_sandboxOutput;
    QByteArray m_sandboxErrors; // the tail of its stderr, shown when it exits before listening
    bool m_failed = false;
    QString m_key;
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
    ExpressClient* m_client = nullptr;
    QStringList m_ids;
    QElapsedTimer m_timer;
    QTemporaryDir m_temporary;
    QString m_curlProgram;
    QString m_headerFile;
    Measurement m_sequential;
    Measurement m_bulk;
    Measurement m_curl;
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 1000;
    if (argc > 1) {
        bool ok = false;
        count = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || count < 1) {
            std::fputs("usage: bench_bulkupdate [COUNT]\n", stderr);
            return 2;
        }
    }
    BulkUpdateBenchmark benchmark(count);
    QObject::connect(&benchmark, &BulkUpdateBenchmark::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &benchmark, &BulkUpdateBenchmark::start);
    return QCoreApplication::exec();
}

#include "bench_bulkupdate.moc"
