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

#include <optional>

namespace Sandbox {

// The sandbox's state: customers in creation order, their business rules (404, 409, idempotent
// state changes, member sets) and optional persistence to a JSON file rewritten after every change.
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

    CustomerStore() = default;

    // Replaces every customer (a seed, in creation order); persists when a file is attached.
    void reset(const QList<CustomerRecord>& customers);

    // Attaches a data file: an existing file is loaded (replacing the state), a missing one is
    // written from the current state. A file that cannot be read or parsed is left untouched and
    // false is returned with the file name and the reason in *errorMessage.
    bool attachFile(const QString& path, QString* errorMessage);
    QString filePath() const { return m_filePath; }

    qsizetype size() const { return m_customers.size(); }
    QList<CustomerRecord> customers() const { return m_customers; }
    std::optional<CustomerRecord> find(const QString& id) const;

    CustomerRecord create(const CustomerPatch& input, const QString& createdByApiKeyId);
    Result update(const QString& id, const CustomerPatch& patch);
    Result setActive(const QString& id, bool active);
    Result addUser(const QString& id, const QString& userId);
    Result removeUser(const QString& id, const QString& userId);

    Page page(qint64 afterSequence, int limit) const;

private:
    CustomerRecord* lookup(const QString& id);
    QDateTime nextTimestamp();
    QString newCustomerId() const;
    void rebuildIndex();
    void persist();
    Result missing(const QString& id) const;

    QList<CustomerRecord> m_customers;
    QHash<QString, qsizetype> m_index;
    QDateTime m_lastTimestamp;
    QString m_filePath;
    QString m_persistError;
};

} // namespace Sandbox
