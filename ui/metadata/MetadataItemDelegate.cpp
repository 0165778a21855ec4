// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataItemDelegate.h"

#include "core/model/Validation.h"
#include "core/model/ValidationIssue.h"
#include "ui/metadata/MetadataPalette.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/save/ReviewText.h"

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
    editor->setToolTip(MetadataItemDelegate::limitText(column, length));
}

QIcon severityIcon(ValidationIssue::Severity severity)
{
    return QApplication::style()->standardIcon(
        severity == ValidationIssue::Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
}

// As QStyledItemDelegate::initStyleOption() shows a Qt::DecorationRole icon.
void setIcon(QStyleOptionViewItem* option, const QIcon& icon)
{
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = icon;
    QIcon::Mode mode = QIcon::Normal;
    if (!(option->state & QStyle::State_Enabled)) {
        mode = QIcon::Disabled;
    } else if (option->state & QStyle::State_Selected) {
        mode = QIcon::Selected;
    }
    const QIcon::State state = option->state & QStyle::State_Open ? QIcon::On : QIcon::Off;
    const QSize actual = icon.actualSize(option->decorationSize, mode, state);
    option->decorationSize = option->decorationSize.boundedTo(actual);
}

} // namespace

void MetadataItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QPalette palette = option->widget != nullptr ? option->widget->palette() : option->palette;
    const auto state = index.data(MetadataTableModel::RowStateRole).value<MetadataRow::State>();
    const QVariant severityData = index.data(MetadataTableModel::ValidationSeverityRole);
    const std::optional<ValidationIssue::Severity> severity =
        severityData.isValid() ? std::optional(severityData.value<ValidationIssue::Severity>()) : std::nullopt;

    if (severity) {
        setIcon(option, severityIcon(*severity));
    }
    if (state == MetadataRow::State::Removed) {
        option->palette.setColor(QPalette::Text, MetadataPalette::removedText(palette));
        option->backgroundBrush = MetadataPalette::removedBackground(palette);
        option->font.setStrikeOut(true);
        option->fontMetrics = QFontMetrics(option->font);
        return;
    }
    if (severity == ValidationIssue::Severity::Error) {
        option->palette.setColor(QPalette::Text, MetadataPalette::errorText(palette));
    }
    if (severity) {
        option->backgroundBrush = *severity == ValidationIssue::Severity::Error
            ? MetadataPalette::errorBackground(palette)
            : MetadataPalette::warningBackground(palette);
    } else if (state == MetadataRow::State::Added) {
        option->backgroundBrush = MetadataPalette::addedBackground(palette);
    } else if (state == MetadataRow::State::Changed
        && index.data(Qt::EditRole) != index.data(MetadataTableModel::OriginalValueRole)) {
        option->backgroundBrush = MetadataPalette::changedBackground(palette);
    }
}

MetadataItemDelegate::MetadataItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QString MetadataItemDelegate::limitText(int column, qsizetype length)
{
    const int limit = limitOf(column);
    const auto count = static_cast<int>(length);
    if (count > limit) {
        return tr("%1 / %n characters: %2 over the limit", nullptr, limit).arg(count).arg(count - limit);
    }
    return tr("%1 / %n characters", nullptr, limit).arg(count);
}

QWidget* MetadataItemDelegate::createEditor(
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

void MetadataItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
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

void MetadataItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, plainText(plain), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void MetadataItemDelegate::updateEditorGeometry(
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

QString MetadataItemDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.userType() != QMetaType::QString) {
        return QStyledItemDelegate::displayText(value, locale);
    }
    // One line, with the review's marks for line breaks and tabs; never cut here (the view elides to the cell).
    const QString text = value.toString();
    return ReviewText::shortened(
        text, static_cast<int>(std::min<qsizetype>(text.size(), std::numeric_limits<int>::max())));
}

bool MetadataItemDelegate::eventFilter(QObject* object, QEvent* event)
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
