// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

#include <chrono>
#include <optional>

// How far a bulk change has got, for a progress view: counts of its customers by outcome, the pace and the time left.
struct BulkProgress
{
    int total = 0; // customers in the run, excluded ones not counted
    int succeeded = 0; // changed as asked ("done")
    int skipped = 0; // already as asked: nothing sent
    int failed = 0; // not changed, or changed other than asked; uncertain ones included
    int uncertain = 0; // of failed: may have been changed (no answer came)
    int inFlight = 0; // being read or written now
    int excluded = 0;
    double rate = 0; // customers settled per second lately (the last 10 s)
    std::optional<std::chrono::seconds> timeLeft; // at that rate; none before there is one
    int limit = 0; // customers in flight at most now (halved after a 429)

    // Not settled yet: planned or in flight.
    int left() const { return total - succeeded - skipped - failed; }
    // Settled: succeeded, skipped or failed.
    int settled() const { return succeeded + skipped + failed; }

    bool operator==(const BulkProgress&) const = default;
};

Q_DECLARE_METATYPE(BulkProgress)
