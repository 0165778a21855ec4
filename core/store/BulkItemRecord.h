// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// One customer of a bulk change as its journal keeps it: where it stands in the run, and what became of it. Its state
// is written before the request it describes, so that after a crash the journal tells what may have been sent.
struct BulkItemRecord
{
    Q_GADGET

public:
    enum class State {
        Planned, // not tried yet (or to be tried again: nothing of it was sent)
        Excluded, // left out by the user in the preview
        InFlight, // its write was about to be sent, or sent and not answered
        Succeeded, // changed as asked (or found so after a crash)
        Skipped, // already as asked: nothing was sent
        Failed, // not changed (refused, unreachable, invalid), or changed other than asked (errorKind NotExact)
        Uncertain, // may have been changed: no answer came, and reading it again did not tell
    };
    Q_ENUM(State)

    int position = 0; // 0-based, in the run's order
    QString customerId;
    QString customerName; // empty until known
    State state = State::Planned;
    QString error; // Failed, Uncertain: why, for people; Succeeded: a note (e.g. found already changed)
    // For programs: an ApiError kind's name (NotFound, RateLimited, Timeout, ...), or InvalidInput, NotExact,
    // HistoryUnavailable, Uncertain. Empty when there is no error.
    QString errorKind;
    // From InFlight on: the customer as read right before the write, and as the write makes it.
    std::optional<Customer> plannedBefore;
    std::optional<Customer> plannedAfter;
    QDateTime updatedAt; // UTC

    // Done with: nothing more will be sent for it unless the user retries it.
    bool isSettled() const { return state != State::Planned && state != State::InFlight; }

    // planned, excluded, in_flight, succeeded, skipped, failed, uncertain.
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);

    bool operator==(const BulkItemRecord&) const = default;
};
