// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryJournal.h"

#include "core/store/HistorySearchText.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString EntryColumns = u"id, recorded_at, completed_at, os_user, program, connection, customer_id, "
                             "customer_name, operation, request_body, state, error"_s;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : nullText();
}

QVariant nonEmptyOrNull(const QString& text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

// A LIKE pattern (with ESCAPE '!') that finds text anywhere, whatever its own % and _.
QString containing(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
    return u'%' + escaped + u'%';
}

// The WHERE clause of a filter (lower() and LIKE ... ESCAPE are standard SQL) and the values it binds, in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

Condition condition(const HistoryFilter& filter)
{
    QStringList parts;
    Condition result;
    if (!filter.customerId.isEmpty()) {
        parts.append(u"customer_id = ?"_s);
        result.values.append(filter.customerId);
    }
    if (filter.since) {
        parts.append(u"recorded_at >= ?"_s);
        result.values.append(HistoryJournal::formatTime(*filter.since));
    }
    if (filter.until) {
        parts.append(u"recorded_at < ?"_s);
        result.values.append(HistoryJournal::formatTime(*filter.until));
    }
    if (!filter.text.isEmpty()) {
        // The entry's folded text (HistorySearchText); an entry without one was written by a program before schema
        // 7, and is looked for as then, column by column with lower() (ASCII only in SQLite).
        static const QStringList entryColumns {u"customer_id"_s, u"customer_name"_s, u"os_user"_s, u"program"_s,
            u"operation"_s, u"request_body"_s, u"error"_s};
        static const QStringList changeColumns {u"c.field_key"_s, u"c.before_value"_s, u"c.after_value"_s};
        const auto like = [](const QString& column) {
            return u"lower(coalesce(%1, '')) LIKE ? ESCAPE '!'"_s.arg(column);
        };
        QStringList entryTests;
        for (const QString& column : entryColumns)
            entryTests.append(like(column));
        QStringList changeTests;
        for (const QString& column : changeColumns)
            changeTests.append(like(column));
        parts.append(u"(search_text LIKE ? ESCAPE '!' OR (search_text IS NULL AND (%1 OR EXISTS (SELECT 1 FROM "
                     "history_changes c WHERE c.entry_id = history.id AND (%2)))))"_s.arg(
                         entryTests.join(u" OR "_s), changeTests.join(u" OR "_s)));
        result.values.append(containing(HistorySearchText::folded(filter.text)));
        const QString pattern = containing(filter.text.toLower());
        for (qsizetype i = 0; i < entryColumns.size() + changeColumns.size(); ++i)
            result.values.append(pattern);
    }
    if (!parts.isEmpty())
        result.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return result;
}

HistoryEntry entryFrom(const QSqlQuery& query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toString();
    entry.recordedAt = HistoryJournal::parseTime(query.value(1).toString());
    if (!query.value(2).isNull())
        entry.completedAt = HistoryJournal::parseTime(query.value(2).toString());
    entry.osUser = query.value(3).toString();
    entry.program = query.value(4).toString();
    entry.connection = query.value(5).toString();
    entry.customerId = query.value(6).toString();
    entry.customerName = query.value(7).toString();
    entry.operation =
        HistoryEntry::operationFromName(query.value(8).toString()).value_or(HistoryEntry::Operation::Update);
    entry.requestBody = optionalText(query.value(9));
    entry.state = HistoryEntry::stateFromName(query.value(10).toString()).value_or(HistoryEntry::State::Uncertain);
    entry.error = query.value(11).toString();
    return entry;
}

const QString ChangeColumns = u"field, field_key, before_value, after_value"_s;

// A change from ChangeColumns, the first of them at column first.
HistoryChange changeFrom(const QSqlQuery& query, int first)
{
    HistoryChange change;
    change.field = HistoryChange::fieldFromName(query.value(first).toString()).value_or(HistoryChange::Field::Name);
    change.key = query.value(first + 1).toString();
    change.before = optionalText(query.value(first + 2));
    change.after = optionalText(query.value(first + 3));
    return change;
}

} // namespace

HistoryJournal::HistoryJournal(std::shared_ptr<WorkspaceStore> store)
    : m_store(std::move(store))
{ }

QString HistoryJournal::formatTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QDateTime HistoryJournal::parseTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Result<HistoryEntry, StoreError> HistoryJournal::begin(HistoryEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.recordedAt.isValid())
        entry.recordedAt = QDateTime::currentDateTimeUtc();
    // Stored to the millisecond: the entry returned is the entry read back.
    entry.recordedAt = parseTime(formatTime(entry.recordedAt));
    entry.completedAt.reset();
    entry.state = HistoryEntry::State::Pending;
    entry.error.clear();
    const auto failure = m_store->transaction([&]() -> std::optional<QSqlError> {
        QSqlQuery query(m_store->database());
        query.prepare(u"INSERT INTO history (%1, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            EntryColumns));
        for (const QVariant& value : {QVariant(entry.id), QVariant(formatTime(entry.recordedAt)), nullText(),
                 QVariant(entry.osUser), QVariant(entry.program), QVariant(entry.connection),
                 nonEmptyOrNull(entry.customerId), nonEmptyOrNull(entry.customerName),
                 QVariant(HistoryEntry::operationName(entry.operation)), textOrNull(entry.requestBody),
                 QVariant(HistoryEntry::stateName(entry.state)), nullText(), QVariant(HistorySearchText::of(entry))})
            query.addBindValue(value);
        if (!query.exec())
            return query.lastError();
        query.prepare(u"INSERT INTO history_changes (entry_id, position, field, field_key, before_value, after_value) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype position = 0; position < entry.changes.size(); ++position) {
            const HistoryChange& change = entry.changes.at(position);
            query.addBindValue(entry.id);
            query.addBindValue(int(position));
            query.addBindValue(HistoryChange::fieldName(change.field));
            query.addBindValue(change.key.isNull() ? u""_s : change.key);
            query.addBindValue(textOrNull(change.before));
            query.addBindValue(textOrNull(change.after));
            if (!query.exec())
                return query.lastError();
        }
        return std::nullopt;
    });
    if (failure)
        return *failure;
    return entry;
}

std::optional<StoreError> HistoryJournal::complete(const QString& id, HistoryEntry::State state,
    const QString& customerId, const QString& customerName, const QString& error)
{
    bool found = false;
    auto failure = m_store->transaction([&]() -> std::optional<QSqlError> {
        QStringList assignments {u"state = ?"_s, u"completed_at = ?"_s, u"error = ?"_s};
        QVariantList values {
            HistoryEntry::stateName(state), formatTime(QDateTime::currentDateTimeUtc()), nonEmptyOrNull(error)};
        if (!customerId.isEmpty()) {
            assignments.append(u"customer_id = ?"_s);
            values.append(customerId);
        }
        if (!customerName.isEmpty()) {
            assignments.append(u"customer_name = ?"_s);
            values.append(customerName);
        }
        // The error, and a created customer's id and name, are found too. An entry an earlier program wrote has no
        // search text, and is looked for as then.
        assignments.append(u"search_text = CASE WHEN search_text IS NULL THEN NULL ELSE search_text || ? END"_s);
        values.append(QString(u'\n' + HistorySearchText::of({error, customerId, customerName})));
        QSqlQuery query(m_store->database());
        query.prepare(u"UPDATE history SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
        for (const QVariant& value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(id);
        if (!query.exec())
            return query.lastError();
        found = query.numRowsAffected() > 0;
        return std::nullopt;
    });
    if (!failure && !found)
        failure = StoreError {StoreError::Kind::Failed,
            tr("The history holds no entry %1 to complete; it may have been removed.").arg(id)};
    return failure;
}

Result<std::optional<HistoryEntry>, StoreError> HistoryJournal::entry(const QString& id) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM history WHERE id = ?"_s.arg(EntryColumns));
    query.addBindValue(id);
    if (!query.exec())
        return m_store->error(query.lastError());
    if (!query.next())
        return std::optional<HistoryEntry>();
    HistoryEntry found = entryFrom(query);
    query.finish();
    if (auto failure = loadChanges(found))
        return m_store->error(*failure);
    return std::optional(found);
}

Result<QList<HistoryEntry>, StoreError> HistoryJournal::entries(const HistoryFilter& filter) const
{
    const Condition where = condition(filter);
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM history%2 ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?"_s.arg(EntryColumns, where.sql));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.addBindValue(filter.limit > 0 ? qint64(filter.limit) : std::numeric_limits<qint64>::max());
    query.addBindValue(qint64(qMax(0, filter.offset)));
    if (!query.exec())
        return m_store->error(query.lastError());
    QList<HistoryEntry> list;
    while (query.next())
        list.append(entryFrom(query));
    query.finish();
    for (HistoryEntry& each : list) {
        if (auto failure = loadChanges(each))
            return m_store->error(*failure);
    }
    return list;
}

Result<QList<HistoryEntry>, StoreError> HistoryJournal::entriesFor(
    const QString& customerId, int limit, int offset) const
{
    HistoryFilter filter;
    filter.customerId = customerId;
    filter.limit = limit;
    filter.offset = offset;
    if (customerId.isEmpty())
        return QList<HistoryEntry>();
    return entries(filter);
}

Result<qint64, StoreError> HistoryJournal::count(const HistoryFilter& filter) const
{
    const Condition where = condition(filter);
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT count(*) FROM history"_s + where.sql);
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_store->error(query.lastError());
    return query.value(0).toLongLong();
}

std::optional<QSqlError> HistoryJournal::loadChanges(HistoryEntry& entry) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM history_changes WHERE entry_id = ? ORDER BY position"_s.arg(ChangeColumns));
    query.addBindValue(entry.id);
    if (!query.exec())
        return query.lastError();
    entry.changes.clear();
    while (query.next())
        entry.changes.append(changeFrom(query, 0));
    return std::nullopt;
}

std::optional<QSqlError> HistoryJournal::fillSearchText(QSqlDatabase& db)
{
    // The entries and their changes each read once, both in entry order, rather than a query per entry: 100,000
    // entries took 9 s that way.
    QSqlQuery entries(db);
    entries.setForwardOnly(true);
    if (!entries.exec(u"SELECT %1 FROM history WHERE search_text IS NULL ORDER BY id"_s.arg(EntryColumns)))
        return entries.lastError();
    QSqlQuery changes(db);
    changes.setForwardOnly(true);
    if (!changes.exec(u"SELECT c.entry_id, %1 FROM history_changes c JOIN history h ON h.id = c.entry_id "
                      "WHERE h.search_text IS NULL ORDER BY c.entry_id, c.position"_s.arg(ChangeColumns)))
        return changes.lastError();
    QList<std::pair<QString, QString>> texts; // id, search text
    bool moreChanges = changes.next();
    while (entries.next()) {
        HistoryEntry entry = entryFrom(entries);
        while (moreChanges && changes.value(0).toString() < entry.id)
            moreChanges = changes.next(); // of no entry (foreign keys were off when it was written)
        for (; moreChanges && changes.value(0).toString() == entry.id; moreChanges = changes.next())
            entry.changes.append(changeFrom(changes, 1));
        texts.append({entry.id, HistorySearchText::of(entry)});
    }
    if (entries.lastError().isValid())
        return entries.lastError();
    entries.finish();
    changes.finish();
    QSqlQuery update(db);
    update.prepare(u"UPDATE history SET search_text = ? WHERE id = ?"_s);
    for (const auto& [id, text] : std::as_const(texts)) {
        update.addBindValue(text);
        update.addBindValue(id);
        if (!update.exec())
            return update.lastError();
    }
    return std::nullopt;
}
