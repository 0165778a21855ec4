// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"
#include "core/model/MergeResult.h"

#include <QString>

// Three-way merge for saving safely when the customer changed on the server after it was loaded.
//
// base is the customer as loaded, mine what the user wants, theirs the customer as it is now on the server.
// The name and each metadata key are merged on their own:
//  - changed by neither side: the base value;
//  - changed by one side only: that side's value;
//  - changed by both to the same value (both removed a key, too): that value;
//  - changed by both differently (one removed, the other modified, too): a conflict, which holds THEIR
//    value until MergeResult::resolve() picks a side.
// Names are compared trimmed; metadata values exactly. Save with MergeResult::patchAgainstTheirs().
namespace CustomerMerge {

// The draft's metadata rows become a map as in CustomerDraft::metadataMap() (the last duplicate wins).
MergeResult merge(const Customer& base, const CustomerDraft& mine, const Customer& theirs);
MergeResult merge(const Customer& base, const QString& mineName, const Metadata& mineMetadata, const Customer& theirs);

} // namespace CustomerMerge
