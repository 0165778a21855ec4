// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "DraftStore.h"

#include "core/io/CustomerDraftJson.h"
#include "core/io/CustomerJson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

DraftStore::DraftStore(std::shared_ptr<WorkspaceStore> store)
    : m_store(std::move(store))
{
    Q_ASSERT(m_store);
}

std::optional<StoreError> DraftStore::save(const Customer& baseline, const CustomerDraft& edits)
{
    return m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.prepare(u"INSERT INTO drafts (customer_id, customer_name, saved_at, baseline_json, draft_json) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                      "customer_name = excluded.customer_name, saved_at = excluded.saved_at, "
                      "baseline_json = excluded.baseline_json, draft_json = excluded.draft_json"_s);
        query.addBindValue(baseline.id());
        query.addBindValue(baseline.name());
        query.addBindValue(CustomerJson::formatTimestamp(QDateTime::currentDateTimeUtc()));
        query.addBindValue(compact(CustomerJson::toJson(baseline)));
        query.addBindValue(compact(CustomerDraftJson::toJson(edits)));
        if (!query.exec())
            return query.lastError();
        return std::nullopt;
    });
}

Result<std::optional<DraftStore::Draft>, StoreError> DraftStore::load(const QString& customerId) const
{
    const Result<QList<Draft>, StoreError> found = select(customerId);
    if (found.isError())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<Draft>();
    return std::optional<Draft>(found.value().constFirst());
}

Result<QList<DraftStore::Draft>, StoreError> DraftStore::list() const
{
    return select(std::nullopt);
}

Result<QList<DraftStore::Draft>, StoreError> DraftStore::select(const std::optional<QString>& customerId) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    const QString columns = u"SELECT customer_id, customer_name, saved_at, baseline_json, draft_json FROM drafts"_s;
    if (!customerId) {
        query.prepare(columns + u" ORDER BY saved_at DESC, customer_id"_s);
    } else {
        query.prepare(columns + u" WHERE customer_id = ?"_s);
        query.addBindValue(*customerId);
    }
    if (!query.exec())
        return m_store->error(query.lastError());
    QList<Draft> drafts;
    while (query.next()) {
        const auto baseline = CustomerJson::fromJson(QJsonValue(objectOf(query.value(3).toString())));
        const auto edits = CustomerDraftJson::fromJson(objectOf(query.value(4).toString()));
        const auto savedAt = CustomerJson::parseTimestamp(query.value(2).toString());
        if (baseline.isError() || !edits || !savedAt)
            continue;
        drafts.append({query.value(0).toString(), query.value(1).toString(), *savedAt, baseline.value(), *edits});
    }
    if (query.lastError().isValid())
        return m_store->error(query.lastError());
    return drafts;
}

std::optional<StoreError> DraftStore::remove(const QString& customerId)
{
    return m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.prepare(u"DELETE FROM drafts WHERE customer_id = ?"_s);
        query.addBindValue(customerId);
        if (!query.exec())
            return query.lastError();
        return std::nullopt;
    });
}
