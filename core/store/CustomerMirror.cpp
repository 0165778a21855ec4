// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerMirror.h"

#include "core/io/CustomerJson.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

QString now()
{
    return CustomerJson::formatTimestamp(QDateTime::currentDateTimeUtc());
}

QVariant timestamp(const std::optional<QDateTime>& time)
{
    if (!time || !time->isValid())
        return QVariant(QMetaType::fromType<QString>());
    return CustomerJson::formatTimestamp(*time);
}

} // namespace

CustomerMirror::CustomerMirror(std::shared_ptr<WorkspaceStore> store)
    : m_store(std::move(store))
    , m_index(m_store->database())
    , m_find(m_store->database())
    , m_insert(m_store->database())
    , m_update(m_store->database())
    , m_touch(m_store->database())
{
    m_find.prepare(u"SELECT row_id, customer_json FROM customers WHERE id = ?"_s);
    m_insert.prepare(u"INSERT INTO customers (id, name, active, user_count, updated_at, customer_json, synced_at, "
                     "sync_generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_update.prepare(u"UPDATE customers SET id = ?, name = ?, active = ?, user_count = ?, updated_at = ?, "
                     "customer_json = ?, synced_at = ?, sync_generation = ? WHERE row_id = ?"_s);
    m_touch.prepare(u"UPDATE customers SET synced_at = ?, sync_generation = ? WHERE row_id = ?"_s);
}

Result<qint64, StoreError> CustomerMirror::beginSync()
{
    qint64 generation = 0;
    const auto failure = m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.prepare(u"INSERT INTO syncs (started_at) VALUES (?)"_s);
        query.addBindValue(now());
        if (!query.exec())
            return query.lastError();
        generation = query.lastInsertId().toLongLong();
        return std::nullopt;
    });
    if (failure)
        return *failure;
    return generation;
}

std::optional<StoreError> CustomerMirror::storePage(qint64 generation, const QList<Customer>& customers)
{
    const QString syncedAt = now();
    return m_store->transaction([&]() -> std::optional<QSqlError> {
        for (const Customer& customer : customers) {
            if (auto error = write(customer, generation, syncedAt))
                return error;
        }
        return std::nullopt;
    });
}

Result<int, StoreError> CustomerMirror::completeSync(qint64 generation, int customerCount)
{
    int dropped = 0;
    const auto failure = m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.setForwardOnly(true);
        query.prepare(u"SELECT row_id, customer_json FROM customers WHERE sync_generation < ?"_s);
        query.addBindValue(generation);
        if (!query.exec())
            return query.lastError();
        while (query.next()) {
            if (auto error = unindex(query.value(0).toLongLong(), query.value(1).toString()))
                return error;
        }
        query.prepare(u"DELETE FROM customers WHERE sync_generation < ?"_s);
        query.addBindValue(generation);
        if (!query.exec())
            return query.lastError();
        dropped = query.numRowsAffected();
        query.prepare(u"UPDATE syncs SET completed_at = ?, customer_count = ? WHERE generation = ?"_s);
        query.addBindValue(now());
        query.addBindValue(customerCount);
        query.addBindValue(generation);
        if (!query.exec())
            return query.lastError();
        return std::nullopt;
    });
    if (failure)
        return *failure;
    return dropped;
}

std::optional<StoreError> CustomerMirror::put(const Customer& customer)
{
    return m_store->transaction([&]() -> std::optional<QSqlError> {
        // The newest generation, so that a sync under way keeps it.
        QSqlQuery query(m_store->database());
        if (!query.exec(u"SELECT coalesce(max(generation), 0) FROM syncs"_s) || !query.next())
            return query.lastError();
        return write(customer, query.value(0).toLongLong(), now());
    });
}

std::optional<QSqlError> CustomerMirror::write(const Customer& customer, qint64 generation, const QString& syncedAt)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(CustomerJson::toJson(customer)).toJson(QJsonDocument::Compact));
    m_find.addBindValue(customer.id());
    if (!m_find.exec())
        return m_find.lastError();
    const bool known = m_find.next();
    const qint64 rowId = known ? m_find.value(0).toLongLong() : 0;
    const QString storedJson = known ? m_find.value(1).toString() : QString();
    m_find.finish();
    if (known && storedJson == json) {
        m_touch.addBindValue(syncedAt);
        m_touch.addBindValue(generation);
        m_touch.addBindValue(rowId);
        return m_touch.exec() ? std::nullopt : std::optional(m_touch.lastError());
    }
    if (known) {
        if (auto error = unindex(rowId, storedJson))
            return error;
    }

    QSqlQuery& query = known ? m_update : m_insert;
    query.addBindValue(customer.id());
    query.addBindValue(customer.name());
    query.addBindValue(customer.isActive() ? 1 : 0);
    query.addBindValue(customer.userCount());
    query.addBindValue(timestamp(customer.updatedAt()));
    query.addBindValue(json);
    query.addBindValue(syncedAt);
    query.addBindValue(generation);
    if (known)
        query.addBindValue(rowId);
    if (!query.exec())
        return query.lastError();
    return m_index.add(known ? rowId : query.lastInsertId().toLongLong(), SearchTokens::indexText(customer));
}

std::optional<QSqlError> CustomerMirror::unindex(qint64 rowId, const QString& storedJson)
{
    // A row whose JSON cannot be read was never indexed (SearchIndex::rebuild leaves it out).
    const auto indexed = CustomerJson::fromJson(storedJson.toUtf8());
    return indexed.isOk() ? m_index.remove(rowId, indexed.value()) : std::nullopt;
}
