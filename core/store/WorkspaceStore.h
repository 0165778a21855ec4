// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "SessionMarker.h"
#include "StoreError.h"

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// One connection's workspace database (SQLite through Qt Sql): opened in WAL mode with a busy timeout and foreign
// keys on, migrated to the current schema (WorkspaceSchema), and never holding an API key. A file that is not a
// database, or fails PRAGMA quick_check after a session that did not close it (SessionMarker: the check reads the
// whole file, so a clean reopen skips it), is moved aside ("<name>.damaged-<UTC time>") and a new one started; the
// notice says so. Each instance has a connection of its own, usable on the thread that opened it only; several
// instances (in one process or several) may use the same file. Objects that hold queries on database() must go
// before the store.
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    static Result<std::shared_ptr<WorkspaceStore>, StoreError> open(const QString& path);
    ~WorkspaceStore();

    WorkspaceStore(const WorkspaceStore&) = delete;
    WorkspaceStore& operator=(const WorkspaceStore&) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    // Set when the file was damaged and has been moved aside: a message for the user.
    QString recoveryNotice() const { return m_recoveryNotice; }
    // Whether opening ran PRAGMA quick_check: only when a session before did not close the file.
    bool checkedIntegrity() const { return m_checkedIntegrity; }

    // Runs work in one transaction: all of it is stored, or (on an error, which comes back typed) none of it.
    std::optional<StoreError> transaction(const std::function<std::optional<QSqlError>()>& work);
    StoreError error(const QSqlError& error) const { return StoreError::fromSql(error, m_path); }

private:
    enum class Health { Good, Damaged, Failed };

    explicit WorkspaceStore(const QString& path);
    Health connect(StoreError* error);
    std::optional<StoreError> configure();
    void disconnect();
    // Renames the file (and its WAL) to "<path>.damaged-<UTC time>"; the new name, or an error.
    Result<QString, StoreError> moveAside();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_recoveryNotice;
    bool m_checkedIntegrity = false;
    std::unique_ptr<SessionMarker> m_session; // released after the connection closes
};
