// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerChange.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerPatch.h"

#include <QList>
#include <QString>

// What the user changed, relative to the customer as loaded: as the PATCH body to send, and as a list a
// person can review.
//
// Names are compared trimmed and sent trimmed. Metadata that is absent, null or {} before and empty after is
// unchanged; emptied metadata is cleared with null; any other change sends the whole desired map.
// Precondition: the draft passed Validation. Nothing is validated here: a duplicate key takes the value of
// its last row (CustomerDraft::metadataMap()), and an empty name would be sent as "".
namespace CustomerDiff {

CustomerPatch between(const Customer& before, const CustomerDraft& after);
CustomerPatch between(const Customer& before, const QString& name, const Metadata& metadata);

// Name first, then metadata changes sorted by key.
QList<CustomerChange> changes(const Customer& before, const CustomerDraft& after);
QList<CustomerChange> changes(const Customer& before, const QString& name, const Metadata& metadata);
// The same, between two stored states (used to show what someone else changed).
QList<CustomerChange> changes(
    const QString& nameBefore, const Metadata& metadataBefore, const QString& nameAfter, const Metadata& metadataAfter);

} // namespace CustomerDiff
