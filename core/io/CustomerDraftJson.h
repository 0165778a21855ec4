// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/CustomerDraft.h"

#include <QJsonObject>

#include <optional>

// A CustomerDraft as JSON, for keeping unsaved edits (the workspace's drafts): everything exactly as typed, in
// order, invalid input too (duplicate or empty keys, over-long text). Not the API's format:
// {"version": 1, "name": "…", "metadata": [{"key": "…", "value": "…"}, …]}.
namespace CustomerDraftJson {

QJsonObject toJson(const CustomerDraft& draft);
// nullopt for anything toJson() did not write (another version, missing or mistyped fields).
std::optional<CustomerDraft> fromJson(const QJsonObject& json);

} // namespace CustomerDraftJson
