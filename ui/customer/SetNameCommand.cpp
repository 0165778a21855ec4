// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SetNameCommand.h"

#include "ui/customer/CustomerSession.h"

#include <QCoreApplication>

SetNameCommand::SetNameCommand(
    CustomerSession* session, const QString& before, const QString& after, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("SetNameCommand", "Edit name"), parent)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{ }

void SetNameCommand::redo()
{
    if (m_session)
        m_session->applyName(m_after);
}

void SetNameCommand::undo()
{
    if (m_session)
        m_session->applyName(m_before);
}

bool SetNameCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetNameCommand*>(other);
    if (next->m_session != m_session)
        return false;
    m_after = next->m_after;
    // Typing back to the start leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}
