// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "RestoreConflictsDialog.h"

#include "ui/save/ConflictChoiceWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RestoreConflictsDialog::RestoreConflictsDialog(const QString& customerName, const MergeResult& merge, QWidget* parent)
    : QDialog(parent)
    , m_merge(merge)
{
    setObjectName(u"restoreConflictsDialog"_s);
    setWindowTitle(tr("Restore Unsaved Edits"));
    setSizeGripEnabled(true);

    auto* intro = new QLabel(tr("“%1” was changed on the server since your unsaved edits were made, and some of the "
                                "same fields differently. Choose what to keep; your other edits and the server's "
                                "other changes are combined.")
                                 .arg(customerName),
        this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* container = new QWidget(area);
    auto* list = new QVBoxLayout(container);
    const QList<MergeConflict> conflicts = m_merge.conflicts();
    QList<ConflictChoiceWidget*> widgets;
    for (int i = 0; i < conflicts.size(); ++i) {
        auto* widget = new ConflictChoiceWidget(conflicts.at(i), container);
        widget->setObjectName(u"conflictChoice_%1"_s.arg(i));
        connect(widget, &ConflictChoiceWidget::choiceChanged, this, [this, i](MergeConflict::Side side) {
            m_merge.resolve(i, side);
            m_restoreButton->setEnabled(!m_merge.hasUnresolvedConflicts());
        });
        list->addWidget(widget);
        widgets.append(widget);
    }
    list->addStretch();
    area->setWidget(container);
    area->setMinimumHeight(qMin(container->sizeHint().height(), 300));

    auto* buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setEnabled(!m_merge.hasUnresolvedConflicts());
    QPushButton* later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    later->setToolTip(tr("Keep the unsaved edits for the next start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(area, 1);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 640), sizeHint().height());
    if (!widgets.isEmpty())
        widgets.constFirst()->setFocus();
}
