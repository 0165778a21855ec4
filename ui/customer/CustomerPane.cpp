// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerPane.h"

#include "core/common/Logging.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/shell/MessageBar.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CustomerPane::CustomerPane(const QString& emptyHint, QWidget* parent)
    : QWidget(parent)
    , m_messageBar(new MessageBar)
    , m_stack(new QStackedWidget)
    , m_emptyLabel(new QLabel(emptyHint))
    , m_tabs(new QTabWidget)
    , m_detail(new CustomerDetailWidget)
{
    setObjectName(u"detailArea"_s);
    m_emptyLabel->setObjectName(u"emptyDetailLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"detailScrollArea"_s);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The scroll area itself takes no focus: Tab goes from the list straight into the form.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->setObjectName(u"customerTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Details"));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_tabs);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);

    connect(m_messageBar, &MessageBar::retryRequested, this, [this] {
        if (m_session)
            m_session->retry();
    });
    connect(m_messageBar, &MessageBar::fixKeyRequested, this, &CustomerPane::fixKeyRequested);
}

void CustomerPane::setSession(CustomerSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_messageBar->dismiss();
    m_detail->setSession(session);
    m_stack->setCurrentIndex(session ? 1 : 0);
    Q_EMIT sessionChanged(session);
    if (!session)
        return;
    connect(session, &CustomerSession::failed, this, &CustomerPane::showError);
    connect(session, &CustomerSession::warning, this,
        [this](const QString& text) { m_messageBar->showMessage(MessageBar::Kind::Warning, text); });
    // The failure shown no longer stands: its bar, and its Retry, go.
    connect(session, &CustomerSession::errorCleared, this, [this] {
        if (m_messageBar->kind() == MessageBar::Kind::Error)
            m_messageBar->dismiss();
    });
}

void CustomerPane::addTab(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

void CustomerPane::showForm()
{
    m_tabs->setCurrentIndex(0);
}

void CustomerPane::showError(const ApiError& error)
{
    MessageBar::Actions actions = MessageBar::NoAction;
    if (m_session && m_session->canRetry())
        actions |= MessageBar::RetryAction;
    if (error.kind == ApiError::Kind::Unauthorized)
        actions |= MessageBar::FixKeyAction;
    m_messageBar->showError(error.message, actions);
    qCDebug(lcUi) << "error shown:" << error.kind << error.httpStatus;
}
