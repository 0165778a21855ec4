// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/Fault.h"

#include <QStringList>

#include <cmath>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<Fault> failure(QString* errorMessage, const QString& message)
{
    if (errorMessage)
        *errorMessage = message;
    return std::nullopt;
}

bool parseMilliseconds(const QString& text, int* out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 600000)
        return false;
    *out = value;
    return true;
}

const char* actionName(Fault::Action action)
{
    switch (action) {
    case Fault::Action::Malformed:
        return "malformed";
    case Fault::Action::Truncate:
        return "truncate";
    case Fault::Action::Close:
        return "close";
    case Fault::Action::Hang:
        return "hang";
    case Fault::Action::Stale:
        return "stale";
    default:
        return "";
    }
}

} // namespace

bool Fault::isSupportedStatus(int status)
{
    // Only statuses Qt HttpServer 6.4 has a reason phrase for.
    static const QList<int> supported {400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
        416, 417, 421, 422, 423, 424, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511};
    return supported.contains(status);
}

bool Fault::matches(const QByteArray& requestMethod, const QString& requestPath) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (path.isEmpty())
        return true;
    if (path.endsWith(u'*'))
        return requestPath.startsWith(path.chopped(1));
    return requestPath == path;
}

QList<QPair<QByteArray, QByteArray>> Fault::headers() const
{
    QList<QPair<QByteArray, QByteArray>> list;
    if (!retryAfter.isEmpty())
        list.append({"Retry-After"_ba, retryAfter});
    if (!retryAfterMs.isEmpty())
        list.append({"retry-after-ms"_ba, retryAfterMs});
    if (shouldRetry)
        list.append({"X-Should-Retry"_ba, *shouldRetry ? "true"_ba : "false"_ba});
    return list;
}

QString Fault::toSpec() const
{
    QStringList items;
    if (action == Action::Status)
        items.append(u"status=%1"_s.arg(status));
    else if (action != Action::None)
        items.append(QString::fromLatin1(actionName(action)));
    if (latencyMs > 0)
        items.append(u"latency=%1"_s.arg(latencyMs));
    if (!retryAfter.isEmpty())
        items.append(u"retry-after="_s + QString::fromLatin1(retryAfter));
    if (!retryAfterMs.isEmpty())
        items.append(u"retry-after-ms="_s + QString::fromLatin1(retryAfterMs));
    if (shouldRetry)
        items.append(*shouldRetry ? u"should-retry=true"_s : u"should-retry=false"_s);
    if (!method.isEmpty())
        items.append(u"method="_s + QString::fromLatin1(method));
    if (!path.isEmpty())
        items.append(u"path="_s + path);
    if (skip > 0)
        items.append(u"after=%1"_s.arg(skip));
    items.append(remaining == Unlimited ? u"count=always"_s : u"count=%1"_s.arg(remaining));
    return items.join(u',');
}

std::optional<Fault> Fault::parse(const QString& spec, QString* errorMessage)
{
    Fault fault;
    bool countGiven = false;
    bool actionGiven = false;
    const auto setAction = [&](Action action) {
        if (actionGiven)
            return false;
        fault.action = action;
        actionGiven = true;
        return true;
    };
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty())
        return failure(errorMessage, u"empty fault spec"_s);
    for (const QString& rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype equals = item.indexOf(u'=');
        const QString key = (equals < 0 ? item : item.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        const bool hasValue = equals >= 0;
        if (key == u"status"_s) {
            bool ok = false;
            const int status = value.toInt(&ok);
            if (!ok || !isSupportedStatus(status))
                return failure(errorMessage, u"status=%1: not a supported HTTP status"_s.arg(value));
            if (!setAction(Action::Status))
                return failure(
                    errorMessage, u"only one of status, malformed, truncate, close, hang, stale per fault"_s);
            fault.status = status;
        } else if (!hasValue
            && (key == u"malformed"_s || key == u"truncate"_s || key == u"close"_s || key == u"hang"_s
                || key == u"stale"_s)) {
            const Action action = key == u"malformed"_s ? Action::Malformed
                : key == u"truncate"_s                  ? Action::Truncate
                : key == u"close"_s                     ? Action::Close
                : key == u"hang"_s                      ? Action::Hang
                                                        : Action::Stale;
            if (!setAction(action))
                return failure(
                    errorMessage, u"only one of status, malformed, truncate, close, hang, stale per fault"_s);
        } else if (key == u"latency"_s) {
            if (!parseMilliseconds(value, &fault.latencyMs))
                return failure(errorMessage, u"latency=%1: expected milliseconds from 0 to 600000"_s.arg(value));
        } else if (key == u"count"_s) {
            bool ok = false;
            const int count = value.toInt(&ok);
            if (value == u"always"_s)
                fault.remaining = Unlimited;
            else if (ok && count >= 1)
                fault.remaining = count;
            else
                return failure(errorMessage, u"count=%1: expected a positive number or \"always\""_s.arg(value));
            countGiven = true;
        } else if (key == u"after"_s) {
            bool ok = false;
            fault.skip = value.toInt(&ok);
            if (!ok || fault.skip < 0)
                return failure(errorMessage, u"after=%1: expected a number of requests (0 or more)"_s.arg(value));
        } else if (key == u"retry-after"_s) {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds < 0)
                return failure(errorMessage, u"retry-after=%1: expected seconds (decimals allowed)"_s.arg(value));
            fault.retryAfter = value.toLatin1();
        } else if (key == u"retry-after-ms"_s) {
            int ms = 0;
            if (!parseMilliseconds(value, &ms))
                return failure(errorMessage, u"retry-after-ms=%1: expected milliseconds"_s.arg(value));
            fault.retryAfterMs = value.toLatin1();
        } else if (key == u"should-retry"_s) {
            if (value != u"true"_s && value != u"false"_s)
                return failure(errorMessage, u"should-retry=%1: expected true or false"_s.arg(value));
            fault.shouldRetry = value == u"true"_s;
        } else if (key == u"method"_s) {
            static const QStringList methods {
                u"GET"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s, u"PUT"_s, u"HEAD"_s, u"OPTIONS"_s};
            if (!methods.contains(value.toUpper()))
                return failure(errorMessage, u"method=%1: not an HTTP method"_s.arg(value));
            fault.method = value.toUpper().toLatin1();
        } else if (key == u"path"_s) {
            if (!value.startsWith(u'/'))
                return failure(errorMessage, u"path=%1: must start with /"_s.arg(value));
            fault.path = value;
        } else {
            return failure(errorMessage, u"unknown fault item \"%1\""_s.arg(item));
        }
    }
    if (!actionGiven && fault.latencyMs == 0)
        return failure(
            errorMessage, u"a fault needs one of status=, malformed, truncate, close, hang, stale or latency="_s);
    // Latency alone is a lasting condition; a misbehaviour happens once unless a count says otherwise.
    if (!countGiven)
        fault.remaining = actionGiven ? 1 : Unlimited;
    return fault;
}

} // namespace Sandbox
