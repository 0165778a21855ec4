// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ApiCall.h"

#include "core/api/OneShotBody.h"
#include "core/common/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

RetryPolicy policyFor(const ClientOptions& options)
{
    RetryPolicy policy;
    policy.setMaxRetries(options.maxRetries);
    policy.setBaseDelay(options.retryBaseDelay);
    policy.setMaxDelay(options.retryMaxDelay);
    return policy;
}

QString origin(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// Where a redirect pointed: the Location header (the attribute is not set when Qt refused to follow).
QUrl redirectTarget(const QNetworkReply& reply)
{
    QUrl target = QUrl::fromEncoded(reply.rawHeader("Location"));
    if (target.isEmpty())
        target = reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    return target.isEmpty() ? QUrl() : reply.url().resolved(target);
}

} // namespace

ApiCall::ApiCall(Id id, QNetworkAccessManager* nam, const ClientOptions& options, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_nam(nam)
    , m_options(options)
    , m_endpoint(options)
    , m_policy(policyFor(options))
    , m_errors(options.profileName, options.apiKey, ApiErrorFactory::serverName(options.baseUrl))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a server's Retry-After and the timeout are kept exactly.
    m_attemptTimer.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiCall::onAttemptTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    dropReply();
}

void ApiCall::start(const ApiRequest& request, SuccessHandler onSuccess)
{
    m_request = request;
    m_onSuccess = std::move(onSuccess);
    QTimer::singleShot(0, this, &ApiCall::sendAttempt);
}

void ApiCall::refuse(const ApiError& error)
{
    // fail() does nothing once the call has ended (cancelled in the meantime).
    QTimer::singleShot(0, this, [this, error] { fail(error, false); });
}

void ApiCall::send(const ApiRequest& request, SuccessHandler onSuccess)
{
    m_request = request;
    m_onSuccess = std::move(onSuccess);
    m_attempts = 0;
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    if (m_finished)
        return;
    if (const std::optional<ApiError> refusal = m_endpoint.check()) {
        fail(*refusal, false);
        return;
    }
    m_abort = Abort::None;
    m_lastStatus = 0;
    m_sslErrors.clear();
    const QNetworkRequest request = m_endpoint.networkRequest(m_request, m_attempts);
    if (m_request.body) {
        // Read once: a broken connection fails the attempt (ContentReSendError) instead of a resend by Qt.
        auto* body = new OneShotBody(*m_request.body, this);
        m_reply = m_nam->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_nam->sendCustomRequest(request, m_request.method);
    }
    ++m_attempts;
    m_attemptClock.start();
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::onDownloadProgress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the handshake fails closed. Kept to explain the failure.
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    if (m_options.attemptTimeout.count() > 0)
        m_attemptTimer.start(m_options.attemptTimeout);
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_lastStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_options.maxResponseBytes)
        abortReply(Abort::TooLarge);
}

void ApiCall::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_reply && (received > m_options.maxResponseBytes || total > m_options.maxResponseBytes))
        abortReply(Abort::TooLarge);
}

void ApiCall::onAttemptTimeout()
{
    abortReply(Abort::Timeout);
}

void ApiCall::abortReply(Abort reason)
{
    if (!m_reply || m_abort != Abort::None)
        return;
    m_abort = reason;
    // Emits finished() at once; onFinished() reads m_abort.
    m_reply->abort();
}

void ApiCall::dropReply()
{
    m_attemptTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    m_attemptTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();

    // Transport failures and HTTP statuses are kept apart: QNAM flags a 404 as an error too.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const ApiErrorFactory::Headers headers = reply->rawHeaderPairs();

    RetryPolicy::Attempt attempt;
    ApiError error;
    if (m_abort == Abort::TooLarge) {
        logAttempt(u"too large"_s);
        fail(m_errors.tooLarge(m_options.maxResponseBytes, status ? status : m_lastStatus), m_request.changesState());
        return;
    }
    if (m_abort == Abort::Timeout) {
        logAttempt(u"timeout"_s);
        attempt.failure = RetryPolicy::Failure::Timeout;
        error = m_errors.timedOut(m_options.attemptTimeout);
    } else if (networkError == QNetworkReply::InsecureRedirectError
        || networkError == QNetworkReply::TooManyRedirectsError) {
        logAttempt(QString::number(status));
        attempt.failure = RetryPolicy::Failure::NotRetryable;
        error = m_errors.redirectRefused(origin(redirectTarget(*reply)), status);
    } else if (status >= 200 && status <= 299 && networkError == QNetworkReply::NoError) {
        logAttempt(QString::number(status));
        const QByteArray body = reply->readAll();
        if (body.size() > m_options.maxResponseBytes) {
            fail(m_errors.tooLarge(m_options.maxResponseBytes, status), m_request.changesState());
            return;
        }
        // A copy: the handler may replace m_onSuccess (send() for the next page) while it runs.
        const SuccessHandler handler = m_onSuccess;
        if (handler)
            handler(body);
        return;
    } else if (status >= 400) {
        logAttempt(QString::number(status));
        attempt.failure = RetryPolicy::Failure::HttpStatus;
        attempt.httpStatus = status;
        attempt.shouldRetry = ApiErrorFactory::header(headers, "x-should-retry");
        attempt.retryAfterMs = ApiErrorFactory::header(headers, "retry-after-ms");
        attempt.retryAfter = ApiErrorFactory::header(headers, "retry-after");
        error = m_errors.fromHttpStatus(status, reply->readAll(), headers);
        error.retryAfter = m_policy.serverDelay(attempt.retryAfterMs, attempt.retryAfter);
        error.serverForbidsRetry = RetryPolicy::parseShouldRetry(attempt.shouldRetry) == std::optional<bool>(false);
    } else if (status != 0 && networkError == QNetworkReply::NoError) {
        // 1xx or 3xx that was not followed.
        logAttempt(QString::number(status));
        attempt.failure = RetryPolicy::Failure::NotRetryable;
        error = status >= 300 && status <= 399
            ? m_errors.redirectRefused(origin(redirectTarget(*reply)), status)
            : m_errors.invalidResponse(tr("unexpected status %1.").arg(status), status);
    } else {
        logAttempt(u"- (%1)"_s.arg(int(networkError)));
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            attempt.failure = RetryPolicy::Failure::NotSent;
            error = m_errors.connectionFailed(reply->errorString());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            attempt.failure = RetryPolicy::Failure::NotRetryable;
            error = m_errors.tlsFailed(m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "_s));
            break;
        case QNetworkReply::TimeoutError:
            attempt.failure = RetryPolicy::Failure::Timeout;
            error = m_errors.timedOut(m_options.attemptTimeout);
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // Qt would have resent a OneShotBody: the connection broke after it
            attempt.failure = RetryPolicy::Failure::Connection;
            error = m_errors.connectionLost();
            break;
        default:
            attempt.failure = RetryPolicy::Failure::Connection;
            error = m_errors.connectionFailed(reply->errorString());
            break;
        }
    }

    const bool mayHaveTakenEffect = m_request.changesState() && RetryPolicy::mayHaveTakenEffect(attempt);
    const RetryPolicy::Decision decision = m_policy.decide(attempt, m_attempts - 1, m_request.isCreate());
    if (!decision.retry) {
        fail(error, mayHaveTakenEffect);
        return;
    }
    m_ambiguous = m_ambiguous || mayHaveTakenEffect;
    error.attempts = m_attempts;
    // The SDKs' "info" level: retries, not every attempt.
    qCInfo(lcApi).noquote() << QString::fromLatin1(m_request.method) << m_request.path
                            << u"retrying in %1 ms (attempt %2)"_s.arg(decision.delay.count()).arg(m_attempts + 1);
    m_retryTimer.start(decision.delay);
    Q_EMIT retryScheduled(m_id, m_attempts + 1, decision.delay, error);
}

void ApiCall::failInvalidResponse(const QString& detail)
{
    if (!m_finished)
        endWithError(unreadableAnswer(detail));
}

ApiError ApiCall::unreadableAnswer(const QString& detail) const
{
    ApiError error = m_errors.invalidResponse(detail, 200);
    // A 2xx answer: whatever was asked was carried out.
    m_errors.complete(error, attempts(), m_request.changesState() || m_ambiguous, m_request.operation);
    return error;
}

void ApiCall::fail(ApiError error, bool mayHaveTakenEffect)
{
    if (m_finished)
        return;
    if (error.kind != ApiError::Kind::InvalidRequest)
        m_errors.complete(error, attempts(), mayHaveTakenEffect || m_ambiguous, m_request.operation);
    endWithError(error);
}

void ApiCall::succeed(const std::function<void()>& deliver)
{
    end(deliver);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    const bool inFlight = m_reply != nullptr;
    dropReply();
    m_retryTimer.stop();
    if (m_attempts > 0)
        logAttempt(u"cancelled"_s);
    ApiError error = m_errors.cancelled();
    // Not fail(): that counts an earlier ambiguous attempt even when the request now running changes nothing (the
    // read-again GET after a PATCH); a cancelled read-again does not say the change may have been made.
    m_errors.complete(error, attempts(), m_request.changesState() && (inFlight || m_ambiguous), m_request.operation);
    endWithError(error);
}

void ApiCall::endWithError(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Unauthorized)
        Q_EMIT keyRejected(error);
    end([this, error] {
        // A copy: the callback may destroy the client, and this call with it.
        const ErrorHandler handler = m_onError;
        if (handler)
            handler(error);
    });
}

void ApiCall::end(const std::function<void()>& deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    dropReply();
    m_retryTimer.stop();
    // The client may forget this call (and even be destroyed) in ended(); deliver only if it still exists.
    const QPointer<ApiCall> self(this);
    Q_EMIT ended(m_id);
    if (self && deliver)
        deliver();
}

void ApiCall::logAttempt(const QString& outcome) const
{
    // Never the URL's query or any header: method, path, outcome, time and attempt only.
    qCDebug(lcApi).noquote() << QString::fromLatin1(m_request.method) << m_request.path << outcome
                             << u"%1 ms"_s.arg(m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0)
                             << u"attempt %1"_s.arg(m_attempts);
}
