// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MessageBar.h"

#include "ui/metadata/MetadataPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);

    m_icon = new QLabel(this);
    m_icon->setObjectName(u"messageIcon"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setAccessibleName(tr("Retry"));
    m_fixKeyButton = new QPushButton(tr("Fix &key…"), this);
    m_fixKeyButton->setObjectName(u"fixKeyButton"_s);
    m_fixKeyButton->setAccessibleName(tr("Fix the API key"));
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(u"closeMessageButton"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close the message (Esc)"));
    m_closeButton->setAccessibleName(tr("Close the message"));

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryRequested();
    });
    connect(m_fixKeyButton, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT fixKeyRequested();
    });
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fixKeyButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    setVisible(false);
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString& text, Actions actions)
{
    m_kind = kind;
    m_actions = actions;
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error") : kind == Kind::Warning ? tr("Warning") : tr("Notice"));
    setAccessibleDescription(text);
    m_retryButton->setVisible(actions.testFlag(RetryAction));
    m_fixKeyButton->setVisible(actions.testFlag(FixKeyAction));
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                               ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    updateColors();
    setVisible(true);
}

QString MessageBar::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

void MessageBar::dismiss()
{
    if (!isVisible() && m_text->text().isEmpty())
        return;
    setVisible(false);
    m_text->clear();
    m_actions = NoAction;
    Q_EMIT dismissed();
}

void MessageBar::updateColors()
{
    // Tints are derived from the parent's palette, so a dark theme gets dark tints.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette tinted = base;
    const QColor background = m_kind == Kind::Error ? MetadataPalette::errorBackground(base)
        : m_kind == Kind::Warning                   ? MetadataPalette::warningBackground(base)
                                                    : MetadataPalette::changedBackground(base);
    tinted.setColor(QPalette::Window, background);
    tinted.setColor(QPalette::WindowText, base.color(QPalette::Text));
    m_updatingColors = true;
    setPalette(tinted);
    m_updatingColors = false;
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ParentChange || (event->type() == QEvent::PaletteChange && !m_updatingColors))
        updateColors();
}

void MessageBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}
