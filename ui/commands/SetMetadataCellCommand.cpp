// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SetMetadataCellCommand.h"

#include "ui/MetadataTableModel.h"

namespace {

QString shortened(const QString& text)
{
    constexpr qsizetype kShown = 30;
    QString oneLine = text.simplified();
    return oneLine.size() > kShown ? oneLine.left(kShown - 1) + QChar(0x2026) : oneLine;
}

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
        setText(tr("Edit key “%1”").arg(shortened(text)));
    } else {
        m_before = current.entry.value;
        setText(tr("Edit value of “%1”").arg(shortened(current.entry.key)));
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
