// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MetadataRow.h"
#include "ui/MetadataTableModel.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>

// Base of the commands that change whole rows: a plan of rows to update, to erase and to insert, built by the
// subclass's constructor from the model's state and replayed by redo() and undo(). Rows are found by id, so the
// plan survives sorting.
class MetadataRowsCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

    // Nothing to do: callers do not push it.
    bool isEmpty() const;

protected:
    explicit MetadataRowsCommand(MetadataTableModel* model, QUndoCommand* parent = nullptr);

    // A row that stays but changes its entry or removed flag.
    void addUpdate(const MetadataRow& before, const MetadataRow& after);
    // A row that goes; position is its current row. Add them in ascending order.
    void addErase(int position, const MetadataRow& row);
    // A row that comes; position is its row once inserted. Add them in ascending order.
    void addInsert(int position, const MetadataRow& row);

private:
    struct PositionedRow
    {
        int position = 0;
        MetadataRow row;
    };

    QPointer<MetadataTableModel> m_model;
    QList<MetadataRow> m_before;
    QList<MetadataRow> m_after;
    QList<PositionedRow> m_erased;
    QList<PositionedRow> m_inserted;
};
