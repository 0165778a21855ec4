// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CustomerSession;
class MainWindow;

// "Undo this change": the inverse of a journaled write, never sent behind the user's back. An update's inverse (the
// before values of name and metadata) goes into the customer's form as ordinary unsaved edits, one step on its undo
// stack, and leaves through the normal conflict-safe save with its review. A deactivation's inverse is Reactivate
// (and the other way round), a user added is removed and a user removed is added, each asked first as usual. The
// customer is opened first through MainWindow::openCustomer(), so unsaved edits of another customer are guarded.
class HistoryUndo : public QObject
{
    Q_OBJECT

public:
    // window is not owned and outlives this object.
    explicit HistoryUndo(MainWindow* window, QObject* parent = nullptr);

    // The entry has an inverse: it reached (or may have reached) the server, names its customer, and its
    // operation has one (a create has none).
    static bool canUndo(const HistoryEntry& entry);
    void undo(const HistoryEntry& entry);

Q_SIGNALS:
    // The inverse is in the form (or its question is open): the form should be shown.
    void applied(const QString& customerId);

private:
    void onCustomerOpened(const QString& customerId);
    void apply(const HistoryEntry& entry);
    void applyEdits(CustomerSession* session, const HistoryEntry& entry);
    void changeUser(CustomerSession* session, const HistoryEntry& entry, bool add);
    void tell(const QString& text);

    QPointer<MainWindow> m_window;
    // The entry to undo once its customer is open.
    std::optional<HistoryEntry> m_pending;
};
