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

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
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
    m_insert.prepare(u"INSERT INTO customers (id, name, active, user_count, created_at, updated_at, metadata, "
                     "customer_json, synced_at, sync_generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_update.prepare(u"UPDATE customers SET id = ?, name = ?, active = ?, user_count = ?, created_at = ?, "
                     "updated_at = ?, metadata = ?, customer_json = ?, synced_at = ?, sync_generation = ? "
                     "WHERE row_id = ?"_s);
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
    const QString json = compact(CustomerJson::toJson(customer));
    m_find.addBindValue(customer.id());
    if (!m_find.exec())
        return m_find.lastError();
    const bool known = m_find.next();
    const qint64 rowId = known ? m_find.value(0).toLongLong() : 0;
    const bool unchanged = known && m_find.value(1).toString() == json;
    m_find.finish();
    if (unchanged) {
        m_touch.addBindValue(syncedAt);
        m_touch.addBindValue(generation);
        m_touch.addBindValue(rowId);
        return m_touch.exec() ? std::nullopt : std::optional(m_touch.lastError());
    }

    QSqlQuery& query = known ? m_update : m_insert;
    query.addBindValue(customer.id());
    query.addBindValue(customer.name());
    query.addBindValue(customer.isActive() ? 1 : 0);
    query.addBindValue(customer.userCount());
    query.addBindValue(timestamp(customer.createdAt()));
    query.addBindValue(timestamp(customer.updatedAt()));
    query.addBindValue(compact(CustomerJson::metadataToJson(customer.metadata())));
    query.addBindValue(json);
    query.addBindValue(syncedAt);
    query.addBindValue(generation);
    if (known)
        query.addBindValue(rowId);
    if (!query.exec())
        return query.lastError();
    if (known)
        return m_index.put(rowId, customer.id(), customer.name(), customer.metadata());
    return m_index.put(query.lastInsertId().toLongLong(), customer.id(), customer.name(), customer.metadata(),
        SearchIndex::Existing::New);
}
