// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"
#include "core/model/MergeResult.h"

// Keeps the edits made while a save was on its way. The form stays editable during a save; when the save ends,
// the edits typed meanwhile are carried over onto what the server now holds, instead of being replaced by it.
namespace DraftRebase {

// submitted: the draft the save sent; current: the draft now (submitted plus whatever was typed since);
// saved: the customer as the server holds it after the save. Returns the draft to show against saved:
// - the name typed since wins; a name left as submitted follows the server;
// - a metadata row left as submitted follows the server (its value, or gone when the server dropped the key);
//   rows edited, added or removed since stay as the user left them (even when invalid, such as an empty key);
// - keys the server holds that were neither submitted nor typed since (another writer's) are added.
// When nothing was typed since (current == submitted), the result holds exactly the server's name and pairs.
CustomerDraft onto(const CustomerDraft& submitted, const CustomerDraft& current, const Customer& saved);

// Edits kept from before (a draft restored after a crash) as edits against merge.theirs(), where merge is
// CustomerMerge::merge(the draft's baseline, edits, the customer now) with its conflicts decided (an undecided one
// keeps the server's value). Rows whose merged value is the one typed stay as typed, invalid ones too (an empty key,
// the earlier row of a duplicate key); a row the merge dropped goes; keys only the merge has are added. The name is
// the merged one, as typed (untrimmed) when that is the user's.
CustomerDraft merged(const CustomerDraft& edits, const MergeResult& merge);

} // namespace DraftRebase
