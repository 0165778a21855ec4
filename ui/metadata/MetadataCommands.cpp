// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataCommands.h"

#include "core/model/MetadataDocument.h"
#include "ui/metadata/UndoCommand.h"
#include "ui/save/ReviewText.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

namespace MetadataCommands {

namespace {

// Undo texts name the key in at most this many characters.
constexpr int kShownChars = 30;

struct PositionedRow
{
    int position = 0;
    MetadataRow row;
};

// A step that changes whole rows: rows to update, to erase and to insert, replayed by redo() and undo().
struct RowsPlan
{
    QList<MetadataRow> before;
    QList<MetadataRow> after;
    // Current positions, ascending.
    QList<PositionedRow> erased;
    // Positions once inserted, ascending.
    QList<PositionedRow> inserted;

    bool isEmpty() const { return after.isEmpty() && erased.isEmpty() && inserted.isEmpty(); }
    void update(const MetadataRow& from, const MetadataRow& to)
    {
        before.append(from);
        after.append(to);
    }
};

std::unique_ptr<QUndoCommand> rowsCommand(MetadataDocument* document, const QString& text, RowsPlan plan)
{
    if (plan.isEmpty()) {
        return nullptr;
    }
    const QPointer<MetadataDocument> target(document);
    const auto shared = std::make_shared<const RowsPlan>(std::move(plan));
    const auto redo = [target, shared] {
        if (!target) {
            return;
        }
        target->beginBatch();
        for (const MetadataRow& row : shared->after) {
            target->applyRow(row);
        }
        for (const PositionedRow& erased : shared->erased) {
            target->applyErase(erased.row.id);
        }
        for (const PositionedRow& inserted : shared->inserted) {
            target->applyInsert(inserted.position, inserted.row);
        }
        target->endBatch();
    };
    const auto undo = [target, shared] {
        if (!target) {
            return;
        }
        target->beginBatch();
        for (const PositionedRow& inserted : shared->inserted) {
            target->applyErase(inserted.row.id);
        }
        // Ascending positions put every row back where it was, as long as nothing was sorted meanwhile.
        for (const PositionedRow& erased : shared->erased) {
            target->applyInsert(erased.position, erased.row);
        }
        for (const MetadataRow& row : shared->before) {
            target->applyRow(row);
        }
        target->endBatch();
    };
    return UndoCommand::make(text, redo, undo);
}

// The rows in range, ascending, each once.
QList<int> validRows(const MetadataDocument* document, const QList<int>& rows)
{
    QList<int> sorted;
    for (const int row : rows) {
        if (row >= 0 && row < document->rowCount()) {
            sorted.append(row);
        }
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
}

MetadataRow addedRow(const MetadataEntry& entry)
{
    return MetadataRow {MetadataRow::nextId(), entry, std::nullopt, false};
}

} // namespace

std::unique_ptr<QUndoCommand> setCell(MetadataDocument* document, int row, int column, const QString& text)
{
    if (row < 0 || row >= document->rowCount()) {
        return nullptr;
    }
    const MetadataRow& current = document->rowAt(row);
    const bool key = column == MetadataDocument::KeyColumn;
    const QString before = key ? current.entry.key : current.entry.value;
    if (current.removed || before == text) {
        return nullptr;
    }
    const QString undoText = key
        ? QCoreApplication::translate("MetadataCommands", "Edit key “%1”").arg(ReviewText::shortened(text, kShownChars))
        : QCoreApplication::translate("MetadataCommands", "Edit value of “%1”")
              .arg(ReviewText::shortened(current.entry.key, kShownChars));
    const QPointer<MetadataDocument> target(document);
    const quint64 id = current.id;
    return UndoCommand::make(
        undoText,
        [target, id, column, text] {
            if (target) {
                target->applyCell(id, column, text);
            }
        },
        [target, id, column, before] {
            if (target) {
                target->applyCell(id, column, before);
            }
        });
}

std::unique_ptr<QUndoCommand> insertRows(MetadataDocument* document, int position, const QList<MetadataEntry>& entries)
{
    position = std::clamp(position, 0, document->rowCount());
    RowsPlan plan;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        plan.inserted.append(PositionedRow {position + static_cast<int>(i), addedRow(entries.at(i))});
    }
    const auto count = static_cast<int>(entries.size());
    return rowsCommand(document,
        count == 1 ? QCoreApplication::translate("MetadataCommands", "Add %n row", nullptr, count)
                   : QCoreApplication::translate("MetadataCommands", "Add %n rows", nullptr, count),
        std::move(plan));
}

std::unique_ptr<QUndoCommand> appendRow(MetadataDocument* document, const MetadataEntry& entry)
{
    return insertRows(document, document->rowCount(), {entry});
}

std::unique_ptr<QUndoCommand> removeRows(MetadataDocument* document, const QList<int>& rows)
{
    RowsPlan plan;
    int count = 0;
    for (const int row : validRows(document, rows)) {
        const MetadataRow& current = document->rowAt(row);
        if (current.removed) {
            continue;
        }
        if (current.original) {
            MetadataRow after = current;
            after.removed = true;
            plan.update(current, after);
        } else {
            plan.erased.append(PositionedRow {row, current});
        }
        ++count;
    }
    return rowsCommand(document,
        count == 1 ? QCoreApplication::translate("MetadataCommands", "Remove %n row", nullptr, count)
                   : QCoreApplication::translate("MetadataCommands", "Remove %n rows", nullptr, count),
        std::move(plan));
}

namespace {

std::unique_ptr<QUndoCommand> revert(MetadataDocument* document, const QList<int>& rows, const QString& text)
{
    RowsPlan plan;
    for (const int row : validRows(document, rows)) {
        const MetadataRow& current = document->rowAt(row);
        if (current.state() == MetadataRow::State::Unchanged) {
            continue;
        }
        if (current.original) {
            MetadataRow after = current;
            after.entry = *current.original;
            after.removed = false;
            plan.update(current, after);
        } else {
            plan.erased.append(PositionedRow {row, current});
        }
    }
    return rowsCommand(document, text, std::move(plan));
}

} // namespace

std::unique_ptr<QUndoCommand> revertRows(MetadataDocument* document, const QList<int>& rows)
{
    const auto count = static_cast<int>(rows.size());
    return revert(document, rows,
        count == 1 ? QCoreApplication::translate("MetadataCommands", "Revert %n row", nullptr, count)
                   : QCoreApplication::translate("MetadataCommands", "Revert %n rows", nullptr, count));
}

std::unique_ptr<QUndoCommand> revertAll(MetadataDocument* document)
{
    QList<int> rows(document->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return revert(document, rows, QCoreApplication::translate("MetadataCommands", "Revert all metadata changes"));
}

std::unique_ptr<QUndoCommand> mergeEntries(
    MetadataDocument* document, const QList<MetadataEntry>& entries, const QString& text, MergeCounts* counts)
{
    // The last value of a key counts; keys keep the order of their first appearance.
    QList<QString> keys;
    QHash<QString, QString> values;
    for (const MetadataEntry& entry : entries) {
        if (!values.contains(entry.key)) {
            keys.append(entry.key);
        }
        values.insert(entry.key, entry.value);
    }

    MergeCounts merged;
    RowsPlan plan;
    int position = document->rowCount();
    for (const QString& key : std::as_const(keys)) {
        const QString value = values.value(key);
        int row = document->rowOfKey(key);
        if (row < 0) {
            // A removed baseline row with this key comes back rather than a second row with the same key.
            row = document->rowOfRemovedKey(key);
        }
        if (row < 0) {
            plan.inserted.append(PositionedRow {position++, addedRow(MetadataEntry {key, value})});
            ++merged.added;
            continue;
        }
        const MetadataRow& current = document->rowAt(row);
        if (current.entry.value == value && !current.removed) {
            ++merged.unchanged;
            continue;
        }
        MetadataRow after = current;
        after.entry.value = value;
        after.removed = false;
        plan.update(current, after);
        ++merged.updated;
    }
    if (counts != nullptr) {
        *counts = merged;
    }
    return rowsCommand(document, text, std::move(plan));
}

bool push(QUndoStack* stack, std::unique_ptr<QUndoCommand> command)
{
    if (!command) {
        return false;
    }
    stack->push(command.release());
    return true;
}

} // namespace MetadataCommands
