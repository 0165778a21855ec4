// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/MergeResult.h"

#include <QDialog>

class QPushButton;

// Asks, for unsaved edits being restored, which side wins where the server changed the same field differently
// since the edits were made: one ConflictChoiceWidget per conflict, as the save's review shows them. Open it with
// open(); accepted() (Restore, enabled once every conflict has a side) means "restore merge()".
class RestoreConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreConflictsDialog(const QString& customerName, const MergeResult& merge, QWidget* parent = nullptr);

    // The merge with the user's choices so far.
    MergeResult merge() const { return m_merge; }

private:
    MergeResult m_merge;
    QPushButton* m_restoreButton = nullptr;
};
