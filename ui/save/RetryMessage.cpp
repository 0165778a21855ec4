// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "RetryMessage.h"

#include <QCoreApplication>

namespace RetryMessage {

int wholeSeconds(std::chrono::milliseconds delay)
{
    return qMax(1, int((delay.count() + 999) / 1000));
}

QString text(std::chrono::milliseconds delay, const ApiError& cause)
{
    const int seconds = wholeSeconds(delay);
    switch (cause.kind) {
    case ApiError::Kind::RateLimited:
        return QCoreApplication::translate("RetryMessage", "Rate limited; retrying in %n s…", nullptr, seconds);
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate(
            "RetryMessage", "The server did not answer in time; retrying in %n s…", nullptr, seconds);
    case ApiError::Kind::Connection:
        return QCoreApplication::translate(
            "RetryMessage", "Cannot reach the server; retrying in %n s…", nullptr, seconds);
    case ApiError::Kind::ServerError:
        return QCoreApplication::translate(
            "RetryMessage", "The server failed (%1); retrying in %n s…", nullptr, seconds)
            .arg(cause.httpStatus);
    default:
        return QCoreApplication::translate("RetryMessage", "The request failed; retrying in %n s…", nullptr, seconds);
    }
}

} // namespace RetryMessage
