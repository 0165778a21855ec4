// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

// How many calls may be in flight at once when many go out side by side (BulkRunner, a bulk change): up to a maximum,
// halved when the server says 429 (once per burst: the calls in flight together count once), with no new starts for
// as long as the server asked (Retry-After) or a second, and one more again after each full round of successes.
class AdaptiveConcurrency : public QObject
{
    Q_OBJECT

public:
    // How long new starts wait after a 429 that named no delay.
    static constexpr std::chrono::milliseconds kDefaultPause {1000};

    explicit AdaptiveConcurrency(int maximum = 6, QObject* parent = nullptr);

    int maximum() const { return m_maximum; }
    // At least 1; the limit starts again from it.
    void setMaximum(int maximum);
    int limit() const { return m_limit; }
    // A 429's wait is on: nothing new may start.
    bool isPaused() const { return m_pause.isActive(); }
    // Whether another call may start while inFlight calls are going.
    bool allows(int inFlight) const { return !isPaused() && inFlight < m_limit; }

    // The limit back at the maximum, no wait, for a new run.
    void reset();
    void recordSuccess();
    // Any failure but a 429: the round of successes starts again.
    void recordFailure();
    // A 429 (also one the client will retry by itself): the limit halves unless a wait is already on, and nothing
    // starts for wait (or kDefaultPause), or longer if a wait already runs longer.
    void recordRateLimit(std::optional<std::chrono::milliseconds> wait);

Q_SIGNALS:
    void limitChanged(int limit);
    // The wait after a 429 is over: more may start.
    void resumed();

private:
    void setLimit(int limit);

    int m_maximum;
    int m_limit;
    int m_successStreak = 0;
    QTimer m_pause;
};
