// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/MetadataEntry.h"
#include "ui/commands/MetadataRowsCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Rows put back as the server has them: baseline rows get their pair back (and lose the removed mark), added rows are
// deleted.
class RevertMetadataRowsCommand : public MetadataRowsCommand
{
    Q_DECLARE_TR_FUNCTIONS(RevertMetadataRowsCommand)

public:
    RevertMetadataRowsCommand(
        MetadataTableModel* model, const QList<int>& rows, const QString& text, QUndoCommand* parent = nullptr);
};
