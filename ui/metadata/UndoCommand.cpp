// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "UndoCommand.h"

#include <utility>

UndoCommand::UndoCommand(const QString& text, Action redo, Action undo, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{ }

std::unique_ptr<QUndoCommand> UndoCommand::make(const QString& text, Action redo, Action undo)
{
    return std::make_unique<UndoCommand>(text, std::move(redo), std::move(undo));
}

void UndoCommand::redo()
{
    if (m_redo) {
        m_redo();
    }
}

void UndoCommand::undo()
{
    if (m_undo) {
        m_undo();
    }
}
