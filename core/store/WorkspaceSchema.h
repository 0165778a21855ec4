// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <optional>

// The workspace database's schema, as a list of migrations applied in order. PRAGMA user_version holds the version
// of the last one applied. To change the schema, append a migration; never edit one that has shipped. Tables that
// outlive a sync (history, drafts) keep to plain, portable SQL: TEXT and INTEGER columns, timestamps as ISO-8601 UTC
// text; SQLite-only things (FTS5) stay in the search index, which can always be rebuilt from the customers table.
namespace WorkspaceSchema {

struct Migration
{
    int version;
    // The statements; a failure is reported as the failed statement's error.
    std::function<std::optional<QSqlError>(QSqlDatabase& db)> apply;
};

const QList<Migration>& migrations();
int currentVersion();

// The database's PRAGMA user_version, or the error reading it.
std::optional<int> version(QSqlDatabase& db, QSqlError* error);
// Applies each migration above the database's version up to target, each in a transaction of its own that also
// sets user_version: a failed migration leaves the database at the version before it.
std::optional<QSqlError> migrate(QSqlDatabase& db, int target = currentVersion());

} // namespace WorkspaceSchema
