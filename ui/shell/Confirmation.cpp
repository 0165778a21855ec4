// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Confirmation.h"

#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Confirmation {

QMessageBox* open(QWidget* parent, const Question& question, QObject* context, std::function<void()> confirmed)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(question.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(question.icon);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    QPushButton* confirm = box->addButton(question.confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(confirm, &QPushButton::clicked, context, std::move(confirmed));
    box->open();
    return box;
}

} // namespace Confirmation
