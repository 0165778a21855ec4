// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>

class CustomerSession;

// One change of the customer's name in the form. Consecutive typing merges into one step; redo() and
// undo() put the text back into the session through CustomerSession::applyName().
class SetNameCommand : public QUndoCommand
{
public:
    static constexpr int kId = 0x4e414d45; // "NAME"

    SetNameCommand(
        CustomerSession* session, const QString& before, const QString& after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QPointer<CustomerSession> m_session;
    QString m_before;
    QString m_after;
};
