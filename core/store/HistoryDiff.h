// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryChange.h"

#include "core/model/Customer.h"
#include "core/model/CustomerPatch.h"

#include <QList>

// The before and after of each field a write touches, for the history: pure functions of the customer as read before
// the write and what the write asks. Only what changes is listed; metadata key by key, in key order.
namespace HistoryDiff {

// A PATCH: the name when it differs; each metadata key added, changed or removed by a Replace, every key by a Clear.
QList<HistoryChange> update(const Customer& before, const CustomerPatch& patch);
// A create: the name and every metadata key, from absent.
QList<HistoryChange> create(const QString& name, const Metadata& metadata);
// Deactivate (active false) or reactivate (true); wasActive nullopt when the state before is not known. Nothing when
// it already was as asked.
QList<HistoryChange> activation(std::optional<bool> wasActive, bool active);
// A user added (from absent to the id) or removed (from the id to absent).
QList<HistoryChange> membership(const QString& userId, bool added);

// How a boolean field is written in a change: "true" or "false".
QString boolText(bool value);

} // namespace HistoryDiff
