// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/MetadataEntry.h"

#include <QKeySequence>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;
class QHBoxLayout;
class QResizeEvent;
class QToolButton;
class QUndoStack;
class MetadataTableModel;

// The metadata part of the customer form: the table with its delegate, the buttons (add, remove, revert, copy,
// paste, import, export), the "12 / 50" counter and a summary line of the validation issues.
// Shortcuts (Insert, Delete, Ctrl+C, Ctrl+V, Ctrl+Z, ...) work while focus is inside the editor.
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataEditor(QWidget* parent = nullptr);
    ~MetadataEditor() override;

    MetadataTableModel* model() const { return m_model; }
    // The editor's own actions, for a menu: add, remove, revert row, copy, paste, import, export.
    QList<QAction*> menuActions() const;
    QTableView* view() const { return m_view; }

    // Shows model (not owned; it must outlive the editor or the next call) instead of the editor's own.
    void setModel(MetadataTableModel* model);

    // One stack per open customer, owned by the caller; see MetadataTableModel::setUndoStack().
    void setUndoStack(QUndoStack* stack);
    // See MetadataTableModel::setBaseline(): resets the table and clears the undo stack.
    void setBaseline(const Metadata& baseline);

    Metadata currentMetadata() const;
    QList<MetadataEntry> currentEntries() const;
    bool isDirty() const;
    // No validation errors (warnings allowed): the metadata may be saved.
    bool isValid() const;

    // The line under the table: counts and the first issue, or the changes when there is no issue.
    QString summaryText() const;
    // The outcome of the last paste, import or export ("Pasted 3 pairs: ..."); empty after the next edit.
    QString noticeText() const;

public Q_SLOTS:
    // Adds an empty row at the end and starts editing its key.
    void addRow();
    void removeSelectedRows();
    void revertSelectedRows();
    void revertAll();
    // The selected rows (not those marked removed) as tab-separated text.
    void copySelectedRows();
    // Existing keys get the pasted value, new keys are added: one undo step.
    void paste();
    // As paste(), from text. False (and a notice saying why) when the text holds no pairs.
    bool pasteText(const QString& text);
    // Merges a .json or .csv file like a paste. False (and a notice) on failure.
    bool importFile(const QString& path);
    // Writes the rows not marked removed to a .json or .csv file.
    bool exportFile(const QString& path);
    // Open a QFileDialog (open(), never exec()) and continue with importFile()/exportFile().
    void chooseImportFile();
    void chooseExportFile();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // shortcuts: the first is shown in the tooltip. The icon comes from the desktop's theme, else from the style
    // (fallback), else there is none: a style icon that means something else is worse than no icon.
    QAction* createAction(
        const QString& text, const QString& objectName, const QList<QKeySequence>& shortcuts, const QString& iconName);
    QToolButton* createButton(QAction* action, const QString& objectName);
    QList<int> selectedRows() const;
    void updateActions();
    void updateSummary();
    void updateUndoActions();
    void setNotice(const QString& text, bool error);
    // The buttons with an icon show only it while their row is narrower than it needs with the texts (German).
    void updateButtonStyle();

    void attachModel();

    MetadataTableModel* m_model = nullptr;
    MetadataTableModel* m_ownModel = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
    QHBoxLayout* m_buttonsLayout = nullptr;
    QList<QToolButton*> m_iconButtons;
    int m_fullButtonsWidth = 0;
    bool m_compactButtons = false;
    QLabel* m_summaryIcon = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_revertAllAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QPointer<QWidget> m_fileDialog;
    bool m_valid = true;
};
