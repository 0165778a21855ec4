// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ProfileBadge.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace {

// Black or white, whichever reads better on the profile's colour.
QColor textColorOn(const QColor& background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

ProfileBadge::ProfileBadge(QWidget* parent)
    : QLabel(parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setAccessibleName(tr("Connected profile"));
}

void ProfileBadge::showProfile(const QString& text, const QColor& color, const QString& toolTip)
{
    setText(text);
    setToolTip(toolTip);
    setAccessibleDescription(toolTip);
    m_color = color;
    updateStyle();
}

void ProfileBadge::updateStyle()
{
    // The profile's own colour (user data, not a theme colour), with text that reads on it.
    const QColor background = m_color.isValid() ? m_color : palette().color(QPalette::Mid);
    const QString style = u"QLabel { background-color: %1; color: %2; border-radius: 3px; padding: 2px 8px; }"_s.arg(
        background.name(), textColorOn(background).name());
    // Setting a style sheet changes the palette: only when it differs, so that this ends.
    if (style != styleSheet())
        setStyleSheet(style);
}

void ProfileBadge::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_color.isValid())
        updateStyle();
}
