// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/SyncIndicator.h"

#include "core/sync/SyncOutcome.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

SyncIndicator::SyncIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_hide(new QTimer(this))
{
    setObjectName(u"syncIndicator"_s);
    m_label->setObjectName(u"syncStatus"_s);
    m_bar->setObjectName(u"syncProgress"_s);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_cancel->setObjectName(u"cancelSync"_s);
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_cancel->setToolTip(tr("Stop mirroring the customer list; what has arrived is kept"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kNoticeMs);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_cancel, &QPushButton::clicked, this, &SyncIndicator::cancelRequested);
    hide();
}

void SyncIndicator::showRunning(int stored, qint64 expected)
{
    m_hide->stop();
    const QLocale locale;
    m_label->setText(expected > 0
            ? tr("Syncing customers… %1 of %2").arg(locale.toString(stored), locale.toString(expected))
            : tr("Syncing customers… %1").arg(locale.toString(stored)));
    m_bar->setRange(0, expected > 0 ? int(qMin<qint64>(expected, INT_MAX)) : 0);
    if (expected > 0)
        m_bar->setValue(int(qMin<qint64>(stored, expected)));
    m_bar->show();
    m_cancel->show();
    show();
}

void SyncIndicator::showOutcome(const SyncOutcome& outcome)
{
    m_bar->hide();
    m_cancel->hide();
    switch (outcome.status) {
    case SyncOutcome::Status::Completed:
        m_label->setText(tr("Customers synced"));
        m_hide->start();
        break;
    case SyncOutcome::Status::Cancelled:
        m_label->setText(tr("Sync cancelled; the list may be out of date"));
        m_hide->start();
        break;
    case SyncOutcome::Status::Failed:
        m_label->setText(tr("Sync failed: %1").arg(outcome.message()));
        break;
    }
    show();
}
