// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/BulkItemRecord.h"

#include <QAbstractTableModel>
#include <QPointer>

class BulkSession;

// A bulk change's customers as a table while it runs and after: each customer's outcome (waiting, in progress,
// changed, already as asked, failed, may have been changed, excluded) and why or what its change did, following the
// session's itemChanged.
// Holds no copy: the rows are the session's items().
class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CustomerColumn, IdColumn, OutcomeColumn, DetailsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole, // BulkItemRecord::State as int
        CustomerIdRole,
    };
    Q_ENUM(Role)

    explicit BulkResultsModel(QObject* parent = nullptr);

    // The session shown (not owned; nullptr: none). Resets the rows.
    void setSession(BulkSession* session);
    BulkSession* session() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The Details column: why it failed, or what its change did ("Changed “tier” from … to …; Deactivated").
    static QString details(const BulkItemRecord& item);

private:
    void onItemChanged(int position);

    QPointer<BulkSession> m_session;
    int m_rows = 0; // the session's items when it was set (a run never adds or drops customers)
};
