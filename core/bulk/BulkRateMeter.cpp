// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkRateMeter.h"

#include <QElapsedTimer>

#include <cmath>
#include <memory>

BulkRateMeter::BulkRateMeter(std::chrono::milliseconds window, Clock clock)
    : m_window(window)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [timer = std::make_shared<QElapsedTimer>()] {
            if (!timer->isValid())
                timer->start();
            return timer->elapsed();
        };
    }
    restart();
}

void BulkRateMeter::restart()
{
    m_started = m_clock();
    m_settled.clear();
}

void BulkRateMeter::recordSettled()
{
    const qint64 now = m_clock();
    m_settled.push_back(now);
    dropOld(now);
}

void BulkRateMeter::dropOld(qint64 now) const
{
    while (!m_settled.empty() && now - m_settled.front() >= m_window.count())
        m_settled.pop_front();
}

double BulkRateMeter::rate() const
{
    const qint64 now = m_clock();
    dropOld(now);
    if (m_settled.empty())
        return 0;
    // Over the window, or over the time since the start when that is shorter (at least a tenth of a second, so that
    // the first answers do not promise a pace of thousands per second).
    const qint64 span = qMax<qint64>(100, qMin<qint64>(m_window.count(), now - m_started));
    return double(m_settled.size()) * 1000.0 / double(span);
}

std::optional<std::chrono::seconds> BulkRateMeter::timeLeft(int left) const
{
    const double perSecond = rate();
    if (perSecond <= 0)
        return std::nullopt;
    return std::chrono::seconds(qint64(std::ceil(double(qMax(0, left)) / perSecond)));
}
