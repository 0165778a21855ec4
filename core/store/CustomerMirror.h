// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "SearchIndex.h"
#include "StoreError.h"
#include "WorkspaceStore.h"

#include "core/common/Result.h"
#include "core/model/Customer.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <optional>

// Writes the mirror of the API's customer list: a sync is a generation; each page is stored in one transaction as it
// arrives (with its search index rows); completing the sync drops the customers it did not see. A sync that is never
// completed (cancelled, failed) drops nothing. Use on the thread that opened the store.
class CustomerMirror
{
public:
    explicit CustomerMirror(std::shared_ptr<WorkspaceStore> store);

    // Starts a sync: its generation number.
    Result<qint64, StoreError> beginSync();
    // Adds or updates the page's customers, all or none.
    std::optional<StoreError> storePage(qint64 generation, const QList<Customer>& customers);
    // The sync saw every customer: records its time and drops those it did not see; how many were dropped.
    Result<int, StoreError> completeSync(qint64 generation, int customerCount);
    // A customer this program has just written (or read fresh): the mirror shows it at once.
    std::optional<StoreError> put(const Customer& customer);

private:
    std::optional<QSqlError> write(const Customer& customer, qint64 generation, const QString& syncedAt);
    // Takes the customer's row out of the search index, given the JSON the mirror holds for it.
    std::optional<QSqlError> unindex(qint64 rowId, const QString& storedJson);

    std::shared_ptr<WorkspaceStore> m_store; // first: goes last, after the queries
    SearchIndex m_index;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_touch;
};
