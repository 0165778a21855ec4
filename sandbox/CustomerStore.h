// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiProblem.h"
#include "sandbox/CustomerPatch.h"
#include "sandbox/CustomerRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Sandbox {

class SandboxDatabase;

// The sandbox's state: customers in creation order, their business rules (404, 409, idempotent
// state changes, member sets) and optional persistence to its SQLite database. The customers stay
// in memory as the working set; with a database, each change is written through as one small
// transaction before it is applied and acknowledged, and a change that cannot be written is refused.
class CustomerStore
{
public:
    // Either the customer after the operation or the problem that prevented it.
    struct Result
    {
        std::optional<CustomerRecord> customer;
        std::optional<ApiProblem> problem;
        bool ok() const { return !problem.has_value(); }
    };
    // One list page: items after a creation sequence number.
    struct Page
    {
        QList<CustomerRecord> customers;
        bool hasMore = false;
    };

    // What attachDatabase() does with the customers of an existing database.
    enum class Attach {
        LoadExisting, // an existing database replaces the state in memory (a restart)
        ReplaceExisting, // the state in memory replaces the database's customers (an import)
    };

    CustomerStore();
    ~CustomerStore();
    CustomerStore(const CustomerStore&) = delete;
    CustomerStore& operator=(const CustomerStore&) = delete;

    // Replaces every customer (a seed or an import, in creation order); with a database, in one
    // transaction. When it cannot be written, the state is kept and false is returned with the reason.
    bool reset(const QList<CustomerRecord>& customers, QString* errorMessage = nullptr);

    // Attaches the SQLite database at path. A new or empty database is written from the state in
    // memory; an existing one is loaded or replaced as `mode` says. A file that cannot be used is left
    // untouched (a file this call created is removed again) and false is returned with the path and
    // the reason in *errorMessage; the state in memory is then unchanged and nothing is persisted.
    bool attachDatabase(const QString& path, QString* errorMessage, Attach mode = Attach::LoadExisting);
    // The attached database's path; empty when changes live in memory only.
    QString databasePath() const;

    qsizetype size() const { return m_customers.size(); }
    QList<CustomerRecord> customers() const { return m_customers; }
    std::optional<CustomerRecord> find(const QString& id) const;

    Result create(const CustomerPatch& input, const QString& createdByApiKeyId);
    Result update(const QString& id, const CustomerPatch& patch);
    Result setActive(const QString& id, bool active);
    Result addUser(const QString& id, const QString& userId);
    Result removeUser(const QString& id, const QString& userId);

    Page page(qint64 afterSequence, int limit) const;

private:
    QDateTime nextTimestamp();
    QString newCustomerId() const;
    void rebuildIndex();
    // Writes the record through to the database (when attached), then puts it at index (or appends
    // it when index is size()); when the write fails, nothing changes and the problem is returned.
    Result commit(qsizetype index, const CustomerRecord& record);
    Result missing(const QString& id) const;

    QList<CustomerRecord> m_customers;
    QHash<QString, qsizetype> m_index;
    QDateTime m_lastTimestamp;
    std::unique_ptr<SandboxDatabase> m_database;
};

} // namespace Sandbox
