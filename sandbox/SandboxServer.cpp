// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxServer.h"

#include "sandbox/HttpHeaders.h"
#include "sandbox/RandomHex.h"
#include "sandbox/SandboxLogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

// One request on its way to an answer; owns the responder while the answer is delayed or withheld.
struct SandboxServer::Exchange
{
    explicit Exchange(QHttpServerResponder&& r)
        : responder(std::move(r))
    { }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    SandboxRequest request;
    QElapsedTimer timer;
    qint64 recordId = 0; // 0: a control request, not recorded
    FaultPlan::Decision decision;
};

static_assert(ConnectionLimits {}.maxBodyBytes == ExpressApi::MaxBodyBytes);

namespace {

const QByteArray MalformedBody =
    "<html><body><h1>502 Bad Gateway</h1>(express-sandbox fault: not JSON)</body></html>"_ba;

QString faultCode(int status)
{
    switch (status) {
    case 400:
        return u"bad_request"_s;
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 408:
        return u"request_timeout"_s;
    case 409:
        return u"conflict"_s;
    case 422:
        return u"validation_error"_s;
    case 429:
        return u"rate_limited"_s;
    case 500:
        return u"internal_error"_s;
    case 502:
        return u"bad_gateway"_s;
    case 503:
        return u"service_unavailable"_s;
    case 504:
        return u"gateway_timeout"_s;
    default:
        return u"injected_fault"_s;
    }
}

// The id of the customer a /v1/express/<id>[/...] request names; empty for any other path.
QString customerIdIn(const QString& path)
{
    const QStringList segments = path.split(u'/');
    const bool named = segments.size() >= 4 && segments.at(1) == u"v1"_s && segments.at(2) == u"express"_s;
    return named ? segments.at(3) : QString();
}

// A stale fault's answer: when the request was answered with the customer it names, that customer as it was
// before; any other answer (an error, a list, a membership message) stays as it is.
void answerAsBefore(SandboxResponse& response, const CustomerRecord& before)
{
    if (response.status != 200)
        return;
    const QJsonObject answered = QJsonDocument::fromJson(response.body).object();
    if (answered.value(u"expressCustomerId"_s).toString() == before.id)
        response.body = QJsonDocument(before.toApiJson()).toJson(QJsonDocument::Compact);
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(&m_store)
{
    m_api.setApiKey(u"sbx_"_s + RandomHex::generate(*QRandomGenerator::system(), 16));
}

SandboxServer::~SandboxServer()
{
    // Withheld answers die with the server; their sockets are closed by Qt with it.
    m_pending.clear();
}

bool SandboxServer::start(quint16 port)
{
    return start(QHostAddress(QHostAddress::LocalHost), port);
}

bool SandboxServer::start(const QHostAddress& address, quint16 port)
{
    if (!address.isLoopback()) {
        m_errorString = u"the sandbox listens on loopback addresses only, not %1"_s.arg(address.toString());
        return false;
    }
    if (isListening()) {
        m_errorString = u"already listening on port %1"_s.arg(m_port);
        return false;
    }
    auto* server = new SandboxTcpServer(this);
    server->setLimits(m_limits);
    if (!server->listen(address, port)) {
        m_errorString = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    connect(server, &SandboxTcpServer::requestRefused, this, &SandboxServer::recordRefused);
    bind(server);
    m_tcpServer = server;
    m_address = address;
    m_port = server->serverPort();
    m_errorString.clear();
    return true;
}

void SandboxServer::setConnectionLimits(const ConnectionLimits& limits)
{
    m_limits = limits;
    if (m_tcpServer)
        m_tcpServer->setLimits(limits);
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

bool SandboxServer::addFault(const QString& spec, QString* errorMessage)
{
    const auto fault = Fault::parse(spec, errorMessage);
    if (!fault)
        return false;
    m_faults.add(*fault);
    return true;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto exchange = std::make_unique<Exchange>(makeResponder(request, socket));
    exchange->timer.start();
    exchange->socket = socket;
    if (m_tcpServer)
        m_tcpServer->requestTaken(socket);
    exchange->request = SandboxRequest::from(request);
    const SandboxRequest& copy = exchange->request;
    const bool control = copy.path == u"/_sandbox"_s || copy.path.startsWith(u"/_sandbox/"_s);
    if (!control) {
        RequestRecord record;
        record.method = copy.method;
        record.path = copy.path;
        record.query = copy.query.toString(QUrl::FullyEncoded);
        record.headers = copy.headers; // redacted by the log
        record.bodyBytes = copy.body.size();
        // Only the body of a request the API would read: nobody without the key can fill the log.
        if (copy.body.size() <= ExpressApi::MaxBodyBytes && !m_api.checkAuthorization(copy))
            record.body = copy.body;
        exchange->recordId = m_requestLog.append(std::move(record));
        exchange->decision = m_faults.take(copy.method, copy.path);
    }
    if (exchange->decision.latencyMs > 0) {
        const quint64 key = m_nextExchange++;
        const int latency = exchange->decision.latencyMs;
        m_pending.emplace(key, std::move(exchange));
        // PreciseTimer: a coarse timer may fire up to 5 % early, and tests assert "at least latency".
        QTimer::singleShot(latency, Qt::PreciseTimer, this, [this, key] {
            auto node = m_pending.extract(key);
            if (!node.empty())
                process(std::move(node.mapped()));
        });
        return true;
    }
    process(std::move(exchange));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Pure virtual in Qt 6.4, but Qt calls it only when handleRequest() returns false, which it never does.
    handleRequest(request, socket);
}

void SandboxServer::process(std::unique_ptr<Exchange> exchange)
{
    const std::optional<Fault>& fault = exchange->decision.action;
    if (fault && fault->action == Fault::Action::Hang) {
        const quint64 key = m_nextExchange++;
        QTcpSocket* socket = exchange->socket;
        qCInfo(lcSandbox).noquote() << QString::fromLatin1(exchange->request.method)
                                    << QString::fromLatin1(QUrl::toPercentEncoding(exchange->request.path, "/"))
                                    << "hang (never answered)";
        m_pending.emplace(key, std::move(exchange));
        if (socket)
            connect(socket, &QObject::destroyed, this, [this, key] { m_pending.erase(key); });
        return;
    }
    SandboxResponse response;
    if (fault && fault->action == Fault::Action::Status) {
        response = SandboxResponse::problem(ApiProblem::make(fault->status, faultCode(fault->status),
            u"Injected fault: HTTP %1 (express-sandbox)"_s.arg(fault->status)));
    } else if (exchange->recordId == 0) {
        response = handleControl(exchange->request);
    } else if (fault && fault->action == Fault::Action::Stale) {
        const std::optional<CustomerRecord> before = m_store.find(customerIdIn(exchange->request.path));
        response = m_api.handle(exchange->request);
        if (before)
            answerAsBefore(response, *before);
    } else {
        response = m_api.handle(exchange->request);
    }
    response.headers.append(exchange->decision.headers);
    write(*exchange, std::move(response));
}

void SandboxServer::write(Exchange& exchange, SandboxResponse response)
{
    if (!exchange.socket || exchange.socket->state() != QAbstractSocket::ConnectedState) {
        finish(exchange, 0);
        return;
    }
    const Fault::Action mode = exchange.decision.action ? exchange.decision.action->action : Fault::Action::None;
    QByteArray body = response.body;
    qint64 announced = body.size();
    if (mode == Fault::Action::Malformed) {
        response.status = 200;
        body = MalformedBody;
        announced = body.size();
    } else if (mode == Fault::Action::Truncate) {
        response.status = 200;
        body = body.left(body.size() / 2);
        announced = body.size();
    } else if (mode == Fault::Action::Close) {
        body = body.left(body.size() / 2); // but announce the full length
    }
    if (exchange.request.method == "HEAD")
        body.clear(); // a HEAD answer announces a length but carries no body
    QHttpServerResponder& responder = exchange.responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : std::as_const(response.headers))
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(announced));
    responder.writeBody(body);
    if (mode == Fault::Action::Close) {
        exchange.socket->flush();
        exchange.socket->disconnectFromHost();
    }
    finish(exchange, response.status);
}

void SandboxServer::finish(Exchange& exchange, int status)
{
    const qint64 elapsed = exchange.timer.elapsed();
    if (m_tcpServer && exchange.socket)
        m_tcpServer->requestAnswered(exchange.socket);
    if (exchange.recordId != 0)
        m_requestLog.setOutcome(exchange.recordId, status, elapsed);
    // The path is logged percent-encoded and without its query, so no secret or control character shows.
    qCInfo(lcSandbox).noquote() << QString::fromLatin1(exchange.request.method)
                                << QString::fromLatin1(QUrl::toPercentEncoding(exchange.request.path, "/"))
                                << (status == 0 ? u"-"_s : QString::number(status)) << elapsed << "ms";
    Q_EMIT requestFinished(exchange.recordId, status);
}

void SandboxServer::recordRefused(const RefusedRequest& request)
{
    const QUrl target(QString::fromLatin1(request.target));
    const QString path = target.path();
    QByteArray method = request.method;
    if (!QByteArrayList {"GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS", "CONNECT", "TRACE"}.contains(
            method))
        method = "UNKNOWN"_ba; // as Qt HttpServer names a method it does not know
    if (!path.startsWith(u"/_sandbox"_s)) {
        RequestRecord record;
        record.method = method;
        record.path = path;
        record.query = target.query(QUrl::FullyEncoded);
        record.headers = request.headers;
        record.bodyBytes = HttpHeaders::value(request.headers, "Content-Length"_ba).toLongLong();
        const qint64 id = m_requestLog.append(std::move(record));
        m_requestLog.setOutcome(id, request.status, 0);
        Q_EMIT requestFinished(id, request.status);
    }
    qCInfo(lcSandbox).noquote() << QString::fromLatin1(method)
                                << QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) << request.status
                                << "(refused by the connection layer)";
}

SandboxResponse SandboxServer::handleControl(const SandboxRequest& request)
{
    const bool faults = request.path == u"/_sandbox/faults"_s;
    const bool requests = request.path == u"/_sandbox/requests"_s;
    if (!faults && !requests)
        return SandboxResponse::problem(ApiProblem::notFound(u"No control endpoint %1"_s.arg(request.path)));
    const QByteArrayList allowed = faults ? QByteArrayList {"GET", "POST", "DELETE"} : QByteArrayList {"GET", "DELETE"};
    if (!allowed.contains(request.method)) {
        ApiProblem problem = ApiProblem::make(405, u"method_not_allowed"_s,
            u"Allowed on %1: %2"_s.arg(request.path, QString::fromLatin1(allowed.join(", "))));
        problem.headers.append({"Allow"_ba, allowed.join(", ")});
        return SandboxResponse::problem(problem);
    }
    if (auto problem = m_api.checkAuthorization(request))
        return SandboxResponse::problem(*problem);

    if (requests) {
        if (request.method == "DELETE")
            m_requestLog.clear();
        QJsonArray list;
        for (const RequestRecord& record : m_requestLog.records()) {
            QJsonObject headers;
            for (const auto& [name, value] : record.headers)
                headers.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
            list.append(QJsonObject {{u"method"_s, QString::fromLatin1(record.method)}, {u"path"_s, record.path},
                {u"query"_s, record.query}, {u"headers"_s, headers}, {u"body"_s, QString::fromUtf8(record.body)},
                {u"bodyBytes"_s, record.bodyBytes}, {u"status"_s, record.status},
                {u"durationMs"_s, record.durationMs}});
        }
        return SandboxResponse::json({{u"requests"_s, list}});
    }

    if (request.method == "DELETE") {
        m_faults.clear();
    } else if (request.method == "POST") {
        const auto body = ExpressApi::jsonObjectBody(request);
        if (const auto* problem = std::get_if<ApiProblem>(&body))
            return SandboxResponse::problem(*problem);
        const QJsonValue spec = std::get<QJsonObject>(body).value(u"spec"_s);
        QString error;
        if (!spec.isString() || !addFault(spec.toString(), &error)) {
            return SandboxResponse::problem(
                ApiProblem::validation(u"spec"_s, spec.isString() ? error : u"spec must be a fault spec string"_s));
        }
    }
    QJsonArray list;
    for (const Fault& fault : m_faults.faults())
        list.append(fault.toSpec());
    return SandboxResponse::json({{u"faults"_s, list}});
}

} // namespace Sandbox
