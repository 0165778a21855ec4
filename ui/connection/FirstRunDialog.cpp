// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "FirstRunDialog.h"

#include "ui/shell/Icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to Express Admin"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(48, 48));
    auto* title = new QLabel(tr("<h3>Welcome to Express Admin</h3>"), this);
    auto* text = new QLabel(tr("Try the app on a local sandbox with 30 demo customers — nothing leaves this "
                               "computer — or connect to the Avara API with an API key."),
        this);
    text->setWordWrap(true);

    m_sandboxButton = new QPushButton(tr("&Try the Sandbox"), this);
    m_sandboxButton->setObjectName(u"trySandboxButton"_s);
    m_sandboxButton->setDefault(true);
    m_connectButton = new QPushButton(tr("&Connect…"), this);
    m_connectButton->setObjectName(u"connectButton"_s);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sandboxButton, QDialogButtonBox::AcceptRole);
    QPushButton* quit = buttons->addButton(QDialogButtonBox::Close);
    quit->setObjectName(u"closeButton"_s);

    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT sandboxChosen();
    });
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT connectChosen();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(text);
    header->addLayout(words, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

FirstRunDialog::~FirstRunDialog() = default;
