// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/RequestLog.h"

namespace Sandbox {

RequestLog::RequestLog(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

qint64 RequestLog::append(RequestRecord record)
{
    record.id = m_nextId++;
    m_records.append(std::move(record));
    if (m_records.size() > m_capacity)
        m_records.removeFirst();
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
}

} // namespace Sandbox
