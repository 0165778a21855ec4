// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryUndo.h"

#include "core/common/TextElision.h"
#include "core/model/MetadataDocument.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/history/HistoryText.h"
#include "ui/metadata/MetadataCommands.h"
#include "ui/shell/Confirmation.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QAction>
#include <QLineEdit>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<QString> userOf(const HistoryEntry& entry)
{
    for (const HistoryChange& change : entry.changes) {
        if (change.field == HistoryChange::Field::User && !change.key.isEmpty())
            return change.key;
    }
    return std::nullopt;
}

bool changesNameOrMetadata(const HistoryEntry& entry)
{
    return std::any_of(entry.changes.cbegin(), entry.changes.cend(), [](const HistoryChange& change) {
        return change.field == HistoryChange::Field::Name || change.field == HistoryChange::Field::MetadataKey;
    });
}

} // namespace

HistoryUndo::HistoryUndo(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    connect(window, &MainWindow::customerOpened, this, &HistoryUndo::onCustomerOpened);
}

bool HistoryUndo::canUndo(const HistoryEntry& entry)
{
    if (entry.customerId.isEmpty()
        || (entry.state != HistoryEntry::State::Succeeded && entry.state != HistoryEntry::State::Uncertain))
        return false;
    switch (entry.operation) {
    case HistoryEntry::Operation::Update:
        return changesNameOrMetadata(entry);
    case HistoryEntry::Operation::Deactivate:
    case HistoryEntry::Operation::Reactivate:
        return true;
    case HistoryEntry::Operation::AddUser:
    case HistoryEntry::Operation::RemoveUser:
        return userOf(entry).has_value();
    case HistoryEntry::Operation::Create:
        return false;
    }
    return false;
}

void HistoryUndo::undo(const HistoryEntry& entry)
{
    if (!m_window || !canUndo(entry))
        return;
    CustomerSession* session = m_window->session();
    if (session && session->customerId() == entry.customerId && session->hasCustomer()
        && session->state() != CustomerSession::State::Loading) {
        m_pending.reset();
        apply(entry);
        return;
    }
    m_pending = entry;
    // Guarded: unsaved edits of another customer are saved or discarded first, or the undo is cancelled.
    m_window->openCustomer(entry.customerId);
    if (UnsavedChangesGuard* guard = m_window->guard(); guard->dialog()) {
        connect(guard->dialog(), &QDialog::finished, this, [this, id = entry.customerId] {
            CustomerSession* now = m_window ? m_window->session() : nullptr;
            const bool opening = now && now->customerId() == id;
            const bool saving = now && now->state() == CustomerSession::State::Saving;
            // Cancelled: nothing happens later either.
            if (!opening && !saving)
                m_pending.reset();
        });
    }
}

void HistoryUndo::onCustomerOpened(const QString& customerId)
{
    if (!m_pending)
        return;
    if (customerId != m_pending->customerId) {
        // Another customer was opened meanwhile: this undo is off.
        if (!customerId.isEmpty())
            m_pending.reset();
        return;
    }
    const HistoryEntry entry = *std::exchange(m_pending, std::nullopt);
    apply(entry);
}

void HistoryUndo::apply(const HistoryEntry& entry)
{
    CustomerSession* session = m_window ? m_window->session() : nullptr;
    if (!session || session->customerId() != entry.customerId)
        return;
    CustomerDetailWidget* detail = m_window->detailWidget();
    const bool active = session->customer().isActive();
    switch (entry.operation) {
    case HistoryEntry::Operation::Update:
        applyEdits(session, entry);
        break;
    case HistoryEntry::Operation::Deactivate:
        if (active)
            tell(tr("“%1” is active already.").arg(session->customer().name()));
        else
            detail->requestReactivate();
        break;
    case HistoryEntry::Operation::Reactivate:
        if (!active)
            tell(tr("“%1” is deactivated already.").arg(session->customer().name()));
        else
            detail->requestDeactivate();
        break;
    case HistoryEntry::Operation::AddUser:
        changeUser(session, entry, false);
        break;
    case HistoryEntry::Operation::RemoveUser:
        changeUser(session, entry, true);
        break;
    case HistoryEntry::Operation::Create:
        return;
    }
    Q_EMIT applied(entry.customerId);
}

void HistoryUndo::applyEdits(CustomerSession* session, const HistoryEntry& entry)
{
    MetadataDocument* document = session->metadata();
    std::optional<QString> name;
    QList<MetadataEntry> restore;
    QList<int> remove;
    for (const HistoryChange& change : entry.changes) {
        if (change.field == HistoryChange::Field::Name && change.before && *change.before != session->name()) {
            name = *change.before;
        } else if (change.field == HistoryChange::Field::MetadataKey) {
            const int row = document->rowOfKey(change.key);
            if (!change.before && row >= 0)
                remove.append(row); // added by the change: goes
            else if (change.before && (row < 0 || document->rowAt(row).entry.value != *change.before))
                restore.append({change.key, *change.before}); // changed or removed by it: comes back
        }
    }
    if (!name && restore.isEmpty() && remove.isEmpty()) {
        tell(tr("The form already holds the values from before this change."));
        return;
    }
    QUndoStack* stack = session->undoStack();
    stack->beginMacro(tr("Undo the change of %1").arg(HistoryText::time(entry.recordedAt)));
    if (name)
        session->setName(*name);
    MetadataCommands::push(stack, MetadataCommands::removeRows(document, remove));
    MetadataCommands::push(stack, MetadataCommands::mergeEntries(document, restore, tr("Restore values")));
    stack->endMacro();
    tell(tr("The opposite of the change of %1 is in the form, not saved yet: review it and save.")
             .arg(HistoryText::time(entry.recordedAt)));
}

void HistoryUndo::changeUser(CustomerSession* session, const HistoryEntry& entry, bool add)
{
    const QString userId = userOf(entry).value_or(QString());
    m_window->detailWidget()->userIdEdit()->setText(userId);
    if (!add) {
        // Removing asks first, as always.
        m_window->actions().removeUser->trigger();
        return;
    }
    Confirmation::Question question;
    question.objectName = u"confirmAddUserBack"_s;
    question.icon = QMessageBox::Question;
    question.title = tr("Add user");
    question.text = tr("Add %1 to “%2” again?").arg(userId, TextElision::elided(session->customer().name(), 60));
    question.informativeText = tr("This undoes the removal journaled on %1.").arg(HistoryText::time(entry.recordedAt));
    question.confirmText = tr("Add User");
    Confirmation::open(m_window, question, session, [this] {
        if (m_window)
            m_window->actions().addUser->trigger();
    });
}

void HistoryUndo::tell(const QString& text)
{
    if (m_window)
        m_window->messageBar()->showMessage(MessageBar::Kind::Information, text);
}
