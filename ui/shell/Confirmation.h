// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

#include <functional>

// A question before something that cannot be taken back (deactivate, remove a user): a box opened with open(),
// Cancel by default and on Escape, that deletes itself. Buttons are named "confirmButton" and "cancelButton".
namespace Confirmation {

struct Question
{
    QString objectName;
    QMessageBox::Icon icon = QMessageBox::Warning;
    QString title;
    QString text;
    QString informativeText;
    QString confirmText;
};

// confirmed runs when the confirm button is clicked, through context (nothing runs once context is gone).
QMessageBox* open(QWidget* parent, const Question& question, QObject* context, std::function<void()> confirmed);

} // namespace Confirmation
