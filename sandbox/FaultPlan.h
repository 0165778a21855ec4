// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Fault.h"

#include <QList>

#include <optional>

namespace Sandbox {

// The faults waiting to be applied, in the order they were added; consumes their counts.
class FaultPlan
{
public:
    // What to do with one request: extra latency, extra headers, at most one misbehaviour.
    struct Decision
    {
        int latencyMs = 0;
        std::optional<Fault> action;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void add(const Fault& fault);
    void clear();
    QList<Fault> faults() const { return m_faults; }
    bool isEmpty() const { return m_faults.isEmpty(); }

    // Applies to one request: every matching latency-only fault adds its latency, the first
    // matching misbehaving fault is chosen; each applied fault uses up one of its count.
    Decision take(const QByteArray& method, const QString& path);

private:
    QList<Fault> m_faults;
};

} // namespace Sandbox
