// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ExpressClient;
class ProfileBadge;
class QLabel;
class QStatusBar;

// What the window's status bar says: the progress of the open customer's call ("Saving…"), passing notices and
// retries (after which the progress shows again), "Working…" while the client has calls in flight, and the
// connected profile's badge.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kNoticeMs = 5000;

    // bar is not owned; the labels become its permanent widgets.
    explicit StatusLine(QStatusBar* bar, QObject* parent = nullptr);

    ProfileBadge* badge() const { return m_badge; }
    // Follows client's calls and retries; nullptr for none.
    void setClient(ExpressClient* client);

    // Stays until replaced or cleared with an empty text.
    void showProgress(const QString& text);
    // Shown for kNoticeMs, or until replaced.
    void showNotice(const QString& text);
    // Stays until replaced (such as a refused key).
    void showStanding(const QString& text);

private:
    void onMessageChanged(const QString& text);

    QStatusBar* m_bar;
    QLabel* m_busyLabel = nullptr;
    ProfileBadge* m_badge = nullptr;
    QString m_progress;
    QList<QMetaObject::Connection> m_clientConnections;
};
