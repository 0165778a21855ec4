// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "AboutBox.h"

#include "ui/shell/Icons.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace AboutBox {

void open(QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(u"aboutDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QCoreApplication::translate("MainWindow", "About Express Admin"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setText(
        QCoreApplication::translate("MainWindow", "<b>Express Admin %1</b>").arg(QStringLiteral(EXPRESSADMIN_VERSION)));
    box->setInformativeText(QCoreApplication::translate(
        "MainWindow", "Looks after Avara Express customers: names, metadata, state and users.\nBuilt with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace AboutBox
