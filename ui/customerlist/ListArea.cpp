// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ListArea.h"

#include "ui/customerlist/CustomerListPanel.h"

#include <QAction>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

ListArea::ListArea(QWidget* parent)
    : QStackedWidget(parent)
    , m_placeholder(new QLabel(tr("Not connected.")))
{
    setObjectName(u"listArea"_s);
    m_placeholder->setObjectName(u"listPlaceholder"_s);
    m_placeholder->setEnabled(false);
    m_placeholder->setAlignment(Qt::AlignCenter);
    addWidget(m_placeholder);
}

void ListArea::setClient(ExpressClient* client, const QByteArray& headerState, const QList<QKeySequence>& windowKeys)
{
    if (m_panel) {
        CustomerListPanel* old = std::exchange(m_panel, nullptr);
        removeWidget(old);
        old->deleteLater();
        Q_EMIT panelChanged();
    }
    if (!client)
        return;
    m_panel = new CustomerListPanel(client);
    m_panel->setObjectName(u"customerListPanel"_s);
    m_panel->restoreState(headerState);
    for (QAction* panelAction : m_panel->actions()) {
        if (windowKeys.contains(panelAction->shortcut()))
            panelAction->setShortcut({});
    }
    connect(m_panel, &CustomerListPanel::openRequested, this, &ListArea::openRequested);
    addWidget(m_panel);
    setCurrentWidget(m_panel);
}
