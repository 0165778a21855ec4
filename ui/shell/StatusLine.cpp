// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "StatusLine.h"

#include "core/api/ExpressClient.h"
#include "ui/save/RetryMessage.h"
#include "ui/shell/ProfileBadge.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

StatusLine::StatusLine(QStatusBar* bar, QObject* parent)
    : QObject(parent)
    , m_bar(bar)
    , m_busyLabel(new QLabel(bar))
    , m_badge(new ProfileBadge(bar))
{
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_badge->setObjectName(u"statusProfileBadge"_s);
    bar->addPermanentWidget(m_busyLabel);
    bar->addPermanentWidget(m_badge);
    connect(bar, &QStatusBar::messageChanged, this, &StatusLine::onMessageChanged);
}

void StatusLine::setClient(ExpressClient* client)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_clientConnections))
        disconnect(connection);
    m_clientConnections.clear();
    m_busyLabel->clear();
    if (!client)
        return;
    m_clientConnections = {
        connect(client, &ExpressClient::busyChanged, this,
            [this](bool busy) { m_busyLabel->setText(busy ? tr("Working…") : QString()); }),
        connect(client, &ExpressClient::retryScheduled, this,
            [this](ExpressClient::CallId, int, std::chrono::milliseconds delay, const ApiError& cause) {
                m_bar->showMessage(RetryMessage::text(delay, cause), RetryMessage::wholeSeconds(delay) * 1000);
            }),
    };
}

void StatusLine::showProgress(const QString& text)
{
    m_progress = text;
    if (text.isEmpty())
        m_bar->clearMessage();
    else
        m_bar->showMessage(text);
}

void StatusLine::showNotice(const QString& text)
{
    m_bar->showMessage(text, kNoticeMs);
}

void StatusLine::showStanding(const QString& text)
{
    m_bar->showMessage(text);
}

void StatusLine::onMessageChanged(const QString& text)
{
    // A passing message (a retry, "Copied …") ended while a call still runs: its progress shows again.
    if (text.isEmpty() && !m_progress.isEmpty())
        m_bar->showMessage(m_progress);
}
