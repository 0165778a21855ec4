// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/store/BulkRunRecord.h"
#include "core/store/SearchOrder.h"
#include "core/store/StoreError.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;
class WorkspaceStore;

// Which customers a bulk change works on, each way with how many it holds: the rows selected in the list, all results
// of the list's search (the search itself, not its rows), the ids in a file, or every customer of the workspace's
// mirror. resolve() gives their ids in order.
class BulkCustomerChoice : public QWidget
{
    Q_OBJECT

public:
    // What the list offers when the dialog opens.
    struct Sources
    {
        QStringList selectedIds; // the list's selection, in the list's order
        bool selectionIsAllResults = false; // every row of the list is selected: the search stands for them
        QString queryText; // the list's search (empty: none, every customer)
        qint64 queryCount = 0; // its results
        qint64 mirrorCount = 0; // every mirrored customer
        SearchOrder order; // the list's order, for the search and for all
    };

    explicit BulkCustomerChoice(QWidget* parent = nullptr);

    // Chooses the selection when there is one (the search when the selection is all of it), else nothing.
    void setSources(const Sources& sources);
    const Sources& sources() const { return m_sources; }

    // Nothing chosen yet, or the way chosen holds no customer.
    bool hasCustomers() const { return count() > 0; }
    BulkRunRecord::Selection selection() const;
    void setSelection(BulkRunRecord::Selection selection);
    // The search's text or the file's name; empty otherwise.
    QString selectionText() const;
    // How many customers the way chosen holds (0 when none is chosen).
    qint64 count() const;
    // Reads the ids of a file (the "Choose File…" button asks for one); false when it holds none, with why shown.
    bool loadIdsFile(const QString& path);
    // The ids of the customers chosen, in order: the search and "all" are asked of the mirror now.
    Result<QStringList, StoreError> resolve(const std::shared_ptr<WorkspaceStore>& store) const;

Q_SIGNALS:
    void choiceChanged();

private:
    void chooseFile();
    void updateTexts();

    Sources m_sources;
    QStringList m_fileIds;
    QString m_filePath;
    QRadioButton* m_selected = nullptr;
    QRadioButton* m_search = nullptr;
    QRadioButton* m_file = nullptr;
    QPushButton* m_fileButton = nullptr;
    QLabel* m_fileNote = nullptr;
    QRadioButton* m_all = nullptr;
};
