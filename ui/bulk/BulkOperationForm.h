// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkOperation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// One bulk operation being typed: its kind (set, remove, rename, replace text, deactivate, reactivate) and the fields
// that kind needs (key; value, new key or text to find; replacement), shown or hidden with the kind. Keyboard-first:
// Tab goes from field to field and Enter in any of them adds the operation (Add does too), when the operation
// itself is valid (BulkPlanner::checkOperations); otherwise the problem shows under the fields and nothing is added.
// After an addition the fields are cleared and the key field has the focus again, for the next.
class BulkOperationForm : public QWidget
{
    Q_OBJECT

public:
    explicit BulkOperationForm(QWidget* parent = nullptr);

    BulkOperation::Kind kind() const;
    void setKind(BulkOperation::Kind kind);
    // The operation as typed (not checked).
    BulkOperation operation() const;
    // Something typed that was not added yet.
    bool hasInput() const;
    // Checks the operation as typed; emits addRequested() and clears the fields when it is valid. False (the
    // problem shown) otherwise.
    bool add();
    void clear();
    // The problem shown under the fields; empty when none.
    QString problemText() const;

Q_SIGNALS:
    void addRequested(const BulkOperation& operation);
    // The kind or a field changed.
    void inputChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onKindChanged();
    void showProblem(const QString& problem);

    QComboBox* m_kind = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_secondLabel = nullptr;
    QLineEdit* m_second = nullptr; // the value, the new key or the text to find
    QLabel* m_replacementLabel = nullptr;
    QLineEdit* m_replacement = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_problem = nullptr;
};
