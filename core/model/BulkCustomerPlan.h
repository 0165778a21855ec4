// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerChange.h"
#include "core/model/CustomerPatch.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// What a bulk change will do to one customer, worked out by BulkPlanner from the customer as read: the diff-only
// PATCH, the change of state, the before → after lines of a preview, or why nothing may be sent.
struct BulkCustomerPlan
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(BulkCustomerPlan)

public:
    enum class Outcome {
        Change, // something to send: the patch, a change of state, or both
        Skip, // the customer already is as asked: nothing is sent
        Invalid, // the result would break the API's limits or an operation cannot be done (problems say why)
        AlreadyApplied, // (a change whose answer never came) the customer holds what the change makes of it
        Uncertain, // (a change whose answer never came) the customer holds neither the state before nor after it
    };
    Q_ENUM(Outcome)

    Outcome outcome = Outcome::Skip;
    // The customer as read.
    Customer before;
    // The customer as the change makes it: before with the metadata and the state changed (the planned after).
    Customer after;
    // Only what changes: the whole metadata map, or null when every pair goes; empty when the metadata stays.
    CustomerPatch patch;
    // Set when a deactivate (false) or reactivate (true) is to be sent.
    std::optional<bool> activeAfter;
    // The metadata before → after, sorted by key (also for Invalid: what it would have been).
    QList<CustomerChange> changes;
    // Invalid and Uncertain: why, translated, one sentence each.
    QStringList problems;

    bool sendsSomething() const { return outcome == Outcome::Change; }
    // The preview's lines: each metadata change, then “Deactivate (now active)” or “Reactivate (now inactive)”.
    QStringList describeChanges() const;

    // The stored and printed spellings: change, skip, invalid, already_applied, uncertain.
    static QString outcomeName(Outcome outcome);
};

Q_DECLARE_METATYPE(BulkCustomerPlan)
