// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/MetadataEntry.h"
#include "ui/commands/MetadataRowsCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Pasted or imported pairs in one step: existing keys get the new value, a removed baseline row with the key comes back
// with it, and other keys are added at the end.
class MergeMetadataCommand : public MetadataRowsCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeMetadataCommand)

public:
    MergeMetadataCommand(MetadataTableModel* model, const QList<MetadataEntry>& entries, const QString& text,
        QUndoCommand* parent = nullptr);

    int addedCount() const { return m_added; }
    int updatedCount() const { return m_updated; }
    int unchangedCount() const { return m_unchanged; }

private:
    int m_added = 0;
    int m_updated = 0;
    int m_unchanged = 0;
};
