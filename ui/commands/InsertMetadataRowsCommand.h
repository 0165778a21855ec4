// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/MetadataEntry.h"
#include "ui/commands/MetadataRowsCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// New rows at one position (MetadataTableModel::insertRows(), appendRow()).
class InsertMetadataRowsCommand : public MetadataRowsCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertMetadataRowsCommand)

public:
    InsertMetadataRowsCommand(
        MetadataTableModel* model, int position, const QList<MetadataEntry>& entries, QUndoCommand* parent = nullptr);
};
