// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

// When and after how long a failed attempt is tried again: the vendor SDKs' rules (connection failures,
// timeouts, 408, 409, 429, 5xx; X-Should-Retry overrides; retry-after-ms, then Retry-After, when in (0, 60] s;
// else 0.5 s × 2^(retry−1) capped at 8 s, times a random factor in [0.75, 1]), plus our own rule for create,
// which has no idempotency key: it is retried only when it certainly was not processed. Pure; the random
// factor and the clock are injectable.
class RetryPolicy
{
public:
    // Returns the factor the backoff is multiplied by; the default draws it uniformly from [0.75, 1].
    using Jitter = std::function<double()>;
    using Clock = std::function<QDateTime()>;

    enum class Failure {
        NotSent, // connection refused, host not found: the request certainly did not reach the server
        Connection, // the connection failed or closed after the request may have been sent
        Timeout, // no complete answer in time
        HttpStatus, // the server answered with an error status
        NotRetryable, // anything else (TLS failure, unreadable answer, refused redirect)
    };

    // One failed attempt, as far as the rules need it. Header values are raw (empty when absent).
    struct Attempt
    {
        Failure failure = Failure::NotRetryable;
        int httpStatus = 0;
        QByteArray shouldRetry; // X-Should-Retry
        QByteArray retryAfterMs; // retry-after-ms
        QByteArray retryAfter; // Retry-After
    };

    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay {0};
    };

    RetryPolicy();

    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries) { m_maxRetries = qMax(0, retries); }
    void setBaseDelay(std::chrono::milliseconds delay) { m_baseDelay = delay; }
    void setMaxDelay(std::chrono::milliseconds delay) { m_maxDelay = delay; }
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Whether another attempt follows retriesSoFar retries, and after how long.
    Decision decide(const Attempt& attempt, int retriesSoFar, bool isCreate) const;
    // The rule alone, without counting: would this failure be retried?
    static bool isRetryable(const Attempt& attempt, bool isCreate);
    // 408, 409, 429 and 5xx.
    static bool isRetryableStatus(int httpStatus);
    // "true"/"false" (case-insensitive, trimmed); nullopt for anything else.
    static std::optional<bool> parseShouldRetry(const QByteArray& value);
    // The delay the server asked for, when usable (in (0, 60] s). retry-after-ms wins when it parses, even
    // if its value is then out of range (as in the SDKs); else Retry-After as seconds (decimals allowed) or
    // an HTTP date (measured from the clock).
    std::optional<std::chrono::milliseconds> serverDelay(
        const QByteArray& retryAfterMs, const QByteArray& retryAfter) const;
    // The computed delay before retry number `retry` (1 for the first retry), jitter included.
    std::chrono::milliseconds backoff(int retry) const;
    // Whether a failed non-GET attempt may still have been carried out by the server.
    static bool mayHaveTakenEffect(const Attempt& attempt);

    static constexpr std::chrono::milliseconds kMaxServerDelay {60000};

private:
    int m_maxRetries = 2;
    std::chrono::milliseconds m_baseDelay {500};
    std::chrono::milliseconds m_maxDelay {8000};
    Jitter m_jitter;
    Clock m_clock;
};
