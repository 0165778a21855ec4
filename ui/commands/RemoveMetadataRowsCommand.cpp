// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "RemoveMetadataRowsCommand.h"

#include "ui/MetadataTableModel.h"

#include <algorithm>

RemoveMetadataRowsCommand::RemoveMetadataRowsCommand(
    MetadataTableModel* model, const QList<int>& rows, QUndoCommand* parent)
    : MetadataRowsCommand(model, parent)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    int count = 0;
    for (const int row : std::as_const(sorted)) {
        if (row < 0 || row >= model->rowCount()) {
            continue;
        }
        const MetadataRow current = model->rowAt(row);
        if (current.removed) {
            continue;
        }
        if (current.original) {
            MetadataRow after = current;
            after.removed = true;
            addUpdate(current, after);
        } else {
            addErase(row, current);
        }
        ++count;
    }
    setText(count == 1 ? tr("Remove %n row", nullptr, count) : tr("Remove %n rows", nullptr, count));
}
