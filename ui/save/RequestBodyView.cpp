// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "RequestBodyView.h"

#include <QFontDatabase>
#include <QTextDocument>
#include <QtMath>

RequestBodyView::RequestBodyView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A new body has another number of lines: the layout asks again.
    connect(this, &QPlainTextEdit::blockCountChanged, this, &QWidget::updateGeometry);
}

QSize RequestBodyView::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(qBound(kMinLines, blockCount(), kMaxLines))};
}

QSize RequestBodyView::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(2)};
}

int RequestBodyView::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    const qreal documentMargin = document()->documentMargin();
    return lines * fontMetrics().lineSpacing() + qCeil(2 * documentMargin) + margins.top() + margins.bottom()
        + 2 * frameWidth();
}
