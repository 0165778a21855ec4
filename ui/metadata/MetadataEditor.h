// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/MetadataDocument.h"
#include "core/model/MetadataEntry.h"

#include <QKeySequence>
#include <QPointer>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTableView;
class QHBoxLayout;
class QResizeEvent;
class QToolButton;
class QUndoCommand;
class MetadataTableModel;

// The editor's actions, for menus and toolbars. Their shortcuts (Insert, Delete, Ctrl+R, Ctrl+C, Ctrl+V,
// Ctrl+Shift+I, Ctrl+Shift+E) act while focus is inside the editor (Qt::WidgetWithChildrenShortcut). Undo, Redo
// and Revert All are the window's.
struct MetadataActions
{
    QAction* add = nullptr;
    QAction* remove = nullptr;
    QAction* revertRow = nullptr;
    QAction* copy = nullptr;
    QAction* paste = nullptr;
    QAction* importFile = nullptr;
    QAction* exportFile = nullptr;
};

// The metadata part of the customer form, a view of a MetadataDocument: the table with its delegate, the buttons
// (add, remove, revert row, copy, paste, import, export), the "12 / 50" counter and the document's summary line.
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataEditor(QWidget* parent = nullptr);
    ~MetadataEditor() override;

    // The document shown and the stack its edits go to, neither owned (one per open customer): they must outlive
    // the editor, or be replaced before they go. With nullptr, the editor's own document and stack.
    void setDocument(MetadataDocument* document, QUndoStack* stack);
    MetadataDocument* document() const { return m_document; }
    QUndoStack* undoStack() const { return m_stack; }

    MetadataTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Named so as not to hide QWidget::actions().
    const MetadataActions& metadataActions() const { return m_actions; }

    // The editor's own document with another stack (owned by the caller; nullptr: the editor's own).
    void setUndoStack(QUndoStack* stack);
    // MetadataDocument::setBaseline(), and clears the undo stack, whose commands refer to the rows replaced.
    void setBaseline(const Metadata& baseline);

    // Forwarded to the document.
    Metadata currentMetadata() const { return m_document->currentMetadata(); }
    QList<MetadataEntry> currentEntries() const { return m_document->currentEntries(); }
    bool isDirty() const { return m_document->isDirty(); }
    // No validation errors (warnings allowed): the metadata may be saved.
    bool isValid() const { return m_document->isValid(); }

    // The line under the table: MetadataDocument::summaryText().
    QString summaryText() const;
    // The outcome of the last paste, import or export ("Pasted 3 pairs: ..."); empty after the next edit.
    QString noticeText() const;

    // The name chooseExportFile() offers, from baseName (a customer's name): MetadataTransfer::exportFileName().
    void setSuggestedFileName(const QString& baseName);
    QString suggestedFileName() const { return m_suggestedFileName; }

public Q_SLOTS:
    // Adds an empty row at the end and starts editing its key.
    void addRow();
    void removeSelectedRows();
    void revertSelectedRows();
    // Every row back to the baseline, one undo step.
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
    void push(std::unique_ptr<QUndoCommand> command);
    void updateActions();
    void updateSummary();
    void setNotice(const QString& text, bool error);
    // The buttons with an icon show only it while their row is narrower than it needs with the texts (German).
    void updateButtonStyle();

    MetadataDocument* m_ownDocument = nullptr;
    QUndoStack* m_ownStack = nullptr;
    QPointer<MetadataDocument> m_document;
    QPointer<QUndoStack> m_stack;
    MetadataTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
    QHBoxLayout* m_buttonsLayout = nullptr;
    QList<QToolButton*> m_iconButtons;
    int m_fullButtonsWidth = 0;
    bool m_compactButtons = false;
    QLabel* m_summaryIcon = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    MetadataActions m_actions;
    QList<QAction*> m_iconActions;
    QPointer<QWidget> m_fileDialog;
    QString m_suggestedFileName;
    bool m_valid = true;
};
