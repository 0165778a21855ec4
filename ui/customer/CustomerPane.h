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

// The right side of the window: the open customer's form (in a scroll area) under a message bar that shows the
// session's failures (with Retry when the session can retry) and warnings. A hint when no customer is open.
class CustomerPane : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPane(const QString& emptyHint, QWidget* parent = nullptr);

    // Shows session (not owned); nullptr shows the hint.
    void setSession(CustomerSession* session);

    CustomerDetailWidget* detailWidget() const { return m_detail; }
    MessageBar* messageBar() const { return m_messageBar; }

Q_SIGNALS:
    // The message bar's "Fix the Key" was clicked.
    void fixKeyRequested();

private:
    void showError(const ApiError& error);

    QPointer<CustomerSession> m_session;
    MessageBar* m_messageBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    CustomerDetailWidget* m_detail = nullptr;
};
