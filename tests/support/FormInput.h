// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/customer/CustomerDetailWidget.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

// Typing into the open customer's form as a user does, for the window tests (keys, not setters).
namespace FormInput {

// Types text at the end of the name field.
inline void typeInName(CustomerDetailWidget* detail, const QString& text)
{
    detail->nameEdit()->setFocus();
    detail->nameEdit()->end(false);
    QTest::keyClicks(detail->nameEdit(), text);
}

// Edits a value cell through the view's editor: edit(), type, Enter; fails the test unless the model then holds text.
inline void editValue(CustomerDetailWidget* detail, int row, const QString& text)
{
    QTableView* view = detail->metadataEditor()->view();
    MetadataTableModel* model = detail->metadataEditor()->model();
    const QModelIndex index = model->index(row, MetadataTableModel::ValueColumn);
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    QPlainTextEdit* editor = nullptr;
    QTRY_VERIFY((editor = view->findChild<QPlainTextEdit*>(QStringLiteral("metadataValueEditor"))) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->data(index).toString(), text);
}

} // namespace FormInput
