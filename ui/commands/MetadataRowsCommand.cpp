// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataRowsCommand.h"

#include "ui/MetadataTableModel.h"

MetadataRowsCommand::MetadataRowsCommand(MetadataTableModel* model, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
{ }

bool MetadataRowsCommand::isEmpty() const
{
    return m_after.isEmpty() && m_erased.isEmpty() && m_inserted.isEmpty();
}

void MetadataRowsCommand::addUpdate(const MetadataRow& before, const MetadataRow& after)
{
    m_before.append(before);
    m_after.append(after);
}

void MetadataRowsCommand::addErase(int position, const MetadataRow& row)
{
    m_erased.append(PositionedRow {position, row});
}

void MetadataRowsCommand::addInsert(int position, const MetadataRow& row)
{
    m_inserted.append(PositionedRow {position, row});
}

void MetadataRowsCommand::redo()
{
    if (!m_model) {
        return;
    }
    m_model->beginBatch();
    for (const MetadataRow& row : std::as_const(m_after)) {
        m_model->applyRow(row);
    }
    for (const PositionedRow& erased : std::as_const(m_erased)) {
        m_model->applyErase(erased.row.id);
    }
    for (const PositionedRow& inserted : std::as_const(m_inserted)) {
        m_model->applyInsert(inserted.position, inserted.row);
    }
    m_model->endBatch();
}

void MetadataRowsCommand::undo()
{
    if (!m_model) {
        return;
    }
    m_model->beginBatch();
    for (const PositionedRow& inserted : std::as_const(m_inserted)) {
        m_model->applyErase(inserted.row.id);
    }
    // Ascending positions put every row back where it was, as long as nothing was sorted meanwhile.
    for (const PositionedRow& erased : std::as_const(m_erased)) {
        m_model->applyInsert(erased.position, erased.row);
    }
    for (const MetadataRow& row : std::as_const(m_before)) {
        m_model->applyRow(row);
    }
    m_model->endBatch();
}
