// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiProblem.h"
#include "sandbox/CustomerRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Sandbox {

// The sandbox's own SQLite database (Qt Sql, QSQLITE): one row per customer, keyed by its creation sequence, holding
// the record as JSON. Every write is one small transaction, committed before it returns, so a change costs the same
// with 30 customers as with 100,000. Its schema is the sandbox's own; it shares nothing with the app's workspace.
// Used from the thread that opened it.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    // Opens or creates the database at path. A file that is not an express-sandbox database is refused and left
    // untouched: false with "PATH: reason" in *errorMessage. A WAL left by a killed sandbox is checkpointed.
    bool open(const QString& path, QString* errorMessage);
    QString path() const { return m_path; }
    // True when open() created the schema (a new or empty file): it holds no customers yet.
    bool isNew() const { return m_new; }

    // Every customer in creation order, validated like a data file; nullopt with the reason in *errorMessage.
    std::optional<QList<CustomerRecord>> load(QString* errorMessage);

    // Inserts or replaces one customer (by its sequence). Returns the problem to answer when it could not be
    // written: 507 for a full disk or a write error, 500 otherwise.
    std::optional<ApiProblem> write(const CustomerRecord& record);
    // Replaces every customer in one transaction.
    std::optional<ApiProblem> replaceAll(const QList<CustomerRecord>& customers);

private:
    std::optional<ApiProblem> bindAndExec(const CustomerRecord& record);
    ApiProblem problemFrom(const QSqlError& error) const;
    std::optional<ApiProblem> execute(const QString& statement);

    QString m_connectionName;
    QString m_path;
    bool m_new = false;
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_upsert;
};

} // namespace Sandbox
