// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataKeyDelegate.h"

#include "core/Validation.h"
#include "ui/MetadataPalette.h"
#include "ui/MetadataTableModel.h"
#include "ui/ReviewText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextDocument>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

int limitOf(int column)
{
    return column == MetadataTableModel::KeyColumn ? Validation::kMaxKeyLength : Validation::kMaxValueLength;
}

// QTextDocument::toPlainText() would turn no-break spaces into spaces; values must come back as typed.
QString plainText(const QPlainTextEdit* editor)
{
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

// Tints the editor while its text is over the limit, and says how long it is.
void showLength(QWidget* editor, const QPalette& normal, int column, qsizetype length)
{
    const bool over = length > limitOf(column);
    QPalette palette = normal;
    if (over) {
        palette.setColor(QPalette::Base, MetadataPalette::errorBackground(normal));
    }
    editor->setPalette(palette);
    editor->setToolTip(MetadataKeyDelegate::limitText(column, length));
}

} // namespace

MetadataKeyDelegate::MetadataKeyDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QString MetadataKeyDelegate::limitText(int column, qsizetype length)
{
    const int limit = limitOf(column);
    const auto count = static_cast<int>(length);
    if (count > limit) {
        return tr("%1 / %n characters: %2 over the limit", nullptr, limit).arg(count).arg(count - limit);
    }
    return tr("%1 / %n characters", nullptr, limit).arg(count);
}

QWidget* MetadataKeyDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(option)
    const int column = index.column();
    const QPalette normal = parent->palette();
    if (column == MetadataTableModel::KeyColumn) {
        auto* editor = new QLineEdit(parent);
        editor->setObjectName(u"metadataKeyEditor"_s);
        editor->setAccessibleName(tr("Metadata key"));
        editor->setFrame(false);
        editor->setPlaceholderText(tr("Key, up to %n characters", nullptr, Validation::kMaxKeyLength));
        // Shown only while the key is too long, at the end of the field.
        QAction* overLimit = editor->addAction(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical), QLineEdit::TrailingPosition);
        overLimit->setVisible(false);
        connect(editor, &QLineEdit::textChanged, editor, [editor, overLimit, normal, column](const QString& text) {
            showLength(editor, normal, column, Validation::characterCount(text));
            overLimit->setVisible(Validation::characterCount(text) > Validation::kMaxKeyLength);
            overLimit->setToolTip(editor->toolTip());
        });
        return editor;
    }
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(u"metadataValueEditor"_s);
    editor->setAccessibleName(tr("Metadata value"));
    editor->setPlaceholderText(
        tr("Value, up to %n characters. Shift+Enter starts a new line.", nullptr, Validation::kMaxValueLength));
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(editor, &QPlainTextEdit::textChanged, editor, [editor, normal, column] {
        showLength(editor, normal, column, Validation::characterCount(plainText(editor)));
    });
    return editor;
}

void MetadataKeyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(text);
        // setText() does not emit textChanged when the text is already empty.
        showLength(line, line->parentWidget()->palette(), index.column(), Validation::characterCount(text));
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        plain->setPlainText(text);
        plain->moveCursor(QTextCursor::End);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void MetadataKeyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, plainText(plain), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void MetadataKeyDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (qobject_cast<QPlainTextEdit*>(editor) == nullptr) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // A value editor taller than its row, so that several lines show; kept inside the viewport.
    QRect rect = option.rect;
    const int lines = 5;
    rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * lines + 8));
    if (const QWidget* viewport = editor->parentWidget()) {
        if (rect.bottom() > viewport->rect().bottom()) {
            rect.moveBottom(viewport->rect().bottom());
        }
        if (rect.top() < 0) {
            rect.moveTop(0);
        }
    }
    editor->setGeometry(rect);
}

QString MetadataKeyDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.userType() != QMetaType::QString) {
        return QStyledItemDelegate::displayText(value, locale);
    }
    // One line, with the review's marks for line breaks and tabs; never cut here (the view elides to the cell).
    const QString text = value.toString();
    return ReviewText::shortened(
        text, static_cast<int>(std::min<qsizetype>(text.size(), std::numeric_limits<int>::max())));
}

bool MetadataKeyDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* plain = qobject_cast<QPlainTextEdit*>(object);
    if (plain != nullptr && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
                plain->insertPlainText(u"\n"_s);
            } else {
                Q_EMIT commitData(plain);
                Q_EMIT closeEditor(plain, QAbstractItemDelegate::SubmitModelCache);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
