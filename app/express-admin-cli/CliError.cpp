// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliError.h"

#include <QJsonArray>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

CliError CliError::invalidInput(const QString& message, const QStringList& details)
{
    return CliError {ExitCode::InvalidInput, u"InvalidInput"_s, 0, message, details, {}};
}

CliError CliError::fromApiError(const ApiError& error)
{
    const char* kindName = QMetaEnum::fromType<ApiError::Kind>().valueToKey(static_cast<int>(error.kind));
    CliError result;
    result.exitCode = exitCodeFor(error);
    result.kind = kindName ? QString::fromLatin1(kindName) : u"Unknown"_s;
    result.httpStatus = error.httpStatus;
    result.message = error.message;
    if (!error.requestId.isEmpty())
        result.extra.insert(u"requestId"_s, error.requestId);
    if (error.mayHaveTakenEffect)
        result.extra.insert(u"mayHaveTakenEffect"_s, true);
    return result;
}

ExitCode CliError::exitCodeFor(const ApiError& error)
{
    // The status decides first: any 4xx is a refusal, whatever kind the client gave it.
    if (error.httpStatus >= 400 && error.httpStatus < 500)
        return ExitCode::ApiRefused;
    if (error.httpStatus >= 500)
        return ExitCode::Unreachable;
    switch (error.kind) {
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::UnprocessableEntity:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::ClientError:
        return ExitCode::ApiRefused;
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Connection:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
        return ExitCode::Unreachable;
    case ApiError::Kind::InvalidRequest:
        return ExitCode::InvalidInput;
    case ApiError::Kind::Cancelled:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

ExitCode CliError::exitCodeForKind(const QString& kind)
{
    if (kind == u"InvalidInput"_s)
        return ExitCode::InvalidInput;
    if (kind == u"NotExact"_s || kind == u"Uncertain"_s)
        return ExitCode::NotExact;
    bool known = false;
    const int value = QMetaEnum::fromType<ApiError::Kind>().keyToValue(kind.toLatin1().constData(), &known);
    if (!known)
        return ExitCode::Failure;
    ApiError error;
    error.kind = static_cast<ApiError::Kind>(value);
    return exitCodeFor(error);
}

QJsonObject CliError::toJson() const
{
    QJsonObject error = extra;
    error.insert(u"kind"_s, kind);
    error.insert(u"status"_s, httpStatus != 0 ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null));
    error.insert(u"message"_s, message);
    if (!details.isEmpty())
        error.insert(u"details"_s, QJsonArray::fromStringList(details));
    return QJsonObject {{u"error"_s, error}};
}
