// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QLabel>

// The connected profile's name on its own colour (toolbar and status bar), so that Production is never mistaken
// for a test system. Grey when not connected.
class ProfileBadge : public QLabel
{
    Q_OBJECT

public:
    explicit ProfileBadge(QWidget* parent = nullptr);

    // color may be invalid (the palette's grey is used).
    void showProfile(const QString& text, const QColor& color, const QString& toolTip);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateStyle();

    QColor m_color;
};
