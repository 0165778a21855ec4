// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

// The pace of a bulk change: customers settled per second over the last window (10 s), and the time the rest will take
// at that pace. The clock is injectable for tests (milliseconds since any fixed point).
class BulkRateMeter
{
public:
    using Clock = std::function<qint64()>;

    explicit BulkRateMeter(std::chrono::milliseconds window = std::chrono::seconds(10), Clock clock = {});

    // Forgets what came before (a run started or resumed: the pace starts again).
    void restart();
    void recordSettled();
    // Per second; 0 until one customer has settled.
    double rate() const;
    std::optional<std::chrono::seconds> timeLeft(int left) const;

private:
    void dropOld(qint64 now) const;

    std::chrono::milliseconds m_window;
    Clock m_clock;
    qint64 m_started = 0;
    mutable std::deque<qint64> m_settled;
};
