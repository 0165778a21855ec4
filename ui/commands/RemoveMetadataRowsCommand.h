// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/MetadataEntry.h"
#include "ui/commands/MetadataRowsCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Rows removed: baseline rows are marked removed and stay visible, added rows are deleted.
class RemoveMetadataRowsCommand : public MetadataRowsCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMetadataRowsCommand)

public:
    RemoveMetadataRowsCommand(MetadataTableModel* model, const QList<int>& rows, QUndoCommand* parent = nullptr);
};
