// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SetNameCommand.h"

#include "ui/CustomerDetailWidget.h"

#include <QCoreApplication>

SetNameCommand::SetNameCommand(
    CustomerDetailWidget* form, const QString& before, const QString& after, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("SetNameCommand", "Edit name"), parent)
    , m_form(form)
    , m_before(before)
    , m_after(after)
{ }

void SetNameCommand::redo()
{
    if (m_form)
        m_form->applyName(m_after);
}

void SetNameCommand::undo()
{
    if (m_form)
        m_form->applyName(m_before);
}

bool SetNameCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetNameCommand*>(other);
    if (next->m_form != m_form)
        return false;
    m_after = next->m_after;
    // Typing back to the start leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}
