// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MetadataTableModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

// The key or the value of one row typed anew (MetadataTableModel::setData()).
class SetMetadataCellCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetMetadataCellCommand)

public:
    // Takes the current text of the cell as the text to undo to.
    SetMetadataCellCommand(
        MetadataTableModel* model, int row, int column, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<MetadataTableModel> m_model;
    quint64 m_rowId = 0;
    int m_column = 0;
    QString m_before;
    QString m_after;
};
