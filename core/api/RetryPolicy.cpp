// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;

namespace {

std::optional<double> parseNumber(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<QDateTime> parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and other RFC 2822 forms.
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        date = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        if (date.isValid())
            date.setTimeZone(QTimeZone::utc());
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

RetryPolicy::RetryPolicy()
    : m_jitter([] { return 1.0 - 0.25 * QRandomGenerator::global()->generateDouble(); })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

RetryPolicy::Decision RetryPolicy::decide(const Attempt& attempt, int retriesSoFar, bool isCreate) const
{
    if (retriesSoFar >= m_maxRetries || !isRetryable(attempt, isCreate))
        return {};
    Decision decision;
    decision.retry = true;
    if (attempt.failure == Failure::HttpStatus) {
        if (const auto requested = serverDelay(attempt.retryAfterMs, attempt.retryAfter)) {
            decision.delay = *requested;
            return decision;
        }
    }
    decision.delay = backoff(retriesSoFar + 1);
    return decision;
}

bool RetryPolicy::isRetryable(const Attempt& attempt, bool isCreate)
{
    const std::optional<bool> override =
        attempt.failure == Failure::HttpStatus ? parseShouldRetry(attempt.shouldRetry) : std::nullopt;
    if (isCreate) {
        // No idempotency key: a create is tried again only when it certainly was not processed. The server's
        // X-Should-Retry may forbid even that, but never allows more.
        if (override == false)
            return false;
        return attempt.failure == Failure::NotSent
            || (attempt.failure == Failure::HttpStatus && attempt.httpStatus == 429);
    }
    switch (attempt.failure) {
    case Failure::NotSent:
    case Failure::Connection:
    case Failure::Timeout:
        return true;
    case Failure::HttpStatus:
        return override ? *override : isRetryableStatus(attempt.httpStatus);
    case Failure::NotRetryable:
        return false;
    }
    return false;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

std::optional<bool> RetryPolicy::parseShouldRetry(const QByteArray& value)
{
    const QByteArray text = value.trimmed().toLower();
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return std::nullopt;
}

std::optional<milliseconds> RetryPolicy::serverDelay(const QByteArray& retryAfterMs, const QByteArray& retryAfter) const
{
    std::optional<double> seconds;
    if (const auto ms = parseNumber(retryAfterMs))
        seconds = *ms / 1000.0;
    if (!seconds)
        seconds = parseNumber(retryAfter);
    if (!seconds && !retryAfter.trimmed().isEmpty()) {
        if (const auto date = parseHttpDate(retryAfter))
            seconds = double(m_clock().msecsTo(*date)) / 1000.0;
    }
    if (!seconds || *seconds <= 0 || *seconds > double(kMaxServerDelay.count()) / 1000.0)
        return std::nullopt;
    return milliseconds(qMax<qint64>(1, qint64(std::ceil(*seconds * 1000.0))));
}

milliseconds RetryPolicy::backoff(int retry) const
{
    const double exponent = qMax(0, retry - 1);
    const double base = qMin(double(m_baseDelay.count()) * std::pow(2.0, exponent), double(m_maxDelay.count()));
    const double factor = qBound(0.0, m_jitter ? m_jitter() : 1.0, 1.0);
    return milliseconds(qint64(std::llround(base * factor)));
}

bool RetryPolicy::mayHaveTakenEffect(const Attempt& attempt)
{
    switch (attempt.failure) {
    case Failure::Connection:
    case Failure::Timeout:
        return true;
    case Failure::HttpStatus:
        return attempt.httpStatus >= 500;
    case Failure::NotSent:
    case Failure::NotRetryable:
        return false;
    }
    return false;
}
