// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkOperationsEditor.h"

#include "core/model/BulkPlanner.h"
#include "ui/bulk/BulkOperationForm.h"
#include "ui/bulk/BulkWidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BulkOperationsEditor::BulkOperationsEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new BulkOperationForm(this))
    , m_list(new QListWidget(this))
{
    connect(m_form, &BulkOperationForm::addRequested, this, &BulkOperationsEditor::append);
    m_list->setObjectName(u"operationList"_s);
    m_list->setAccessibleName(tr("Operations, in the order they are applied"));
    m_list->setToolTip(tr("Applied in this order to each customer. Delete removes an operation; Alt+Up and Alt+Down "
                          "move it."));
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this, &BulkOperationsEditor::updateButtons);

    m_remove = BulkWidgets::button(
        this, u"removeOperationButton"_s, tr("&Remove"), tr("Remove the selected operation (Delete)"));
    m_up = BulkWidgets::button(
        this, u"moveOperationUpButton"_s, tr("Move &Up"), tr("Apply the selected operation earlier (Alt+Up)"));
    m_down = BulkWidgets::button(
        this, u"moveOperationDownButton"_s, tr("Move Do&wn"), tr("Apply the selected operation later (Alt+Down)"));
    connect(m_remove, &QPushButton::clicked, this, &BulkOperationsEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"operationsProblems"_s);
    m_problems->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_problems);
    refresh(-1);
}

void BulkOperationsEditor::setOperations(const QList<BulkOperation>& operations)
{
    m_operations = operations;
    refresh(int(operations.size()) - 1);
}

QStringList BulkOperationsEditor::problems() const
{
    return BulkPlanner::checkOperations(m_operations);
}

bool BulkOperationsEditor::addPending()
{
    return !m_form->hasInput() || m_form->add();
}

void BulkOperationsEditor::append(const BulkOperation& operation)
{
    m_operations.append(operation);
    refresh(int(m_operations.size()) - 1);
}

void BulkOperationsEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_operations.size())
        return;
    m_operations.removeAt(row);
    refresh(qMin(row, int(m_operations.size()) - 1));
}

void BulkOperationsEditor::moveSelected(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_operations.size())
        return;
    m_operations.move(row, to);
    refresh(to);
}

void BulkOperationsEditor::refresh(int selectRow)
{
    m_list->clear();
    for (int row = 0; row < m_operations.size(); ++row)
        m_list->addItem(u"%1. %2"_s.arg(row + 1).arg(m_operations.at(row).describe()));
    if (selectRow >= 0)
        m_list->setCurrentRow(selectRow);
    // With none yet, the line says how to add one rather than what is wrong.
    m_problems->setText(m_operations.isEmpty()
            ? tr("No operations yet: choose one above, fill in its fields and press Enter.")
            : problems().join(u'\n'));
    m_problems->setVisible(!m_problems->text().isEmpty());
    updateButtons();
    Q_EMIT operationsChanged();
}

void BulkOperationsEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_operations.size());
}

bool BulkOperationsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
