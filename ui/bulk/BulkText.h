// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkCustomerPlan.h"
#include "core/model/BulkOperation.h"
#include "core/store/BulkItemRecord.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <chrono>

// The words and marks of a bulk change for people, shared by its views: what a preview's row and a run's customer
// came to, a dot in a colour per outcome (its word always beside it, so colour is never the only sign), the
// operations in one line and a time left.
class BulkText
{
    Q_DECLARE_TR_FUNCTIONS(BulkText)

public:
    // "Will change", "Already as asked", "Cannot be changed", ...
    static QString outcome(BulkCustomerPlan::Outcome outcome);
    // "Waiting", "Excluded", "In progress", "Changed", "Already as asked", "Failed", "May have been changed".
    static QString state(BulkItemRecord::State state);
    static QIcon outcomeIcon(BulkCustomerPlan::Outcome outcome);
    static QIcon stateIcon(BulkItemRecord::State state);
    // Each operation's describe(), joined with "; ".
    static QString operations(const QList<BulkOperation>& operations);
    // "about 3 min", "about 40 s", "less than a second".
    static QString timeLeft(std::chrono::seconds left);
};
