// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SetMetadataCellCommand.h"

#include "ui/MetadataTableModel.h"
#include "ui/ReviewText.h"

namespace {

// Undo texts name the key in at most this many characters.
constexpr int kShownChars = 30;

} // namespace

SetMetadataCellCommand::SetMetadataCellCommand(
    MetadataTableModel* model, int row, int column, const QString& text, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_column(column)
    , m_after(text)
{
    const MetadataRow current = model->rowAt(row);
    m_rowId = current.id;
    if (column == MetadataTableModel::KeyColumn) {
        m_before = current.entry.key;
        setText(tr("Edit key “%1”").arg(ReviewText::shortened(text, kShownChars)));
    } else {
        m_before = current.entry.value;
        setText(tr("Edit value of “%1”").arg(ReviewText::shortened(current.entry.key, kShownChars)));
    }
}

void SetMetadataCellCommand::redo()
{
    if (m_model) {
        m_model->applyCell(m_rowId, m_column, m_after);
    }
}

void SetMetadataCellCommand::undo()
{
    if (m_model) {
        m_model->applyCell(m_rowId, m_column, m_before);
    }
}
