// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MergeMetadataCommand.h"

#include "ui/MetadataTableModel.h"

#include <QHash>

MergeMetadataCommand::MergeMetadataCommand(
    MetadataTableModel* model, const QList<MetadataEntry>& entries, const QString& text, QUndoCommand* parent)
    : MetadataRowsCommand(model, parent)
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

    int position = model->rowCount();
    for (const QString& key : std::as_const(keys)) {
        const QString value = values.value(key);
        int row = model->rowOfKey(key);
        if (row < 0) {
            // A removed baseline row with this key comes back rather than a second row with the same key.
            for (int i = 0; i < model->rowCount(); ++i) {
                const MetadataRow candidate = model->rowAt(i);
                if (candidate.removed && candidate.entry.key == key) {
                    row = i;
                    break;
                }
            }
        }
        if (row < 0) {
            addInsert(position++, MetadataRow {MetadataRow::nextId(), MetadataEntry {key, value}, std::nullopt, false});
            ++m_added;
            continue;
        }
        const MetadataRow current = model->rowAt(row);
        if (current.entry.value == value && !current.removed) {
            ++m_unchanged;
            continue;
        }
        MetadataRow after = current;
        after.entry.value = value;
        after.removed = false;
        addUpdate(current, after);
        ++m_updated;
    }
    setText(text);
}
