// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/RequestLog.h"

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Values that describe the request, not who sends it: kept as sent.
const QByteArrayList AllowedHeaders {"accept", "accept-encoding", "accept-language", "connection", "content-length",
    "content-type", "expect", "host", "idempotency-key", "transfer-encoding", "user-agent"};
// The vendor SDKs' own headers (x-stainless-retry-count, x-stainless-lang, ...) carry no secret.
const QByteArray AllowedPrefix = "x-stainless-"_ba;
// Credentials: never kept, even when a test asks to see a header's value.
const QByteArrayList SecretHeaders {"authorization", "proxy-authorization", "cookie", "x-api-key"};

} // namespace

RequestLog::RequestLog(qsizetype capacity, qsizetype byteBudget)
    : m_capacity(qMax<qsizetype>(1, capacity))
    , m_byteBudget(qMax<qsizetype>(1, byteBudget))
{ }

qint64 RequestLog::append(RequestRecord record)
{
    for (auto& [name, value] : record.headers) {
        if (showsHeaderValue(name))
            continue;
        const bool bearer = value.trimmed().left(7).compare("bearer ", Qt::CaseInsensitive) == 0;
        value = bearer ? "Bearer [redacted]"_ba : "[redacted]"_ba;
    }
    record.id = m_nextId++;
    m_bytes += record.approximateBytes();
    m_records.append(std::move(record));
    // The newest record always stays, even alone over the budget (its body is at most the 1 MiB request limit).
    while (m_records.size() > 1 && (m_records.size() > m_capacity || m_bytes > m_byteBudget)) {
        m_bytes -= m_records.first().approximateBytes();
        m_records.removeFirst();
    }
    return m_records.last().id;
}

void RequestLog::setOutcome(qint64 id, int status, qint64 durationMs)
{
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
        if (it->id == id) {
            it->status = status;
            it->durationMs = durationMs;
            return;
        }
    }
}

std::optional<RequestRecord> RequestLog::last() const
{
    if (m_records.isEmpty())
        return std::nullopt;
    return m_records.last();
}

void RequestLog::clear()
{
    m_records.clear();
    m_bytes = 0;
}

void RequestLog::showHeaderValues(const QByteArrayList& names)
{
    for (const QByteArray& name : names)
        m_shownHeaders.append(name.toLower());
}

bool RequestLog::showsHeaderValue(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    if (SecretHeaders.contains(lower))
        return false;
    return AllowedHeaders.contains(lower) || lower.startsWith(AllowedPrefix) || m_shownHeaders.contains(lower);
}

} // namespace Sandbox
