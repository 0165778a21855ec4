// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkOperation.h"

#include <QList>
#include <QWidget>

class BulkOperationForm;
class QLabel;
class QListWidget;
class QPushButton;

// The operations of a bulk change, in the order they are applied: a BulkOperationForm to type the next one, the list
// of those added (Delete removes the selected one, Alt+Up and Alt+Down move it), and what is wrong with them together
// (BulkPlanner::checkOperations: none at all, deactivate with reactivate, ...). Keyboard-first, like the metadata
// editor.
class BulkOperationsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BulkOperationsEditor(QWidget* parent = nullptr);

    QList<BulkOperation> operations() const { return m_operations; }
    void setOperations(const QList<BulkOperation>& operations);
    // What is wrong with the operations added; empty when they may be previewed.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // Adds what the form holds when something was typed and not added (as Enter would). False when that is invalid
    // (the form shows why); true when there was nothing to add.
    bool addPending();

    BulkOperationForm* form() const { return m_form; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void operationsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void append(const BulkOperation& operation);
    void removeSelected();
    void moveSelected(int by);
    void refresh(int selectRow);
    void updateButtons();

    QList<BulkOperation> m_operations;
    BulkOperationForm* m_form = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_problems = nullptr;
};
