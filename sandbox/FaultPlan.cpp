// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/FaultPlan.h"

namespace Sandbox {

void FaultPlan::add(const Fault& fault)
{
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    m_faults.clear();
}

FaultPlan::Decision FaultPlan::take(const QByteArray& method, const QString& path)
{
    Decision decision;
    for (auto it = m_faults.begin(); it != m_faults.end();) {
        const bool applies = it->matches(method, path) && (it->action == Fault::Action::None || !decision.action);
        if (!applies) {
            ++it;
            continue;
        }
        if (it->skip > 0) {
            --it->skip;
            ++it;
            continue;
        }
        decision.latencyMs += it->latencyMs;
        decision.headers.append(it->headers());
        if (it->action != Fault::Action::None)
            decision.action = *it;
        if (it->remaining != Fault::Unlimited && --it->remaining <= 0)
            it = m_faults.erase(it);
        else
            ++it;
    }
    return decision;
}

} // namespace Sandbox
