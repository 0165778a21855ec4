// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkCustomerPlan.h"
#include "core/model/BulkOperation.h"
#include "core/model/Customer.h"

#include <QList>
#include <QStringList>

// Applies a bulk change's operations to one customer, in order, and says what to send: pure functions, the same for
// the preview and for the run (which calls them again on the customer read right before its write, so that what
// others changed meanwhile survives).
//
// - set adds a key or changes its value; remove of a key the customer lacks, rename of a key it lacks and replace in
//   a key it lacks do nothing; replace is literal and case-sensitive, every occurrence.
// - Diff-only: a customer already as asked is Skip and nothing is sent. Metadata goes out whole (the contract's
//   whole-map replacement), or null when every pair goes.
// - Validation against the API's limits (Validation's constants, characters as UTF-16 units) covers what the
//   operations write: more than 50 pairs, a key over 100 or a value over 1,000 characters; a rename onto a key the
//   customer already has is refused rather than overwriting it. Pairs the operations do not touch are the server's
//   and are not judged. Only when the metadata is sent: a change of state alone sends none.
namespace BulkPlanner {

// What is wrong with the operations themselves, whatever the customer: none at all, an empty key, a key or value over
// the limits, a rename onto itself, an empty text to replace, deactivate with reactivate. Translated; empty when none.
// plan() expects operations without such problems.
QStringList checkOperations(const QList<BulkOperation>& operations);

// Every metadata key the operations read or write, in order, each once.
QStringList keys(const QList<BulkOperation>& operations);

BulkCustomerPlan plan(const Customer& customer, const QList<BulkOperation>& operations);

// For a customer whose change was begun but whose answer never came (a crash, a timeout): now is the customer read
// again, plannedBefore and plannedAfter what the change was planned from and to. The operations are never applied a
// second time (replace is not idempotent). Judged on the keys the operations touch and on the state:
// - it holds plannedAfter's: AlreadyApplied, nothing is sent;
// - it holds plannedBefore's: the change did not happen; Change to plannedAfter's values (other keys as now);
// - a part done and the other not (metadata sent, state not yet): Change for the part not done;
// - anything else (someone changed those keys meanwhile): Uncertain, nothing is sent.
BulkCustomerPlan resume(const Customer& now, const QList<BulkOperation>& operations, const Customer& plannedBefore,
    const Customer& plannedAfter);

} // namespace BulkPlanner
