// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class BulkScreenshot;
class MainWindow;

// Scripted screenshots (express-admin-screenshots --scenario NAME --out FILE): once connected, opens
// the first active customer with metadata, brings the window into the scenario's state, grabs it with QWidget::grab(),
// writes the PNG and quits. Scenarios: main-window, metadata-validation, review-dialog, edited-rows, history-window,
// search-results (the workspace's list searched by typing "region:north"), restore-prompt, and the bulk change's
// bulk-preview and bulk-progress (BulkScreenshot; the bulk change's window alone).
class ScreenshotScenario : public QObject
{
    Q_OBJECT

public:
    ScreenshotScenario(MainWindow* window, const QString& scenario, const QString& outFile, QObject* parent = nullptr);

    static QStringList scenarios();

private:
    void onConnected();
    void onCustomerOpened(const QString& customerId);
    void pollList();
    // The History window over a week of journaled writes (until the app journals its own, they are written here).
    void showHistory();
    // The scenario's dialog (drawn over the window), when it has one.
    QWidget* dialog() const;
    void waitForDialog(int attemptsLeft);
    // Later, when the window has painted the state.
    void grabSoon();
    void grabAndQuit();
    void fail(const QString& message);

    QPointer<MainWindow> m_window;
    QString m_scenario;
    QString m_outFile;
    BulkScreenshot* m_bulk = nullptr;
    bool m_opened = false;
    bool m_polling = false;
    bool m_restarted = false;
};
