// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "InsertMetadataRowsCommand.h"

InsertMetadataRowsCommand::InsertMetadataRowsCommand(
    MetadataTableModel* model, int position, const QList<MetadataEntry>& entries, QUndoCommand* parent)
    : MetadataRowsCommand(model, parent)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        addInsert(
            position + static_cast<int>(i), MetadataRow {MetadataRow::nextId(), entries.at(i), std::nullopt, false});
    }
    setText(entries.size() == 1 ? tr("Add %n row", nullptr, 1)
                                : tr("Add %n rows", nullptr, static_cast<int>(entries.size())));
}
