// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QKeySequence>
#include <QList>
#include <QStackedWidget>

class CustomerListPanel;
class ExpressClient;
class QLabel;

// The left side of the window: the customer list of the connected client, or "Not connected." without one.
// A new client gets a new list (the old one is dropped with its pages).
class ListArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit ListArea(QWidget* parent = nullptr);

    // client is not owned; nullptr shows the placeholder. headerState: the list's saved column widths.
    // windowKeys: shortcuts the window has already; the list's own actions give them up (they would be ambiguous).
    void setClient(ExpressClient* client, const QByteArray& headerState, const QList<QKeySequence>& windowKeys);
    // nullptr while not connected.
    CustomerListPanel* panel() const { return m_panel; }

Q_SIGNALS:
    void openRequested(const QString& customerId);
    // setClient() dropped the list (before it makes the new one).
    void panelChanged();

private:
    QLabel* m_placeholder = nullptr;
    CustomerListPanel* m_panel = nullptr;
};
