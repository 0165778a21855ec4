// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkJournal.h"

#include "HistoryJournal.h"

#include "core/io/BulkOperationJson.h"
#include "core/io/CustomerJson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

using ItemState = BulkItemRecord::State;

namespace {

const QString RunColumns = u"id, created_at, updated_at, os_user, program, connection, operations, selection_kind, "
                           "selection_text, concurrency, state"_s;
const QString ItemColumns = u"position, customer_id, customer_name, state, error, error_kind, planned_before, "
                            "planned_after, updated_at"_s;

QString now()
{
    return HistoryJournal::formatTime(QDateTime::currentDateTimeUtc());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nonEmptyOrNull(const QString& text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QString customerText(const Customer& customer)
{
    return QString::fromUtf8(QJsonDocument(CustomerJson::toJson(customer)).toJson(QJsonDocument::Compact));
}

std::optional<Customer> customerFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const auto read = CustomerJson::fromJson(value.toString().toUtf8());
    return read.isOk() ? std::optional(read.value()) : std::nullopt;
}

BulkRunRecord runFrom(const QSqlQuery& query)
{
    BulkRunRecord run;
    run.id = query.value(0).toString();
    run.createdAt = HistoryJournal::parseTime(query.value(1).toString());
    run.updatedAt = HistoryJournal::parseTime(query.value(2).toString());
    run.osUser = query.value(3).toString();
    run.program = query.value(4).toString();
    run.connection = query.value(5).toString();
    run.operations = BulkOperationJson::fromJson(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
                         .value_or(QList<BulkOperation>());
    run.selection =
        BulkRunRecord::selectionFromName(query.value(7).toString()).value_or(BulkRunRecord::Selection::Selected);
    run.selectionText = query.value(8).toString();
    run.concurrency = query.value(9).toInt();
    // A state this version does not know is not resumed by it.
    run.state = BulkRunRecord::stateFromName(query.value(10).toString()).value_or(BulkRunRecord::State::Finished);
    return run;
}

BulkItemRecord itemFrom(const QSqlQuery& query)
{
    BulkItemRecord item;
    item.position = query.value(0).toInt();
    item.customerId = query.value(1).toString();
    item.customerName = query.value(2).toString();
    // A state this version does not know may have been sent: it is checked before anything is sent again.
    item.state = BulkItemRecord::stateFromName(query.value(3).toString()).value_or(ItemState::Uncertain);
    item.error = query.value(4).toString();
    item.errorKind = query.value(5).toString();
    item.plannedBefore = customerFrom(query.value(6));
    item.plannedAfter = customerFrom(query.value(7));
    item.updatedAt = HistoryJournal::parseTime(query.value(8).toString());
    return item;
}

} // namespace

BulkJournal::BulkJournal(std::shared_ptr<WorkspaceStore> store)
    : m_store(std::move(store))
{ }

Result<BulkRunRecord, StoreError> BulkJournal::create(BulkRunRecord run, const QList<BulkItemRecord>& items)
{
    if (run.id.isEmpty())
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString created = now();
    run.createdAt = HistoryJournal::parseTime(created);
    run.updatedAt = run.createdAt;
    run.state = BulkRunRecord::State::Running;
    const auto failure = m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.prepare(u"INSERT INTO bulk_runs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(RunColumns));
        const QByteArray operations =
            QJsonDocument(BulkOperationJson::toJson(run.operations)).toJson(QJsonDocument::Compact);
        for (const QVariant& value : {QVariant(run.id), QVariant(created), QVariant(created), QVariant(run.osUser),
                 QVariant(run.program), QVariant(run.connection), QVariant(QString::fromUtf8(operations)),
                 QVariant(BulkRunRecord::selectionName(run.selection)), nonEmptyOrNull(run.selectionText),
                 QVariant(run.concurrency), QVariant(BulkRunRecord::stateName(run.state))})
            query.addBindValue(value);
        if (!query.exec())
            return query.lastError();
        query.prepare(u"INSERT INTO bulk_items (run_id, position, customer_id, customer_name, state, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const BulkItemRecord& item : journaledItems(run, items)) {
            for (const QVariant& value : {QVariant(run.id), QVariant(item.position), QVariant(item.customerId),
                     nonEmptyOrNull(item.customerName), QVariant(BulkItemRecord::stateName(item.state)),
                     QVariant(created)})
                query.addBindValue(value);
            if (!query.exec())
                return query.lastError();
        }
        return std::nullopt;
    });
    if (failure)
        return *failure;
    return run;
}

QList<BulkItemRecord> BulkJournal::journaledItems(const BulkRunRecord& created, const QList<BulkItemRecord>& items)
{
    QList<BulkItemRecord> journaled;
    journaled.reserve(items.size());
    for (qsizetype position = 0; position < items.size(); ++position) {
        BulkItemRecord item;
        item.position = int(position);
        item.customerId = items.at(position).customerId;
        item.customerName = items.at(position).customerName;
        item.state = items.at(position).state == ItemState::Excluded ? ItemState::Excluded : ItemState::Planned;
        item.updatedAt = created.createdAt;
        journaled.append(item);
    }
    return journaled;
}

Result<BulkJournal::Counts, StoreError> BulkJournal::counts(const QString& runId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(
        u"SELECT coalesce(sum(CASE WHEN state <> ? THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN state IN (?, ?, ?) THEN 1 ELSE 0 END), 0) FROM bulk_items WHERE run_id = ?"_s);
    for (const ItemState state : {ItemState::Excluded, ItemState::Planned, ItemState::InFlight, ItemState::Uncertain})
        query.addBindValue(BulkItemRecord::stateName(state));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return m_store->error(query.lastError());
    return Counts {query.value(0).toInt(), query.value(1).toInt()};
}

std::optional<StoreError> BulkJournal::update(const QString& sql, const QVariantList& values, const QString& notFound)
{
    bool found = false;
    auto failure = m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return query.lastError();
        found = query.numRowsAffected() > 0;
        return std::nullopt;
    });
    if (!failure && !found)
        failure = StoreError {StoreError::Kind::Failed, notFound};
    return failure;
}

std::optional<StoreError> BulkJournal::updateRun(const QString& runId, const QString& column, const QVariant& value)
{
    return update(u"UPDATE bulk_runs SET %1 = ?, updated_at = ? WHERE id = ?"_s.arg(column), {value, now(), runId},
        tr("The workspace holds no bulk change %1.").arg(runId));
}

std::optional<StoreError> BulkJournal::setRunState(const QString& runId, BulkRunRecord::State state)
{
    return updateRun(runId, u"state"_s, BulkRunRecord::stateName(state));
}

std::optional<StoreError> BulkJournal::setConcurrency(const QString& runId, int concurrency)
{
    return updateRun(runId, u"concurrency"_s, concurrency);
}

std::optional<StoreError> BulkJournal::updateItem(
    const QString& runId, int position, const QStringList& assignments, QVariantList values)
{
    values << now() << runId << position;
    return update(
        u"UPDATE bulk_items SET %1, updated_at = ? WHERE run_id = ? AND position = ?"_s.arg(assignments.join(u", "_s)),
        values, tr("The workspace holds no customer %1 in the bulk change %2.").arg(position + 1).arg(runId));
}

std::optional<StoreError> BulkJournal::beginItem(
    const QString& runId, int position, const Customer& plannedBefore, const Customer& plannedAfter)
{
    return updateItem(runId, position,
        {u"state = ?"_s, u"error = NULL"_s, u"error_kind = NULL"_s, u"customer_name = ?"_s, u"planned_before = ?"_s,
            u"planned_after = ?"_s},
        {BulkItemRecord::stateName(ItemState::InFlight), plannedBefore.name(), customerText(plannedBefore),
            customerText(plannedAfter)});
}

std::optional<StoreError> BulkJournal::setItemState(const QString& runId, int position, BulkItemRecord::State state,
    const QString& error, const QString& errorKind, const QString& customerName)
{
    QStringList assignments {u"state = ?"_s, u"error = ?"_s, u"error_kind = ?"_s};
    QVariantList values {BulkItemRecord::stateName(state), nonEmptyOrNull(error), nonEmptyOrNull(errorKind)};
    if (!customerName.isEmpty()) {
        assignments.append(u"customer_name = ?"_s);
        values.append(customerName);
    }
    if (state == ItemState::Planned) // nothing of it was sent
        assignments << u"planned_before = NULL"_s << u"planned_after = NULL"_s;
    return updateItem(runId, position, assignments, values);
}

Result<std::optional<BulkRunRecord>, StoreError> BulkJournal::run(const QString& runId) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM bulk_runs WHERE id = ?"_s.arg(RunColumns));
    query.addBindValue(runId);
    if (!query.exec())
        return m_store->error(query.lastError());
    if (!query.next())
        return std::optional<BulkRunRecord>();
    return std::optional(runFrom(query));
}

Result<std::optional<BulkRunRecord>, StoreError> BulkJournal::latestUnfinished(const QString& connection) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM bulk_runs WHERE state IN (?, ?)%2 ORDER BY created_at DESC, id DESC LIMIT 1"_s.arg(
        RunColumns, connection.isEmpty() ? QString() : u" AND connection = ?"_s));
    query.addBindValue(BulkRunRecord::stateName(BulkRunRecord::State::Running));
    query.addBindValue(BulkRunRecord::stateName(BulkRunRecord::State::Paused));
    if (!connection.isEmpty())
        query.addBindValue(connection);
    if (!query.exec())
        return m_store->error(query.lastError());
    if (!query.next())
        return std::optional<BulkRunRecord>();
    return std::optional(runFrom(query));
}

Result<QList<BulkItemRecord>, StoreError> BulkJournal::items(const QString& runId) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM bulk_items WHERE run_id = ? ORDER BY position"_s.arg(ItemColumns));
    query.addBindValue(runId);
    if (!query.exec())
        return m_store->error(query.lastError());
    QList<BulkItemRecord> list;
    while (query.next())
        list.append(itemFrom(query));
    if (query.lastError().isValid())
        return m_store->error(query.lastError());
    return list;
}
