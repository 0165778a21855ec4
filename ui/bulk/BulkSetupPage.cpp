// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkSetupPage.h"

#include "ui/bulk/BulkCustomerChoice.h"
#include "ui/bulk/BulkOperationForm.h"
#include "ui/bulk/BulkOperationsEditor.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BulkSetupPage::BulkSetupPage(QWidget* parent)
    : QWidget(parent)
    , m_choice(new BulkCustomerChoice)
    , m_operations(new BulkOperationsEditor)
{
    auto* customers = new QGroupBox(tr("Customers"), this);
    auto* customersLayout = new QVBoxLayout(customers);
    customersLayout->addWidget(m_choice);
    auto* operations = new QGroupBox(tr("Operations"), this);
    auto* operationsLayout = new QVBoxLayout(operations);
    operationsLayout->addWidget(m_operations);

    m_fromServer = new QCheckBox(tr("Read every customer from the &server for the preview (slower)"), this);
    m_fromServer->setObjectName(u"previewFromServer"_s);
    m_fromServer->setToolTip(tr("Otherwise the preview shows the workspace's copy of each customer. Either way each "
                                "customer is read again right before its change."));
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(u"previewBlockedReason"_s);
    m_blocked->setWordWrap(true);
    m_blocked->setForegroundRole(QPalette::PlaceholderText);
    m_preview = new QPushButton(tr("&Preview…"), this);
    m_preview->setObjectName(u"previewButton"_s);
    m_preview->setAutoDefault(false);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_preview->setToolTip(tr("Show what the change does to each customer; nothing is sent yet (Ctrl+Enter)"));
    connect(m_preview, &QPushButton::clicked, this, &BulkSetupPage::onPreviewClicked);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_blocked, 1);
    buttons->addWidget(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(customers);
    layout->addWidget(operations, 1);
    layout->addWidget(m_fromServer);
    layout->addLayout(buttons);

    connect(m_choice, &BulkCustomerChoice::choiceChanged, this, &BulkSetupPage::update);
    connect(m_operations, &BulkOperationsEditor::operationsChanged, this, &BulkSetupPage::update);
    connect(m_operations->form(), &BulkOperationForm::inputChanged, this, &BulkSetupPage::update);
    update();
}

BulkPreview::Source BulkSetupPage::previewSource() const
{
    return m_fromServer->isChecked() ? BulkPreview::Source::Api : BulkPreview::Source::Mirror;
}

QString BulkSetupPage::blockedReason() const
{
    if (!m_choice->hasCustomers())
        return tr("Choose the customers first.");
    // Something typed but not added yet counts: Preview adds it.
    if (m_operations->operations().isEmpty() && !m_operations->form()->hasInput()
        && m_operations->form()->operation().isMetadata())
        return tr("Add at least one operation.");
    if (!m_operations->operations().isEmpty() && !m_operations->isValid())
        return tr("Fix the operations first.");
    return {};
}

void BulkSetupPage::update()
{
    const QString reason = blockedReason();
    m_blocked->setText(reason);
    m_preview->setEnabled(reason.isEmpty());
}

void BulkSetupPage::onPreviewClicked()
{
    // What was typed and not added yet goes in first, as Enter would add it.
    if (!m_operations->addPending())
        return;
    if (m_operations->operations().isEmpty() && !m_operations->form()->operation().isMetadata())
        m_operations->form()->add(); // deactivate or reactivate chosen, not added
    if (!blockedReason().isEmpty() || !m_operations->isValid())
        return update();
    Q_EMIT previewRequested();
}
