// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkOperation.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One bulk change as its journal (BulkJournal) keeps it: who started it where, the operations, how the customers were
// chosen, how many go at once, and how far it got.
struct BulkRunRecord
{
    Q_GADGET

public:
    // Running also after a crash: the run did not end. Finished: every customer was tried (some may have failed).
    // Cancelled: stopped by the user; the customers not yet tried stay planned.
    enum class State { Running, Paused, Finished, Cancelled };
    Q_ENUM(State)
    // How the customers were chosen: rows selected in a list, a file of ids, a search of the mirror, every mirrored
    // customer.
    enum class Selection { Selected, IdsFile, Search, All };
    Q_ENUM(Selection)

    QString id; // a UUID; BulkJournal::create() makes it
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC, the last change of state
    QString osUser;
    QString program;
    QString connection; // the API's base URL (never a key)
    QList<BulkOperation> operations;
    Selection selection = Selection::Selected;
    QString selectionText; // the query, the file's name; empty otherwise
    int concurrency = 8; // requests in flight at most
    State state = State::Running;

    // A run that may be resumed: Running (it may have crashed) or Paused.
    bool isUnfinished() const { return state == State::Running || state == State::Paused; }

    // The stored spellings: running, paused, finished, cancelled; selected, ids_file, search, all.
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
    static QString selectionName(Selection selection);
    static std::optional<Selection> selectionFromName(const QString& name);

    bool operator==(const BulkRunRecord&) const = default;
};
