// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "AdaptiveConcurrency.h"

#include <algorithm>

using std::chrono::milliseconds;

AdaptiveConcurrency::AdaptiveConcurrency(int maximum, QObject* parent)
    : QObject(parent)
    , m_maximum(qMax(1, maximum))
    , m_limit(m_maximum)
{
    m_pause.setSingleShot(true);
    // Never sooner than the server asked (a coarse timer may fire 5 % early).
    m_pause.setTimerType(Qt::PreciseTimer);
    connect(&m_pause, &QTimer::timeout, this, &AdaptiveConcurrency::resumed);
}

void AdaptiveConcurrency::setMaximum(int maximum)
{
    m_maximum = qMax(1, maximum);
    m_successStreak = 0;
    m_limit = m_maximum;
    Q_EMIT limitChanged(m_limit);
}

void AdaptiveConcurrency::reset()
{
    m_pause.stop();
    m_successStreak = 0;
    setLimit(m_maximum);
}

void AdaptiveConcurrency::recordSuccess()
{
    // Back up slowly: one more after a full round of successes.
    if (m_limit < m_maximum && ++m_successStreak >= m_limit) {
        m_successStreak = 0;
        setLimit(m_limit + 1);
    }
}

void AdaptiveConcurrency::recordFailure()
{
    m_successStreak = 0;
}

void AdaptiveConcurrency::recordRateLimit(std::optional<milliseconds> wait)
{
    // One burst of 429s (the calls in flight together) halves once.
    if (!m_pause.isActive())
        setLimit(qMax(1, m_limit / 2));
    m_successStreak = 0;
    const milliseconds remaining(m_pause.isActive() ? m_pause.remainingTime() : 0);
    m_pause.start(std::max(remaining, wait.value_or(kDefaultPause)));
}

void AdaptiveConcurrency::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged(m_limit);
}
