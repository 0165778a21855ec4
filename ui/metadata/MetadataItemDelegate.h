// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Draws and edits the cells of the metadata table (MetadataTableModel). Drawing: the row's state and the cell's
// issues, from the model's roles, in colours from MetadataPalette and the view's palette: added rows and changed
// cells tinted, removed rows greyed and struck through, errors and warnings tinted with the style's icon.
//
// Editors: a QLineEdit for keys and a QPlainTextEdit for values (values may hold line
// breaks: Enter saves, Shift+Enter starts a new line). Both show the character limit while typing, and mark the
// editor when the text goes over it, but never refuse input: no QValidator, no maxLength (invalid input is kept
// and flagged by the model). Line breaks and tabs are drawn as ↵ and → so that a row stays one line high.
class MetadataItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MetadataItemDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QString displayText(const QVariant& value, const QLocale& locale) const override;

    // "37 / 100 characters" for the key column, "…/ 1000" for the value column.
    static QString limitText(int column, qsizetype length);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool eventFilter(QObject* object, QEvent* event) override;
};
