// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class BulkChangeDialog;
class MainWindow;
class QNetworkAccessManager;

// The bulk change screenshots: every customer of the list selected with Ctrl+A, Customer › Bulk Change… by its
// shortcut, two operations typed (set "contractTier" to "premium"; rename "costCenter" to "billingCode", which collides
// where both keys are held), the preview with one row excluded (bulk-preview); or that preview applied against a
// sandbox made slow (800 ms per PATCH) and refusing one write, grabbed during its second round of writes
// (bulk-progress). ready() gives the dialog to grab.
class BulkScreenshot : public QObject
{
    Q_OBJECT

public:
    BulkScreenshot(MainWindow* window, const QString& scenario, QObject* parent = nullptr);

    static bool handles(const QString& scenario);
    // Once the list shows customers.
    void start();
    BulkChangeDialog* dialog() const;

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void onPreviewed();
    void addFaults();
    void waitHalfway();

    QPointer<MainWindow> m_window;
    QString m_scenario;
    QPointer<BulkChangeDialog> m_dialog;
    QNetworkAccessManager* m_nam = nullptr;
    int m_faultsAdded = 0;
};
