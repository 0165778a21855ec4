// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class BulkChangeDialog;
class MainWindow;
class QNetworkAccessManager;
class QWidget;

// The bulk change screenshots: every customer of the list selected with Ctrl+A, Customer › Bulk Change… by its
// shortcut, two operations typed (set "contractTier" to "premium"; rename "costCenter" to "billingCode", which collides
// where both keys are held), the preview with one row excluded (bulk-preview); or that preview applied against a
// sandbox made slow (800 ms per PATCH) and refusing one write, grabbed during its second round of writes
// (bulk-progress); or that run closed into the background (Keep Running) and then the app quit with Ctrl+Q, its
// question over the main window (bulk-quit-question). ready() says the state is reached; grabbed() says what to grab.
class BulkScreenshot : public QObject
{
    Q_OBJECT

public:
    BulkScreenshot(MainWindow* window, const QString& scenario, QObject* parent = nullptr);

    static bool handles(const QString& scenario);
    // Once the list shows customers.
    void start();
    BulkChangeDialog* dialog() const;
    // What to grab: the bulk change's window, or the main window when the run went into the background.
    QWidget* grabbed() const;
    // The question to draw over it, if any.
    QWidget* question() const;

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void onPreviewed();
    void addFaults();
    void waitHalfway();
    void quitWhileRunning();

    QPointer<MainWindow> m_window;
    QString m_scenario;
    QPointer<BulkChangeDialog> m_dialog;
    QNetworkAccessManager* m_nam = nullptr;
    int m_faultsAdded = 0;
};
