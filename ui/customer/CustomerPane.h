// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"

#include <QPointer>
#include <QWidget>

class CustomerDetailWidget;
class CustomerSession;
class MessageBar;
class QLabel;
class QStackedWidget;
class QTabWidget;

// The right side of the window: the open customer's form (in a scroll area) under a message bar that shows the
// session's failures (with Retry when the session can retry) and warnings. A hint when no customer is open. The form
// is the first of the customer's tabs; other features add theirs (History).
class CustomerPane : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPane(const QString& emptyHint, QWidget* parent = nullptr);

    // Shows session (not owned); nullptr shows the hint.
    void setSession(CustomerSession* session);

    CustomerDetailWidget* detailWidget() const { return m_detail; }
    MessageBar* messageBar() const { return m_messageBar; }
    QTabWidget* tabs() const { return m_tabs; }
    // Adds a tab after the form's (page becomes the tab widget's child).
    void addTab(QWidget* page, const QString& title);
    // Brings the form's tab to the front.
    void showForm();

Q_SIGNALS:
    // The message bar's "Fix the Key" was clicked.
    void fixKeyRequested();
    // setSession() was called: the pane shows session now (nullptr: none).
    void sessionChanged(CustomerSession* session);

private:
    void showError(const ApiError& error);

    QPointer<CustomerSession> m_session;
    MessageBar* m_messageBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    CustomerDetailWidget* m_detail = nullptr;
};
