// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/MergeConflict.h"

#include <QFrame>

#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;

// One conflict of a three-way merge shown side by side (original / mine / server's), with a choice of
// "Keep mine" or "Take server's". No side is chosen until the user picks one.
class ConflictChoiceWidget : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictChoiceWidget(const MergeConflict& conflict, QWidget* parent = nullptr);

    MergeConflict conflict() const { return m_conflict; }
    // nullopt until a side is chosen.
    std::optional<MergeConflict::Side> choice() const;
    void setChoice(MergeConflict::Side side);

    // "Name" or "Key “region”", as shown in the title.
    QString title() const;

Q_SIGNALS:
    // Emitted when the user (or setChoice()) picks a side.
    void choiceChanged(MergeConflict::Side side);

private:
    QLabel* valueLabel(
        const std::optional<QString>& value, const QString& absentText, const QString& objectName, const QString& role);

    MergeConflict m_conflict;
    QButtonGroup* m_group = nullptr;
    QRadioButton* m_mineRadio = nullptr;
    QRadioButton* m_theirsRadio = nullptr;
};
