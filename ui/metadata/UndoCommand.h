// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

// An undo step made of two functions: what redo() and undo() do. The functions must not depend on the state they
// find beyond what they were built with (find things by id, not by position), so that the step can be replayed
// after other edits were undone or redone, or after sorting.
//
//     stack->push(UndoCommand::make(tr("Edit name"), [=] { apply(after); }, [=] { apply(before); }).release());
class UndoCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;

    UndoCommand(const QString& text, Action redo, Action undo, QUndoCommand* parent = nullptr);

    static std::unique_ptr<QUndoCommand> make(const QString& text, Action redo, Action undo);

    void redo() override;
    void undo() override;

private:
    Action m_redo;
    Action m_undo;
};
