// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/CustomerJson.h"
#include "core/model/Customer.h"
#include "core/store/WorkspaceSchema.h"
#include "sandbox/SandboxSeed.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtDebug>

namespace StoreTestData {

// The sandbox's deterministic demo customers (names, ids and metadata known), as core reads them from the API.
inline QList<Customer> seedCustomers(quint32 seed, int count)
{
    QList<Customer> customers;
    for (const Sandbox::CustomerRecord& record : Sandbox::SandboxSeed::generate(seed, count))
        customers.append(CustomerJson::fromJson(record.toApiJson()).value());
    return customers;
}

// A workspace file as a program of an earlier schema version left it: migrated up to version, then these
// statements run. False (with a warning) when something failed.
inline bool writeEarlierWorkspace(const QString& path, int version, const QStringList& statements)
{
    const QString connection = QStringLiteral("earlier workspace");
    bool written = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        written = db.open() && !WorkspaceSchema::migrate(db, version);
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (written && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                written = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return written;
}

} // namespace StoreTestData
