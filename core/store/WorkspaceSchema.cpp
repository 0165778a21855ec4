// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "WorkspaceSchema.h"

#include "core/store/HistoryJournal.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace WorkspaceSchema {

namespace {

std::optional<QSqlError> execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return query.lastError();
    }
    return std::nullopt;
}

// 1: the mirror of the API's customer list, and one row per sync. Plain SQL.
// row_id is what the search index keys on (an INTEGER PRIMARY KEY survives VACUUM); id is the customer's own key.
std::optional<QSqlError> createMirror(QSqlDatabase& db)
{
    return execAll(db,
        {u"CREATE TABLE customers ("
         "row_id INTEGER PRIMARY KEY, "
         "id TEXT NOT NULL UNIQUE, "
         "name TEXT NOT NULL, "
         "active INTEGER NOT NULL, "
         "user_count INTEGER NOT NULL, "
         "created_at TEXT, "
         "updated_at TEXT, "
         "metadata TEXT NOT NULL, " // a JSON object of strings
         "customer_json TEXT NOT NULL, " // the customer as received
         "synced_at TEXT NOT NULL, "
         "sync_generation INTEGER NOT NULL)"_s,
            u"CREATE INDEX customers_by_name ON customers (name COLLATE NOCASE, id)"_s,
            u"CREATE INDEX customers_by_generation ON customers (sync_generation)"_s,
            u"CREATE TABLE syncs ("
            "generation INTEGER PRIMARY KEY, "
            "started_at TEXT NOT NULL, "
            "completed_at TEXT, "
            "customer_count INTEGER)"_s});
}

// 2: the search index (FTS5, SQLite only). It was filled from the customers already mirrored; migration 5 replaces
// mirror and index, so that a database coming from version 1 now leaves both empty here.
std::optional<QSqlError> createSearchIndex(QSqlDatabase& db)
{
    return execAll(db,
        {u"CREATE VIRTUAL TABLE customer_search USING fts5("
         "name, ident, keys, vals, pairs, tokenize = 'unicode61', prefix = '2 3')"_s,
            u"CREATE TRIGGER customers_leave_search AFTER DELETE ON customers BEGIN "
            "DELETE FROM customer_search WHERE rowid = old.row_id; END"_s});
}

// 3: the history of every write, journaled before it is sent and completed after. Plain, portable SQL (TEXT and
// INTEGER columns, client-made UUID keys, ISO 8601 UTC times as text, no SQLite-only features), so that the same
// tables can later live in a shared server database (e.g. PostgreSQL through QPSQL).
std::optional<QSqlError> createHistory(QSqlDatabase& db)
{
    return execAll(db,
        {u"CREATE TABLE history ("
         "id TEXT PRIMARY KEY, " // a UUID made by the writing program
         "recorded_at TEXT NOT NULL, " // when it was journaled, before it was sent
         "completed_at TEXT, "
         "os_user TEXT NOT NULL, "
         "program TEXT NOT NULL, " // express-admin, express-admin-cli
         "connection TEXT NOT NULL, " // the API's base URL (never a key)
         "customer_id TEXT, " // unknown for a create until its answer
         "customer_name TEXT, "
         "operation TEXT NOT NULL, " // update, create, deactivate, reactivate, add_user, remove_user
         "request_body TEXT, " // exactly what was sent
         "state TEXT NOT NULL, " // pending, succeeded, failed, uncertain
         "error TEXT)"_s,
            u"CREATE INDEX history_by_customer ON history (customer_id, recorded_at)"_s,
            u"CREATE INDEX history_by_time ON history (recorded_at)"_s,
            // Before and after per field: field is name, active, metadata (key: the metadata key) or user (key: the
            // user id); NULL for "absent".
            u"CREATE TABLE history_changes ("
            "entry_id TEXT NOT NULL REFERENCES history (id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, "
            "field TEXT NOT NULL, "
            "field_key TEXT NOT NULL, "
            "before_value TEXT, "
            "after_value TEXT, "
            "PRIMARY KEY (entry_id, position))"_s});
}

// 4: unsaved edits of an open customer, written shortly after each edit, so that they survive a crash.
std::optional<QSqlError> createDrafts(QSqlDatabase& db)
{
    return execAll(db,
        {u"CREATE TABLE drafts ("
         "customer_id TEXT PRIMARY KEY, "
         "customer_name TEXT NOT NULL, "
         "saved_at TEXT NOT NULL, "
         "baseline_json TEXT NOT NULL, " // the customer as the edits started from
         "draft_json TEXT NOT NULL)"_s}); // the edits (see DraftStore)
}

// 5: a leaner mirror and index, quicker to write and to search. The customers table keeps the customer as received
// and only the columns that searches sort on (an index for the name only: one on the state, the user count or the
// update time would double the time a sync takes to write 100,000 customers, and one on the sync generation costs
// more in each sync than the one pass over the table that finds those it did not see); the search index is contentless
// (see SearchIndex), has one- and two-letter prefixes (a first typed letter is one lookup), and carries the state
// among the pair tokens (is:active is a lookup too). The mirror is a copy of what the API holds: it is emptied here
// rather than converted (which would keep a large file's first open waiting for seconds), and the next sync fills it.
std::optional<QSqlError> createLeanMirror(QSqlDatabase& db)
{
    return execAll(db,
        {u"DROP TRIGGER customers_leave_search"_s, u"DROP TABLE customer_search"_s, u"DROP TABLE customers"_s,
            u"DELETE FROM syncs"_s,
            u"CREATE TABLE customers ("
            "row_id INTEGER PRIMARY KEY, "
            "id TEXT NOT NULL UNIQUE, "
            "name TEXT NOT NULL, "
            "active INTEGER NOT NULL, "
            "user_count INTEGER NOT NULL, "
            "updated_at TEXT, "
            "customer_json TEXT NOT NULL, " // the customer as received
            "synced_at TEXT NOT NULL, "
            "sync_generation INTEGER NOT NULL)"_s,
            u"CREATE INDEX customers_by_name ON customers (name COLLATE NOCASE, id)"_s,
            u"CREATE VIRTUAL TABLE customer_search USING fts5("
            "name, ident, keys, vals, pairs, tokenize = 'unicode61', prefix = '1 2', content = '')"_s});
}

// 6: the journal of bulk changes (BulkJournal): one row per run and one per customer in it, each state written before
// the request it describes, so that a run resumed after a crash skips no customer and changes none twice. Plain,
// portable SQL like the history's.
std::optional<QSqlError> createBulkJournal(QSqlDatabase& db)
{
    return execAll(db,
        {u"CREATE TABLE bulk_runs ("
         "id TEXT PRIMARY KEY, " // a UUID made by the program that started the run
         "created_at TEXT NOT NULL, "
         "updated_at TEXT NOT NULL, "
         "os_user TEXT NOT NULL, "
         "program TEXT NOT NULL, "
         "connection TEXT NOT NULL, " // the API's base URL (never a key)
         "operations TEXT NOT NULL, " // a JSON array (BulkOperationJson)
         "selection_kind TEXT NOT NULL, " // selected, ids_file, search, all
         "selection_text TEXT, " // the query or the file's name
         "concurrency INTEGER NOT NULL, "
         "state TEXT NOT NULL)"_s, // running, paused, finished, cancelled
            u"CREATE INDEX bulk_runs_by_state ON bulk_runs (state, created_at)"_s,
            u"CREATE TABLE bulk_items ("
            "run_id TEXT NOT NULL REFERENCES bulk_runs (id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, "
            "customer_id TEXT NOT NULL, "
            "customer_name TEXT, "
            "state TEXT NOT NULL, " // planned, excluded, in_flight, succeeded, skipped, failed, uncertain
            "error TEXT, "
            "error_kind TEXT, "
            "planned_before TEXT, " // the customer as read right before its write (JSON)
            "planned_after TEXT, " // the customer as the write makes it (JSON)
            "updated_at TEXT NOT NULL, "
            "PRIMARY KEY (run_id, position))"_s});
}

// 7: the history's text filter finds any letter whatever its case ("MÜLLER" finds "Müller"): each entry keeps its
// searched texts case-folded by the program (HistorySearchText), since SQLite's lower() and LIKE fold ASCII only. A
// plain text column: a shared server database takes it as it is.
std::optional<QSqlError> addHistorySearchText(QSqlDatabase& db)
{
    if (auto failure = execAll(db, {u"ALTER TABLE history ADD COLUMN search_text TEXT"_s}))
        return failure;
    return HistoryJournal::fillSearchText(db);
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> list {
        {1, createMirror}, {2, createSearchIndex}, {3, createHistory}, {4, createDrafts}, {5, createLeanMirror},
        {6, createBulkJournal}, {7, addHistorySearchText},
        // Append here; never change a migration that has shipped.
    };
    return list;
}

int currentVersion()
{
    return migrations().last().version;
}

std::optional<int> version(QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QSqlError> migrate(QSqlDatabase& db, int target)
{
    QSqlQuery query(db);
    for (const Migration& migration : migrations()) {
        if (migration.version > target)
            break;
        // IMMEDIATE: another program opening the same new file waits here, then finds the migration done.
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return query.lastError();
        QSqlError error;
        const std::optional<int> current = version(db, &error);
        std::optional<QSqlError> failure;
        if (!current)
            failure = error;
        else if (*current < migration.version)
            failure = migration.apply(db);
        if (!failure && *current < migration.version
            && !query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
            failure = query.lastError();
        if (!failure && !query.exec(u"COMMIT"_s))
            failure = query.lastError();
        if (failure) {
            query.exec(u"ROLLBACK"_s);
            return failure;
        }
    }
    return std::nullopt;
}

} // namespace WorkspaceSchema
