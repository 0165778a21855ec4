// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The vendor SDK's environment variables beyond the key and the URL: AVARA_CUSTOM_HEADERS (parsed, checked, sent on
// every request, the client's own headers never replaced) and AVARA_LOG (which lines the client logs, never the key
// or a header's value); and the response size cap on answers that declare no Content-Length.

#include "core/api/ClientOptions.h"
#include "core/api/CustomHeaders.h"
#include "core/api/ExpressClient.h"
#include "core/common/Logging.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CallRecorder.h"
#include "tests/support/ClientTestBed.h"
#include "tests/support/LogCapture.h"
#include "tests/support/RecordingHttpServer.h"
#include "tests/support/StreamingHttpPeer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = EnvironmentIssue::Kind;

namespace {

// A value that must reach the server and nothing else: no log line, no message.
const QString kSecretValue = u"tr4ce-s3cret-9f2c"_s;

QStringList shown(const CustomHeaders::List& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines.append(QString::fromLatin1(name + ": " + value));
    return lines;
}

QList<Kind> kinds(const QList<EnvironmentIssue>& issues)
{
    QList<Kind> found;
    for (const EnvironmentIssue& issue : issues)
        found.append(issue.kind);
    return found;
}

QProcessEnvironment environment(const QString& customHeaders, const QString& logLevel = {})
{
    QProcessEnvironment environment;
    if (!customHeaders.isNull())
        environment.insert(u"AVARA_CUSTOM_HEADERS"_s, customHeaders);
    if (!logLevel.isNull())
        environment.insert(u"AVARA_LOG"_s, logLevel);
    return environment;
}

} // namespace

class tst_ClientEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsCustomHeaders_data();
    void readsCustomHeaders();
    void everyRequestCarriesTheCustomHeaders();
    void theClientsOwnHeadersAreNeverReplaced();
    void refusesBadHeadersSetInCode_data();
    void refusesBadHeadersSetInCode();
    void readsTheLogLevel_data();
    void readsTheLogLevel();
    void theLogLevelChoosesTheLines_data();
    void theLogLevelChoosesTheLines();
    void theSizeCapStopsAnAnswerWithoutContentLength_data();
    void theSizeCapStopsAnAnswerWithoutContentLength();

private:
    // A client on the sandbox with the options AVARA_* in env give (fast retries).
    void useEnvironment(QProcessEnvironment env);
    QString customerId() const { return m_bed.server().store().customers().first().id; }

    ClientTestBed m_bed;
};

void tst_ClientEnvironment::init()
{
    QVERIFY(m_bed.restart(7, 5));
}

void tst_ClientEnvironment::cleanup()
{
    m_bed.stop();
}

void tst_ClientEnvironment::useEnvironment(QProcessEnvironment env)
{
    env.insert(u"AVARA_API_KEY"_s, m_bed.server().apiKey());
    env.insert(u"AVARA_BASE_URL"_s, m_bed.server().baseUrl().toString());
    const ClientOptions fromEnvironment = ClientOptions::fromEnvironment(env);
    m_bed.setOptions([&fromEnvironment](ClientOptions& options) {
        options = fromEnvironment;
        options.retryBaseDelay = std::chrono::milliseconds(5);
        options.retryMaxDelay = std::chrono::milliseconds(10);
    });
}

void tst_ClientEnvironment::readsCustomHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<Kind>>("issues");
    QTest::addColumn<QList<int>>("lines");

    QTest::addRow("unset") << QString() << QStringList() << QList<Kind>() << QList<int>();
    QTest::addRow("one header, trimmed") << u"  X-Tenant :  north  "_s << QStringList {u"X-Tenant: north"_s}
                                         << QList<Kind>() << QList<int>();
    QTest::addRow("LF and CRLF lines, blank lines skipped")
        << u"X-A: 1\r\n\r\nX-B: 2\n\n  \nX-C: 3\r\n"_s << QStringList {u"X-A: 1"_s, u"X-B: 2"_s, u"X-C: 3"_s}
        << QList<Kind>() << QList<int>();
    QTest::addRow("the value keeps later colons")
        << u"X-Origin: https://example.org:8443/"_s << QStringList {u"X-Origin: https://example.org:8443/"_s}
        << QList<Kind>() << QList<int>();
    QTest::addRow("an empty value is a value")
        << u"X-Empty:"_s << QStringList {u"X-Empty: "_s} << QList<Kind>() << QList<int>();
    QTest::addRow("a name given again replaces the earlier line, in any case")
        << u"X-Tenant: north\nx-tenant: south"_s << QStringList {u"x-tenant: south"_s} << QList<Kind>() << QList<int>();
    QTest::addRow("no colon") << u"X-A: 1\nBearer "_s + kSecretValue << QStringList {u"X-A: 1"_s}
                              << QList<Kind> {Kind::MissingColon} << QList<int> {2};
    QTest::addRow("a space in the name") << u"X Tenant: north"_s << QStringList()
                                         << QList<Kind> {Kind::InvalidHeaderName} << QList<int> {1};
    QTest::addRow("no name") << u": north"_s << QStringList() << QList<Kind> {Kind::InvalidHeaderName}
                             << QList<int> {1};
    QTest::addRow("a non-ASCII name") << u"X-Zürich: 1"_s << QStringList() << QList<Kind> {Kind::InvalidHeaderName}
                                      << QList<int> {1};
    QTest::addRow("a lone CR in the value")
        << u"X-Trace: a\rInjected: b"_s << QStringList() << QList<Kind> {Kind::InvalidHeaderValue} << QList<int> {1};
    QTest::addRow("a control character in the value") << u"X-Trace: "_s + kSecretValue + QChar(0x01) << QStringList()
                                                      << QList<Kind> {Kind::InvalidHeaderValue} << QList<int> {1};
    QTest::addRow("a non-ASCII value") << u"X-City: Zürich"_s << QStringList() << QList<Kind> {Kind::InvalidHeaderValue}
                                       << QList<int> {1};
    QTest::addRow("Authorization is refused")
        << u"Authorization: Bearer "_s + kSecretValue + u"\nX-A: 1"_s << QStringList {u"X-A: 1"_s}
        << QList<Kind> {Kind::RefusedHeader} << QList<int> {1};
    QTest::addRow("refused in any case")
        << u"content-TYPE: text/plain\nHOST: elsewhere\nContent-Length: 0\nTransfer-Encoding: chunked\n"
           "Accept: text/html\nAccept-Encoding: br\nConnection: close\nx-stainless-retry-count: 9\n"
           "Proxy-Authorization: Basic x"_s
        << QStringList() << QList<Kind>(9, Kind::RefusedHeader) << QList<int> {1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::addRow("User-Agent may be replaced")
        << u"User-Agent: ops-script/1.0"_s << QStringList {u"User-Agent: ops-script/1.0"_s} << QList<Kind>()
        << QList<int>();
    QTest::addRow("good and bad lines together")
        << u"X-A: 1\nnonsense\nAuthorization: x\nX-B: 2\nX-C: \u0007"_s << QStringList {u"X-A: 1"_s, u"X-B: 2"_s}
        << QList<Kind> {Kind::MissingColon, Kind::RefusedHeader, Kind::InvalidHeaderValue} << QList<int> {2, 3, 5};
}

void tst_ClientEnvironment::readsCustomHeaders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headers);
    QFETCH(QList<Kind>, issues);
    QFETCH(QList<int>, lines);

    const QProcessEnvironment env = environment(text);
    QCOMPARE(shown(ClientOptions::fromEnvironment(env).extraHeaders), headers);
    const QList<EnvironmentIssue> found = ClientOptions::environmentIssues(env);
    QCOMPARE(kinds(found), issues);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const EnvironmentIssue& issue = found.at(i);
        QCOMPARE(issue.variable, u"AVARA_CUSTOM_HEADERS"_s);
        QCOMPARE(issue.line, lines.at(i));
        QVERIFY2(issue.message.contains(u"Line %1 "_s.arg(issue.line)), qPrintable(issue.message));
        // A refused or badly valued header is named; its value never appears.
        if (issue.kind == Kind::RefusedHeader || issue.kind == Kind::InvalidHeaderValue)
            QVERIFY2(issue.message.contains(QString::fromLatin1(issue.headerName)), qPrintable(issue.message));
        QVERIFY2(!issue.message.contains(kSecretValue), qPrintable(issue.message));
    }
}

void tst_ClientEnvironment::everyRequestCarriesTheCustomHeaders()
{
    useEnvironment(environment(u"X-Tenant: north\nX-Trace-Token: "_s + kSecretValue + u"\nnonsense"_s));
    m_bed.server().addFault(u"status=503,count=1"_s);
    // The request log redacts header values outside its allow-list unless asked to show them.
    m_bed.server().requestLog().showHeaderValues({"X-Tenant"_ba, "X-Trace-Token"_ba});

    CallRecorder<Customer> retrieved;
    m_bed.client().retrieveCustomer(customerId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QVERIFY2(retrieved.isOk(), retrieved.errorText());
    CustomerPatch patch;
    patch.setName(u"Renamed by a header test"_s);
    CallRecorder<UpdateOutcome> updated;
    m_bed.client().updateCustomer(customerId(), patch, this, updated.callback());
    CallRecorder<CustomerPage> listed;
    m_bed.client().listCustomers({}, 2, this, listed.callback());
    QVERIFY(updated.wait());
    QVERIFY(listed.wait());
    QVERIFY2(updated.isOk(), updated.errorText());
    QVERIFY2(listed.isOk(), listed.errorText());

    const QList<Sandbox::RequestRecord> records = m_bed.records();
    QCOMPARE(records.size(), 4); // the 503, its retry, the PATCH, the list
    for (const Sandbox::RequestRecord& record : records) {
        QCOMPARE(record.header("X-Tenant"), "north"_ba);
        QCOMPARE(record.header("X-Trace-Token"), kSecretValue.toLatin1());
    }
    QCOMPARE(records.at(1).header("x-stainless-retry-count"), "1"_ba);
    QCOMPARE(m_bed.records("PATCH").size(), 1);
    QCOMPARE(m_bed.records("PATCH").first().header("Content-Type"), "application/json"_ba);
}

void tst_ClientEnvironment::theClientsOwnHeadersAreNeverReplaced()
{
    // The recording server keeps Authorization as received (the sandbox redacts it).
    RecordingHttpServer recording;
    QVERIFY(recording.start());
    recording.setResponse(404, {{"Content-Type"_ba, "application/json"_ba}}, "{}"_ba);
    QProcessEnvironment env = environment(u"Authorization: Bearer "_s + kSecretValue
        + u"\nHost: elsewhere.example\nAccept: text/html\nx-stainless-retry-count: 7\nX-Tenant: north"_s);
    env.insert(u"AVARA_API_KEY"_s, u"sk_environment_key"_s);
    env.insert(u"AVARA_BASE_URL"_s, recording.baseUrl().toString());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ExpressClient client(&nam, ClientOptions::fromEnvironment(env));

    CallRecorder<Customer> retrieved;
    client.retrieveCustomer(customerId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QCOMPARE(retrieved.errorKind(), ApiError::Kind::NotFound);
    QCOMPARE(recording.received().size(), 1);
    const RecordingHttpServer::Received request = recording.received().first();
    QCOMPARE(request.header("Authorization"), "Bearer sk_environment_key"_ba);
    QCOMPARE(request.header("Host"), recording.baseUrl().authority().toLatin1());
    QCOMPARE(request.header("Accept"), "application/json"_ba);
    QCOMPARE(request.header("x-stainless-retry-count"), "0"_ba);
    QCOMPARE(request.header("X-Tenant"), "north"_ba);
    int authorizations = 0;
    for (const auto& [name, value] : request.headers) {
        authorizations += name.compare("Authorization", Qt::CaseInsensitive) == 0 ? 1 : 0;
        QVERIFY2(!value.contains(kSecretValue.toLatin1()), name.constData());
    }
    QCOMPARE(authorizations, 1);
}

void tst_ClientEnvironment::refusesBadHeadersSetInCode_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("Authorization") << "Authorization"_ba
                                   << "Bearer other"_ba;
    QTest::addRow("Host") << "host"_ba
                          << "elsewhere.example"_ba;
    QTest::addRow("Content-Length") << "Content-Length"_ba
                                    << "0"_ba;
    QTest::addRow("a name with a colon") << "X-A:B"_ba
                                         << "1"_ba;
    QTest::addRow("an injected line") << "X-A"_ba
                                      << "1\r\nAuthorization: Bearer other"_ba;
}

void tst_ClientEnvironment::refusesBadHeadersSetInCode()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    m_bed.setOptions([&](ClientOptions& options) { options.extraHeaders = {{name, value}}; });
    CallRecorder<Customer> retrieved;
    m_bed.client().retrieveCustomer(customerId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QCOMPARE(retrieved.errorKind(), ApiError::Kind::InvalidRequest);
    QVERIFY(m_bed.records().isEmpty());
}

void tst_ClientEnvironment::readsTheLogLevel_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Logging::Level>("level");
    QTest::addColumn<bool>("warns");
    QTest::addRow("unset") << QString() << Logging::Level::Unset << false;
    QTest::addRow("empty") << u" "_s << Logging::Level::Unset << false;
    QTest::addRow("debug") << u"debug"_s << Logging::Level::Debug << false;
    QTest::addRow("DEBUG") << u" DEBUG "_s << Logging::Level::Debug << false;
    QTest::addRow("info") << u"info"_s << Logging::Level::Info << false;
    QTest::addRow("warn") << u"warn"_s << Logging::Level::Warning << false;
    QTest::addRow("warning") << u"warning"_s << Logging::Level::Warning << false;
    QTest::addRow("error") << u"error"_s << Logging::Level::Error << false;
    QTest::addRow("off") << u"off"_s << Logging::Level::Off << false;
    QTest::addRow("none") << u"none"_s << Logging::Level::Off << false;
    QTest::addRow("verbose is unknown") << u"verbose"_s << Logging::Level::Unset << true;
    QTest::addRow("a number is unknown") << u"3"_s << Logging::Level::Unset << true;
}

void tst_ClientEnvironment::readsTheLogLevel()
{
    QFETCH(QString, value);
    QFETCH(Logging::Level, level);
    QFETCH(bool, warns);
    const Logging::LevelSetting setting = Logging::levelFromEnvironment(environment({}, value));
    QCOMPARE(setting.level, level);
    QCOMPARE(setting.issue.has_value(), warns);
    if (warns) {
        QCOMPARE(setting.issue->kind, Kind::UnknownLogLevel);
        QCOMPARE(setting.issue->variable, u"AVARA_LOG"_s);
        QVERIFY2(setting.issue->message.contains(value.trimmed()), qPrintable(setting.issue->message));
    }
}

void tst_ClientEnvironment::theLogLevelChoosesTheLines_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("attempts"); // debug: one line per attempt
    QTest::addColumn<bool>("retries"); // info: one line per retry
    QTest::addColumn<bool>("headerNames"); // debug: the names of the extra headers
    QTest::addRow("debug") << u"debug"_s << true << true << true;
    QTest::addRow("info") << u"info"_s << false << true << false;
    QTest::addRow("warning") << u"warning"_s << false << false << false;
    QTest::addRow("error") << u"error"_s << false << false << false;
    QTest::addRow("off") << u"off"_s << false << false << false;
}

void tst_ClientEnvironment::theLogLevelChoosesTheLines()
{
    QFETCH(QString, level);
    QFETCH(bool, attempts);
    QFETCH(bool, retries);
    QFETCH(bool, headerNames);

    // The capture switches debug output on; AVARA_LOG's rules replace its rules.
    LogCapture capture;
    QVERIFY(!Logging::applyEnvironment(environment({}, level)));
    useEnvironment(environment(u"X-Trace-Token: "_s + kSecretValue));
    m_bed.server().addFault(u"status=503,count=1"_s);
    CallRecorder<Customer> retrieved;
    m_bed.client().retrieveCustomer(customerId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QVERIFY2(retrieved.isOk(), retrieved.errorText());

    // The client's lines (the sandbox logs too, under its own category).
    const QStringList api = capture.lines().filter(u"expressadmin.api: "_s);
    const QString request = u"expressadmin.api: GET /v1/express/"_s + customerId();
    QCOMPARE(!api.filter(request + u" 503 "_s).filter(u"attempt 1"_s).isEmpty(), attempts);
    QCOMPARE(!api.filter(request + u" 200 "_s).filter(u"attempt 2"_s).isEmpty(), attempts);
    QCOMPARE(!api.filter(request + u" retrying in "_s).filter(u"(attempt 2)"_s).isEmpty(), retries);
    QCOMPARE(!api.filter(u"extra headers on every request: X-Trace-Token"_s).isEmpty(), headerNames);
    QCOMPARE(api.isEmpty(), !attempts && !retries && !headerNames);
    for (const QString& line : capture.lines()) {
        QVERIFY2(!line.contains(m_bed.server().apiKey()), "a log line holds the API key");
        QVERIFY2(!line.contains(kSecretValue), "a log line holds a header's value");
        QVERIFY2(!line.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(line));
    }
}

void tst_ClientEnvironment::theSizeCapStopsAnAnswerWithoutContentLength_data()
{
    QTest::addColumn<StreamingHttpPeer::Framing>("framing");
    QTest::addRow("chunked") << StreamingHttpPeer::Framing::Chunked;
    QTest::addRow("until the connection closes") << StreamingHttpPeer::Framing::CloseDelimited;
}

void tst_ClientEnvironment::theSizeCapStopsAnAnswerWithoutContentLength()
{
    QFETCH(StreamingHttpPeer::Framing, framing);
    constexpr qint64 cap = 64 * 1024;
    constexpr qint64 limit = 256 * 1024 * 1024; // what the peer would send to a client that never stops
    StreamingHttpPeer peer(framing, limit);
    QVERIFY(peer.start());
    m_bed.setOptions([&peer](ClientOptions& options) {
        options.baseUrl = peer.baseUrl();
        options.maxResponseBytes = cap;
        // A client that reads on fails by this timeout, soon, instead of at the peer's limit.
        options.attemptTimeout = std::chrono::milliseconds(10000);
        options.maxRetries = 0;
    });

    CallRecorder<CustomerPage> listed;
    m_bed.client().listCustomers({}, 10, this, listed.callback());
    QVERIFY(listed.wait(30000));
    QCOMPARE(listed.errorKind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(listed.result().error().message.contains(QString::number(cap)), listed.errorText());
    QCOMPARE(peer.requests(), 1); // not retried
    QTRY_VERIFY(peer.clientHungUp());
    QVERIFY(!peer.reachedLimit());
    // Whatever the sockets' buffers hold, far from the whole answer.
    QVERIFY2(peer.bytesWritten() < 32 * 1024 * 1024, QByteArray::number(peer.bytesWritten()).constData());
}

QTEST_GUILESS_MAIN(tst_ClientEnvironment)
#include "tst_clientenvironment.moc"
