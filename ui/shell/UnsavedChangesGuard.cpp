// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "UnsavedChangesGuard.h"

#include "ui/customer/CustomerSession.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

UnsavedChangesGuard::UnsavedChangesGuard(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{ }

UnsavedChangesGuard::~UnsavedChangesGuard()
{
    if (m_box)
        m_box->deleteLater();
}

bool UnsavedChangesGuard::ask(const QString& customerName, const QString& action, std::function<void(Choice)> done)
{
    if (m_box)
        return false;
    auto* box = new QMessageBox(m_dialogParent);
    box->setObjectName(u"unsavedChangesDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Unsaved changes"));
    box->setText(tr("Save your changes to “%1” before you %2?").arg(customerName, action));
    box->setInformativeText(tr("If you don't save, your changes are lost."));
    QPushButton* save = box->addButton(QMessageBox::Save);
    save->setObjectName(u"saveButton"_s);
    QPushButton* discard = box->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discardButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(save);
    box->setEscapeButton(cancel);

    // Exactly one answer, whichever way the box goes.
    auto answer = std::make_shared<std::function<void(Choice)>>(std::move(done));
    auto reply = [answer](Choice choice) {
        if (auto callback = std::exchange(*answer, nullptr))
            callback(choice);
    };
    connect(box, &QMessageBox::buttonClicked, this, [reply, save, discard](QAbstractButton* button) {
        reply(button == save ? Choice::Save : button == discard ? Choice::Discard : Choice::Cancel);
    });
    // Closed without a button (Escape maps to Cancel, but the window may be closed too).
    connect(box, &QMessageBox::finished, this, [reply] { reply(Choice::Cancel); });
    m_box = box;
    box->open();
    return true;
}

void UnsavedChangesGuard::protect(
    CustomerSession* session, const QString& action, std::function<void()> proceed, std::function<void()> cancelled)
{
    if (!session || !session->isDirty()) {
        proceed();
        return;
    }
    if (isAsking())
        return;
    if (session->state() == CustomerSession::State::Saving) {
        Q_EMIT refused(tr("Wait until the save has finished."));
        return;
    }
    const QPointer<CustomerSession> asked = session;
    ask(session->customer().name(), action, [this, asked, proceed, cancelled](Choice choice) {
        if (!asked)
            return;
        switch (choice) {
        case Choice::Save:
            if (!asked->canSave()) {
                Q_EMIT refused(tr("The changes cannot be saved until the problems shown are fixed. Fix them, or revert "
                                  "the changes."));
                return;
            }
            connect(
                asked, &CustomerSession::saveFinished, this,
                [asked, proceed](bool saved) {
                    if (saved && asked && !asked->isDirty())
                        proceed();
                },
                Qt::SingleShotConnection);
            asked->save();
            break;
        case Choice::Discard:
            Q_EMIT discarded(asked);
            proceed();
            break;
        case Choice::Cancel:
            if (cancelled)
                cancelled();
            break;
        }
    });
}
