// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ApiErrorFactory.h"

#include "core/common/TextElision.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMaxRawText = 200;

QString shortened(const QString& text)
{
    return TextElision::elided(text.simplified(), kMaxRawText);
}

bool endsWithFullStop(const QString& text)
{
    return text.endsWith(u'.') && !text.endsWith(u".."_s);
}

// Ends the message's last sentence (unless it ends already) and adds another.
void appendSentence(QString& message, const QString& sentence)
{
    if (!message.isEmpty() && !message.endsWith(u'.') && !message.endsWith(u'!') && !message.endsWith(u'?')
        && !message.endsWith(u'…'))
        message += u'.';
    message += u' ' + sentence;
}

} // namespace

ApiErrorFactory::ApiErrorFactory(const QString& profileName, const QString& apiKey, const QString& server)
    : m_profileName(profileName)
    , m_apiKey(apiKey)
    , m_server(server)
{ }

QString ApiErrorFactory::serverName(const QUrl& baseUrl)
{
    const QString host = baseUrl.host();
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host;
    return baseUrl.port() == -1 ? shown : shown + u':' + QString::number(baseUrl.port());
}

QString ApiErrorFactory::profileHint() const
{
    return m_profileName.isEmpty() ? QString() : tr(" (profile “%1”)").arg(m_profileName);
}

ApiError ApiErrorFactory::fromHttpStatus(int httpStatus, const QByteArray& body, const Headers& headers) const
{
    ApiError error;
    error.kind = ApiError::kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    error.serverMessage = redact(serverMessage(body));
    error.requestId = redact(requestId(headers));

    QString text;
    switch (error.kind) {
    case ApiError::Kind::BadRequest:
        text = tr("The server could not understand the request (400).");
        break;
    case ApiError::Kind::Unauthorized:
        text = m_profileName.isEmpty()
            ? tr("The API key was refused (401). Check the key in the settings.")
            : tr("The API key was refused (401). Check the key for profile “%1”.").arg(m_profileName);
        break;
    case ApiError::Kind::Forbidden:
        text = m_profileName.isEmpty()
            ? tr("The API key is not allowed to do this (403). Check the key's permissions.")
            : tr("The API key is not allowed to do this (403). Check the permissions of the key for profile "
                 "“%1”.")
                  .arg(m_profileName);
        break;
    case ApiError::Kind::NotFound:
        text = tr("Not found (404): the customer or user does not exist, or was removed.");
        break;
    case ApiError::Kind::Conflict:
        text = tr("The server reported a conflict with the customer's current state (409).");
        break;
    case ApiError::Kind::UnprocessableEntity:
        text = tr("The server refused a value (422).");
        break;
    case ApiError::Kind::RateLimited:
        text = tr("The server is receiving too many requests (429)%1. Wait a moment and try again.").arg(profileHint());
        break;
    case ApiError::Kind::ClientError:
        text = tr("The server refused the request (%1).").arg(httpStatus);
        break;
    case ApiError::Kind::ServerError:
        text = tr("The server failed to handle the request (%1). Try again later.").arg(httpStatus);
        break;
    default:
        text = tr("The server answered with the unexpected status %1.").arg(httpStatus);
        break;
    }
    if (!error.serverMessage.isEmpty())
        text += u' ' + tr("The server said: “%1”").arg(error.serverMessage);
    error.message = text;

    return error;
}

ApiError ApiErrorFactory::connectionFailed(const QString& detail) const
{
    ApiError error;
    error.kind = ApiError::Kind::Connection;
    error.message = tr("Could not reach the server %1%2: %3.").arg(m_server, profileHint(), redact(detail));
    return error;
}

ApiError ApiErrorFactory::connectionLost() const
{
    ApiError error;
    error.kind = ApiError::Kind::Connection;
    error.message =
        tr("The connection to the server %1%2 broke before its answer arrived.").arg(m_server, profileHint());
    return error;
}

ApiError ApiErrorFactory::tlsFailed(const QString& detail) const
{
    ApiError error;
    error.kind = ApiError::Kind::Connection;
    error.message = tr("The secure connection to %1%2 failed: its TLS certificate could not be verified (%3). "
                       "Nothing was sent. Check the base URL, the system's certificates or a proxy in between.")
                        .arg(m_server, profileHint(), redact(detail));
    return error;
}

ApiError ApiErrorFactory::timedOut(std::chrono::milliseconds timeout) const
{
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    const qint64 ms = timeout.count();
    error.message = ms % 1000 == 0
        ? tr("The server %1%2 did not answer within %n second(s).", nullptr, int(ms / 1000))
              .arg(m_server, profileHint())
        : tr("The server %1%2 did not answer within %n millisecond(s).", nullptr, int(ms)).arg(m_server, profileHint());
    return error;
}

ApiError ApiErrorFactory::invalidResponse(const QString& detail, int httpStatus) const
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.httpStatus = httpStatus;
    error.message = tr("The server's answer could not be used: %1").arg(redact(detail));
    return error;
}

ApiError ApiErrorFactory::tooLarge(qint64 limitBytes, int httpStatus) const
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.httpStatus = httpStatus;
    error.message = tr("The server's answer is larger than the limit of %n byte(s) and was not read.", nullptr,
        int(qMin<qint64>(limitBytes, std::numeric_limits<int>::max())));
    return error;
}

ApiError ApiErrorFactory::redirectRefused(const QString& target, int httpStatus) const
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.httpStatus = httpStatus;
    error.message = tr("The server redirected the request to another site (%1). It was not followed, so the API "
                       "key was not sent there. Check the base URL.")
                        .arg(target.isEmpty() ? tr("unknown address") : redact(target));
    return error;
}

ApiError ApiErrorFactory::cancelled() const
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("Cancelled.");
    return error;
}

ApiError ApiErrorFactory::invalidRequest(const QString& message)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.attempts = 0;
    error.message = message;
    return error;
}

void ApiErrorFactory::complete(
    ApiError& error, int attempts, bool mayHaveTakenEffect, ApiRequest::Operation operation) const
{
    error.attempts = attempts;
    error.mayHaveTakenEffect = mayHaveTakenEffect;
    // "… refused (3 attempts). The change may have been made anyway; …": one full stop between sentences.
    if (attempts > 1) {
        if (endsWithFullStop(error.message))
            error.message.chop(1);
        error.message += u' ' + tr("(%n attempt(s))", nullptr, attempts) + u'.';
    }
    if (mayHaveTakenEffect) {
        appendSentence(error.message,
            operation == ApiRequest::Operation::Create
                ? tr("The customer may have been created; check the list before trying again.")
                : tr("The change may have been made anyway; reload before trying again."));
    }
    if (!error.requestId.isEmpty())
        error.message += u' ' + tr("(request id %1)").arg(error.requestId);
    error.message = redact(error.message);
}

QString ApiErrorFactory::serverMessage(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        if (const QJsonValue message = object.value("message"_L1); message.isString() && !message.toString().isEmpty())
            return shortened(message.toString());
        const QJsonValue errorValue = object.value("error"_L1);
        if (errorValue.isString() && !errorValue.toString().isEmpty())
            return shortened(errorValue.toString());
        if (const QJsonValue nested = errorValue.toObject().value("message"_L1); nested.isString())
            return shortened(nested.toString());
        if (const QJsonValue detail = object.value("detail"_L1); detail.isString() && !detail.toString().isEmpty())
            return shortened(detail.toString());
    }
    return shortened(QString::fromUtf8(body));
}

QString ApiErrorFactory::requestId(const Headers& headers)
{
    static const QByteArray names[] = {"x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id",
        "x-correlation-id", "x-trace-id", "cf-ray"};
    for (const QByteArray& name : names) {
        const QByteArray value = header(headers, name).trimmed();
        if (!value.isEmpty())
            return shortened(QString::fromLatin1(value));
    }
    return {};
}

QByteArray ApiErrorFactory::header(const Headers& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiErrorFactory::redact(const QString& text) const
{
    if (m_apiKey.isEmpty() || !text.contains(m_apiKey))
        return text;
    QString copy = text;
    return copy.replace(m_apiKey, u"[redacted]"_s);
}
