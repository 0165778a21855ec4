// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextDocument>

// What a tooltip shows the user: Qt renders a tooltip that might be rich text (Qt::mightBeRichText) as HTML.
namespace ToolTipRendering {

inline QString shownText(const QString& toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

} // namespace ToolTipRendering
