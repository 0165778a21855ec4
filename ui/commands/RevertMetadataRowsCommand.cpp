// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "RevertMetadataRowsCommand.h"

#include "ui/MetadataTableModel.h"

#include <algorithm>

RevertMetadataRowsCommand::RevertMetadataRowsCommand(
    MetadataTableModel* model, const QList<int>& rows, const QString& text, QUndoCommand* parent)
    : MetadataRowsCommand(model, parent)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    for (const int row : std::as_const(sorted)) {
        if (row < 0 || row >= model->rowCount()) {
            continue;
        }
        const MetadataRow current = model->rowAt(row);
        if (current.state() == MetadataRow::State::Unchanged) {
            continue;
        }
        if (current.original) {
            MetadataRow after = current;
            after.entry = *current.original;
            after.removed = false;
            addUpdate(current, after);
        } else {
            addErase(row, current);
        }
    }
    setText(text);
}
