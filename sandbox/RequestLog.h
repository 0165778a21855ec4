// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/RequestRecord.h"

#include <QList>

#include <optional>

namespace Sandbox {

// The most recent requests received by the sandbox (a bounded list, oldest dropped first).
class RequestLog
{
public:
    explicit RequestLog(qsizetype capacity = 1000);

    // Stores the record (assigning its id) and returns the id.
    qint64 append(RequestRecord record);
    void setOutcome(qint64 id, int status, qint64 durationMs);

    QList<RequestRecord> records() const { return m_records; }
    std::optional<RequestRecord> last() const;
    qsizetype size() const { return m_records.size(); }
    void clear();

private:
    QList<RequestRecord> m_records;
    qsizetype m_capacity;
    qint64 m_nextId = 1;
};

} // namespace Sandbox
