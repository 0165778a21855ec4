// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/MetadataDocument.h"
#include "core/model/MetadataEntry.h"
#include "core/model/MetadataRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QUndoStack>

// A table over a MetadataDocument: key and value columns, the row's state and its issues as roles. It holds no
// data of its own and no colours (MetadataItemDelegate draws the states); it turns the document's signals into
// the model's begin/end calls, and the views' edits into undo steps (MetadataCommands) on the stack.
class MetadataTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn = MetadataDocument::KeyColumn, ValueColumn = MetadataDocument::ValueColumn, ColumnCount };
    Q_ENUM(Column)

    using RowState = MetadataRow::State;

    enum Role {
        // MetadataTableModel::RowState of the row.
        RowStateRole = Qt::UserRole,
        // The messages of the issues in this cell, one per line; empty when there are none.
        ValidationMessageRole,
        // The most serious issue of this cell as ValidationIssue::Severity; invalid when there is none.
        ValidationSeverityRole,
        // The cell's text as the server has it; invalid for added rows.
        OriginalValueRole,
    };
    Q_ENUM(Role)

    explicit MetadataTableModel(QObject* parent = nullptr);
    ~MetadataTableModel() override;

    // The rows shown and the stack the edits go to; neither is owned. Resets the model. Without a document the
    // table is empty and read-only.
    void setDocument(MetadataDocument* document, QUndoStack* stack);
    MetadataDocument* document() const { return m_document; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Undo steps, as a view's edit would push: an added row at the end (returns its row), and rows removed as
    // removeRows() does. Rows are model rows (the document's).
    int appendRow(const MetadataEntry& entry = {});
    void removeRowList(const QList<int>& rows);
    // The document's currentMetadata(); empty without a document.
    Metadata currentMetadata() const { return m_document ? m_document->currentMetadata() : Metadata(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes MetadataCommands::setCell(); an unchanged text pushes nothing. Rows marked removed are read-only.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Adds empty rows (one undo step).
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    // Baseline rows stay visible, marked removed; added rows go (one undo step).
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    // MetadataDocument::sort(); not an undo step.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void connectDocument();
    void onRowsChanged(int first, int last);
    void onLayoutChanged(const QList<int>& newRowOf);
    QList<ValidationIssue> cellIssues(int row, int column) const;
    bool canEdit() const;

    QPointer<MetadataDocument> m_document;
    QPointer<QUndoStack> m_undoStack;
};
