// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryChange.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One write to the API as the history keeps it: journaled (Pending) before it is sent, completed after. Who wrote
// (OS user, program), where (the connection's base URL, never a key), to which customer, what (the operation, the
// exact request body, before and after per field) and how it ended.
class HistoryEntry
{
    Q_GADGET

public:
    enum class Operation { Update, Create, Deactivate, Reactivate, AddUser, RemoveUser };
    Q_ENUM(Operation)
    // Uncertain: the answer never came, so the write may have been applied ("may have been applied").
    enum class State { Pending, Succeeded, Failed, Uncertain };
    Q_ENUM(State)

    QString id; // a UUID; HistoryJournal::begin() makes one when empty
    QDateTime recordedAt; // UTC, when it was journaled; begin() sets it when invalid
    std::optional<QDateTime> completedAt;
    QString osUser;
    QString program;
    QString connection;
    QString customerId; // empty for a create until its answer
    QString customerName;
    Operation operation = Operation::Update;
    std::optional<QString> requestBody; // exactly the JSON sent; nullopt when the request has no body
    State state = State::Pending;
    QString error; // why it failed or may not have been applied, or how a success differed from what was asked
    QList<HistoryChange> changes;

    // The stored spellings: update, create, deactivate, reactivate, add_user, remove_user; and pending, succeeded,
    // failed, uncertain.
    static QString operationName(Operation operation);
    static std::optional<Operation> operationFromName(const QString& name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);

    bool operator==(const HistoryEntry&) const = default;
};
