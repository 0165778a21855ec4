// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/RequestRecord.h"

#include <QByteArrayList>
#include <QList>

#include <optional>

namespace Sandbox {

// The most recent requests received by the sandbox: at most `capacity` records and about `byteBudget` bytes,
// oldest dropped first. Header values are redacted on the way in, except for a short allow-list.
class RequestLog
{
public:
    static constexpr qsizetype DefaultCapacity = 1000;
    static constexpr qsizetype DefaultByteBudget = 8 * 1024 * 1024;

    explicit RequestLog(qsizetype capacity = DefaultCapacity, qsizetype byteBudget = DefaultByteBudget);

    // Stores the record (assigning its id and redacting its headers) and returns the id.
    qint64 append(RequestRecord record);
    void setOutcome(qint64 id, int status, qint64 durationMs);

    QList<RequestRecord> records() const { return m_records; }
    std::optional<RequestRecord> last() const;
    qsizetype size() const { return m_records.size(); }
    // The approximate memory the records hold (at most about the byte budget).
    qsizetype bytes() const { return m_bytes; }
    qsizetype byteBudget() const { return m_byteBudget; }
    void clear();

    // Headers whose values are kept as sent (case-insensitive names), besides the default allow-list
    // (Content-Type, Content-Length, Accept, User-Agent, x-stainless-*, Idempotency-Key, ...); for tests that check
    // a header of their own. Credentials (Authorization, Cookie, X-Api-Key, ...) stay redacted whatever is listed.
    void showHeaderValues(const QByteArrayList& names);
    // Whether a header's value is kept as sent.
    bool showsHeaderValue(const QByteArray& name) const;

private:
    QList<RequestRecord> m_records;
    qsizetype m_capacity;
    qsizetype m_byteBudget;
    qsizetype m_bytes = 0;
    qint64 m_nextId = 1;
    QByteArrayList m_shownHeaders;
};

} // namespace Sandbox
