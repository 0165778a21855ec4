// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "SearchOrder.h"
#include "SearchQuery.h"
#include "StoreError.h"
#include "WorkspaceStore.h"

#include "core/common/Result.h"
#include "core/model/Customer.h"

#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <memory>
#include <optional>
#include <utility>

// Answers searches from the mirror, in pages ordered by name (case-insensitive for ASCII) then id, with a count, so
// that a view can fetch the rows it shows and hold no more. Use on the thread that opened the store.
class CustomerSearch
{
public:
    // The last completed sync; no time when there has been none.
    struct SyncInfo
    {
        std::optional<QDateTime> completedAt;
        qint64 customers = 0; // in the mirror now
    };

    explicit CustomerSearch(std::shared_ptr<WorkspaceStore> store);

    Result<qint64, StoreError> count(const SearchQuery& query) const;
    Result<QList<Customer>, StoreError> page(
        const SearchQuery& query, qint64 offset, int limit, const SearchOrder& order = {}) const;
    // How many of the query's results come before the customer with this id in this order (for a view to find a
    // customer's row). Says nothing about whether that customer is itself among the results: look at that row.
    Result<qint64, StoreError> position(const SearchQuery& query, const SearchOrder& order, const QString& id) const;
    Result<SyncInfo, StoreError> lastSync() const;
    // The ids of every customer the query finds (an empty query finds every mirrored customer), in this order: what
    // a bulk change over a search or over all customers works on.
    Result<QStringList, StoreError> ids(const SearchQuery& query, const SearchOrder& order = {}) const;
    // The mirrored customers with these ids, in the order given; an id the mirror does not hold is left out.
    Result<QList<Customer>, StoreError> customers(const QStringList& ids) const;

    // The FTS5 MATCH expression for the query's text terms (empty when it has none). Every piece of the user's text is
    // inside a quoted string, so nothing typed can change the expression's syntax.
    static QString matchExpression(const SearchQuery& query);

private:
    // "WHERE …" (or nothing) for the query, and its bound values in order.
    static QString whereClause(const SearchQuery& query, QVariantList* values);

    // How many customers the index matches. The last answer is kept: a view asks for the count, then for pages,
    // whose plan may use a count that is no longer exact.
    enum class Fresh { Always, Cached };
    Result<qint64, StoreError> matchCount(const QString& match, Fresh fresh) const;
    // How a page is read: walking the order's index and looking each row up among the matches (Walk) or in the
    // index one by one (Probe), or looking up every match and sorting them (Sort).
    enum class Plan { Walk, Probe, Sort };
    Plan planFor(const SearchQuery& query, qint64 matches, qint64 rowsWanted) const;

    std::shared_ptr<WorkspaceStore> m_store;
    mutable std::optional<std::pair<QString, qint64>> m_lastMatch;
};
