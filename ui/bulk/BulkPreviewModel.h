// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkCustomerPlan.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

#include <deque>

// The preview of a bulk change as a table: one row per customer chosen, in order, with what the change would do to it
// (BulkPreview's plans: before → after, already as asked, or why it cannot be changed) and whether it is included in
// the run (a check box in the customer's column). Rows that would change and rows already as asked are included at
// first; a row that cannot be changed is never included. Rows are appended as the preview plans them.
class BulkPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CustomerColumn, IdColumn, OutcomeColumn, ChangesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OutcomeRole = Qt::UserRole, // BulkCustomerPlan::Outcome as int
        IncludedRole, // bool
        CustomerIdRole,
    };
    Q_ENUM(Role)

    struct Counts
    {
        int total = 0;
        int change = 0; // would change
        int skip = 0; // already as asked
        int invalid = 0; // cannot be changed
        int included = 0; // of change and skip

        bool operator==(const Counts&) const = default;
    };

    explicit BulkPreviewModel(QObject* parent = nullptr);

    void clear();
    void append(const QList<BulkCustomerPlan>& plans);

    const BulkCustomerPlan& plan(int row) const { return m_rows.at(size_t(row)).plan; }
    bool isIncludable(int row) const;
    bool isIncluded(int row) const { return m_rows.at(size_t(row)).included; }
    // Does nothing for a row that cannot be included.
    void setIncluded(int row, bool included);
    // Each of rows included or not (rows that cannot be included stay out).
    void setIncluded(const QList<int>& rows, bool included);
    void includeAll() { setAll(true); }
    void excludeAll() { setAll(false); }

    Counts counts() const { return m_counts; }
    // Every row's customer id, in order.
    QStringList customerIds() const;
    // The ids of the rows not included (those that cannot be changed among them).
    QSet<QString> excludedIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void countsChanged(const BulkPreviewModel::Counts& counts);

private:
    struct Row
    {
        BulkCustomerPlan plan;
        bool included = false;
    };

    void setAll(bool included);
    // Sets the flag and the count; true when it changed.
    bool include(int row, bool included);
    QString changesText(const BulkCustomerPlan& plan) const;
    QString toolTip(const BulkCustomerPlan& plan, int column) const;

    // A deque: rows appended a chunk at a time are never moved (a list would copy them all as it grows).
    std::deque<Row> m_rows;
    Counts m_counts;
};
