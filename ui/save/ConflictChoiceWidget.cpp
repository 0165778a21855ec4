// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ConflictChoiceWidget.h"

#include "ui/save/ReviewText.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxShownChars = 120;

} // namespace

ConflictChoiceWidget::ConflictChoiceWidget(const MergeConflict& conflict, QWidget* parent)
    : QFrame(parent)
    , m_conflict(conflict)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Conflict: %1").arg(title()));
    setAccessibleDescription(conflict.describe());

    auto* titleLabel = new QLabel(this);
    titleLabel->setObjectName(u"conflictTitle"_s);
    titleLabel->setTextFormat(Qt::PlainText);
    titleLabel->setText(title());
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);

    auto* originalHeading = new QLabel(tr("Original"), this);
    originalHeading->setObjectName(u"originalHeading"_s);
    m_mineRadio = new QRadioButton(tr("&Keep mine"), this);
    m_mineRadio->setObjectName(u"keepMineRadio"_s);
    m_mineRadio->setAccessibleName(tr("Keep mine for %1").arg(title()));
    m_theirsRadio = new QRadioButton(tr("&Take server's"), this);
    m_theirsRadio->setObjectName(u"takeServersRadio"_s);
    m_theirsRadio->setAccessibleName(tr("Take the server's value for %1").arg(title()));

    // Checked radio buttons of an exclusive group cannot be unchecked by the user, and none is checked at
    // first: the user has to decide.
    m_group = new QButtonGroup(this);
    m_group->addButton(m_mineRadio, int(MergeConflict::Side::Mine));
    m_group->addButton(m_theirsRadio, int(MergeConflict::Side::Theirs));
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT choiceChanged(MergeConflict::Side(id));
    });

    const QString notSet = conflict.field == MergeConflict::Field::Name ? tr("(empty)") : tr("not set");
    QLabel* original = valueLabel(conflict.base, notSet, u"originalValue"_s, tr("Original value"));
    QLabel* mine = valueLabel(conflict.mine, tr("removed"), u"mineValue"_s, tr("My value"));
    QLabel* theirs = valueLabel(conflict.theirs, tr("removed"), u"serversValue"_s, tr("Server's value"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(titleLabel, 0, 0, 1, 3);
    layout->addWidget(originalHeading, 1, 0);
    layout->addWidget(m_mineRadio, 1, 1);
    layout->addWidget(m_theirsRadio, 1, 2);
    layout->addWidget(original, 2, 0, Qt::AlignTop);
    layout->addWidget(mine, 2, 1, Qt::AlignTop);
    layout->addWidget(theirs, 2, 2, Qt::AlignTop);
    for (int column = 0; column < 3; ++column)
        layout->setColumnStretch(column, 1);
}

QString ConflictChoiceWidget::title() const
{
    if (m_conflict.field == MergeConflict::Field::Name)
        return tr("Name");
    return tr("Key “%1”").arg(ReviewText::shortened(m_conflict.key, 60));
}

std::optional<MergeConflict::Side> ConflictChoiceWidget::choice() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return MergeConflict::Side(id);
}

void ConflictChoiceWidget::setChoice(MergeConflict::Side side)
{
    (side == MergeConflict::Side::Mine ? m_mineRadio : m_theirsRadio)->setChecked(true);
}

QLabel* ConflictChoiceWidget::valueLabel(
    const std::optional<QString>& value, const QString& absentText, const QString& objectName, const QString& role)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(ReviewText::shown(value, absentText, kMaxShownChars));
    if (value) {
        label->setToolTip(ReviewText::toolTip(*value));
        label->setAccessibleName(u"%1: %2"_s.arg(role, *value));
    } else {
        // Absence is said in words, in italics and a muted colour from the palette.
        QFont italic = label->font();
        italic.setItalic(true);
        label->setFont(italic);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAccessibleName(u"%1: %2"_s.arg(role, label->text()));
    }
    return label;
}
