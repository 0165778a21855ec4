// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/MetadataFile.h"
#include "core/model/MetadataDocument.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/metadata/MetadataTransfer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using RowState = MetadataTableModel::RowState;

namespace {

// owner, region, tier.
Metadata threePairs()
{
    return Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}, {u"owner"_s, u"ops"_s}};
}

QString labelText(const MetadataEditor& editor, const QString& name)
{
    const auto* label = editor.findChild<QLabel*>(name);
    return label != nullptr ? label->text() : u"<no label %1>"_s.arg(name);
}

} // namespace

// The assembled metadata editor, driven through its widgets, keyboard and clipboard.
class tst_MetadataEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void baselineShowsRowsCountAndNoSummary();
    void insertKeyAddsRowAndEditsKeyThenValue();
    void overlongKeyIsKeptAndFlaggedWhileTyping();
    void shiftEnterPutsALineBreakInTheValue();
    void deleteRemovesAndCtrlZUndoes();
    void keysWhileEditingGoToTheEditor();
    void removeOfAnAddedRowDeletesIt();
    void revertRowButtonRevertsTheSelectedRow();
    void ctrlCCopiesSelectedRowsAsTabSeparated();
    void ctrlVPastesInOneUndoStep();
    void pastingGarbageChangesNothingAndSaysWhy();
    void summaryCountsErrorsAndWarnings();
    void exportThenImport_data();
    void exportThenImport();
    void importErrorNamesTheKey();
    void clickingAHeaderSorts();
    void buttonsHaveNamesAndShortcuts_data();
    void buttonsHaveNamesAndShortcuts();
    void noUndoRedoOrRevertAllOfItsOwn();
    void exportFileName_data();
    void exportFileName();
    void exportDialogSuggestsTheFileName();
    void showsADocumentItDoesNotOwn();
    void externalUndoStack();
    void narrowEditorShowsOnlyTheIconsOfItsButtons();

private:
    std::unique_ptr<MetadataEditor> m_editor;
    QTableView* m_view = nullptr;
    MetadataTableModel* m_model = nullptr;
};

void tst_MetadataEditor::init()
{
    // Any warning fails, except the offscreen platform's own notes ("This plugin does not support ...").
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    m_editor = std::make_unique<MetadataEditor>();
    m_editor->resize(700, 400);
    m_editor->setBaseline(threePairs());
    m_editor->show();
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_view = m_editor->findChild<QTableView*>(u"metadataTable"_s);
    QVERIFY(m_view != nullptr);
    m_model = m_editor->model();
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void tst_MetadataEditor::cleanup()
{
    m_editor.reset();
    m_view = nullptr;
    m_model = nullptr;
}

void tst_MetadataEditor::baselineShowsRowsCountAndNoSummary()
{
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(labelText(*m_editor, u"metadataCount"_s), u"3 / 50"_s);
    QCOMPARE(m_editor->summaryText(), QString());
    QVERIFY(m_editor->isValid());
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(m_editor->currentMetadata(), threePairs());
}

void tst_MetadataEditor::insertKeyAddsRowAndEditsKeyThenValue()
{
    QSignalSpy dirty(m_editor.get(), &MetadataEditor::dirtyChanged);

    QTest::keyClick(m_view, Qt::Key_Insert);

    QCOMPARE(m_model->rowCount(), 4);
    QLineEdit* keyEditor = nullptr;
    QTRY_VERIFY((keyEditor = m_view->findChild<QLineEdit*>(u"metadataKeyEditor"_s)) != nullptr);
    QTRY_VERIFY(keyEditor->hasFocus());
    QCOMPARE(keyEditor->accessibleName(), u"Metadata key"_s);
    QTest::keyClicks(keyEditor, u"team"_s);
    QTest::keyClick(keyEditor, Qt::Key_Tab); // saves the key, moves on to the value

    QPlainTextEdit* valueEditor = nullptr;
    QTRY_VERIFY((valueEditor = m_view->findChild<QPlainTextEdit*>(u"metadataValueEditor"_s)) != nullptr);
    QTRY_VERIFY(valueEditor->hasFocus());
    QTest::keyClicks(valueEditor, u"core"_s);
    QTest::keyClick(valueEditor, Qt::Key_Return);

    QTRY_COMPARE(m_editor->currentMetadata().value(u"team"_s), u"core"_s);
    QCOMPARE(m_editor->document()->rowState(3), RowState::Added);
    QCOMPARE(labelText(*m_editor, u"metadataCount"_s), u"4 / 50"_s);
    QCOMPARE(m_editor->summaryText(), u"Not saved: 1 added."_s);
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.first().first().toBool(), true);
    // Insert, key, value: three steps to undo.
    QCOMPARE(m_editor->undoStack()->count(), 3);
}

void tst_MetadataEditor::overlongKeyIsKeptAndFlaggedWhileTyping()
{
    QSignalSpy validity(m_editor.get(), &MetadataEditor::validityChanged);
    const QModelIndex owner = m_model->index(0, MetadataTableModel::KeyColumn);
    m_view->setCurrentIndex(owner);
    m_view->edit(owner);
    QLineEdit* keyEditor = nullptr;
    QTRY_VERIFY((keyEditor = m_view->findChild<QLineEdit*>(u"metadataKeyEditor"_s)) != nullptr);
    keyEditor->selectAll();

    const QString longKey = u"k"_s.repeated(101);
    QTest::keyClicks(keyEditor, longKey);
    QCOMPARE(keyEditor->text(), longKey); // no validator, no maxLength
    QCOMPARE(keyEditor->toolTip(), u"101 / 100 characters: 1 over the limit"_s);
    QTest::keyClick(keyEditor, Qt::Key_Return);

    QTRY_COMPARE(m_model->index(0, 0).data().toString(), longKey);
    QCOMPARE(m_editor->summaryText(), u"1 error — Row 1: Key is 101 characters; the limit is 100."_s);
    QVERIFY(!m_editor->isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.first().first().toBool(), false);
    QVERIFY(m_editor->findChild<QLabel*>(u"metadataSummaryIcon"_s)->isVisible());

    m_editor->undoStack()->undo();
    QTRY_VERIFY(m_editor->isValid());
    QCOMPARE(validity.count(), 2);
    QCOMPARE(m_editor->summaryText(), QString());
}

void tst_MetadataEditor::shiftEnterPutsALineBreakInTheValue()
{
    const QModelIndex value = m_model->index(1, MetadataTableModel::ValueColumn);
    m_view->setCurrentIndex(value);
    m_view->edit(value);
    QPlainTextEdit* valueEditor = nullptr;
    QTRY_VERIFY((valueEditor = m_view->findChild<QPlainTextEdit*>(u"metadataValueEditor"_s)) != nullptr);
    valueEditor->selectAll();

    QTest::keyClicks(valueEditor, u"first"_s);
    QTest::keyClick(valueEditor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(valueEditor, u"second\u00a0line"_s); // a no-break space must survive
    QTest::keyClick(valueEditor, Qt::Key_Return);

    QTRY_COMPARE(m_editor->currentMetadata().value(u"region"_s), u"first\nsecond\u00a0line"_s);
}

void tst_MetadataEditor::deleteRemovesAndCtrlZUndoes()
{
    QSignalSpy dirty(m_editor.get(), &MetadataEditor::dirtyChanged);
    m_view->selectRow(1);

    QTest::keyClick(m_view, Qt::Key_Delete);

    QCOMPARE(m_model->rowCount(), 3); // still visible, struck through
    QCOMPARE(m_editor->document()->rowState(1), RowState::Removed);
    QVERIFY(!m_editor->currentMetadata().contains(u"region"_s));
    QCOMPARE(labelText(*m_editor, u"metadataCount"_s), u"2 / 50"_s);
    QCOMPARE(m_editor->summaryText(), u"Not saved: 1 removed."_s);

    m_editor->undoStack()->undo(); // the window's Undo

    QCOMPARE(m_editor->document()->rowState(1), RowState::Unchanged);
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(labelText(*m_editor, u"metadataCount"_s), u"3 / 50"_s);

    m_editor->undoStack()->redo();
    QCOMPARE(m_editor->document()->rowState(1), RowState::Removed);
}

void tst_MetadataEditor::keysWhileEditingGoToTheEditor()
{
    const QModelIndex owner = m_model->index(0, MetadataTableModel::KeyColumn);
    m_view->setCurrentIndex(owner);
    m_view->edit(owner);
    QLineEdit* keyEditor = nullptr;
    QTRY_VERIFY((keyEditor = m_view->findChild<QLineEdit*>(u"metadataKeyEditor"_s)) != nullptr);
    QTRY_VERIFY(keyEditor->hasFocus());

    // Delete, Ctrl+Z and Insert edit the text, not the table.
    QTest::keyClick(keyEditor, Qt::Key_Home);
    QTest::keyClick(keyEditor, Qt::Key_Delete);
    QCOMPARE(keyEditor->text(), u"wner"_s);
    QTest::keyClick(keyEditor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(keyEditor->text(), u"owner"_s);
    QTest::keyClick(keyEditor, Qt::Key_Delete);
    QTest::keyClick(keyEditor, Qt::Key_Return);

    QTRY_COMPARE(m_model->index(0, 0).data().toString(), u"wner"_s);
    QCOMPARE(m_editor->document()->rowState(0), RowState::Changed);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void tst_MetadataEditor::removeOfAnAddedRowDeletesIt()
{
    m_model->appendRow({u"team"_s, u"core"_s});
    m_view->selectRow(3);

    m_editor->findChild<QToolButton*>(u"removeRowButton"_s)->click();

    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_editor->isDirty());
}

void tst_MetadataEditor::revertRowButtonRevertsTheSelectedRow()
{
    m_model->setData(m_model->index(0, MetadataTableModel::ValueColumn), u"sales"_s);
    m_model->setData(m_model->index(2, MetadataTableModel::ValueColumn), u"silver"_s);
    auto* revert = m_editor->findChild<QToolButton*>(u"revertRowButton"_s);
    m_view->selectRow(1);
    QVERIFY(!revert->isEnabled()); // row 2 is unchanged
    m_view->selectRow(0);
    QVERIFY(revert->isEnabled());

    revert->click();

    QCOMPARE(m_editor->document()->rowState(0), RowState::Unchanged);
    QCOMPARE(m_editor->document()->rowState(2), RowState::Changed);
    QVERIFY(!revert->isEnabled());
}

void tst_MetadataEditor::ctrlCCopiesSelectedRowsAsTabSeparated()
{
    QGuiApplication::clipboard()->clear();
    m_view->selectionModel()->select(
        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->select(m_model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);

    QCOMPARE(QGuiApplication::clipboard()->text(), u"owner\tops\ntier\tgold\n"_s);
}

void tst_MetadataEditor::ctrlVPastesInOneUndoStep()
{
    QGuiApplication::clipboard()->setText(u"key\tvalue\nregion\tsouth\nteam\tcore\n"_s);
    const int steps = m_editor->undoStack()->count();

    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(m_editor->currentMetadata().value(u"region"_s), u"south"_s);
    QCOMPARE(m_editor->currentMetadata().value(u"team"_s), u"core"_s);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QCOMPARE(m_editor->noticeText(), u"Pasted 2 pairs: 1 added, 1 updated, 0 already as pasted."_s);
    QCOMPARE(m_editor->summaryText(), u"Not saved: 1 added, 1 changed."_s);

    m_editor->undoStack()->undo();

    QCOMPARE(m_editor->currentMetadata(), threePairs());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_editor->noticeText(), QString());
}

void tst_MetadataEditor::pastingGarbageChangesNothingAndSaysWhy()
{
    QGuiApplication::clipboard()->setText(u"region=south\nthis line has no separator"_s);

    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(m_editor->currentMetadata(), threePairs());
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(m_editor->noticeText(), u"Nothing pasted: Line 2 has no “=” between key and value."_s);
    QVERIFY(m_editor->findChild<QLabel*>(u"metadataNotice"_s)->isVisible());
}

void tst_MetadataEditor::summaryCountsErrorsAndWarnings()
{
    QSignalSpy validity(m_editor.get(), &MetadataEditor::validityChanged);
    m_model->appendRow({u"Region"_s, u"x"_s}); // warning: differs from "region" only by case
    QCOMPARE(m_editor->summaryText(),
        u"1 warning — Row 4: The key “Region” differs from “region” in row 2 only by case or spaces."_s);
    QVERIFY(m_editor->isValid());
    QCOMPARE(validity.count(), 0);

    m_model->appendRow({QString(), u"y"_s});
    m_model->appendRow({u"tier"_s, u"z"_s});

    QCOMPARE(m_editor->summaryText(), u"2 errors, 1 warning — Row 5: Enter a key or remove the row."_s);
    QVERIFY(!m_editor->isValid());
    QCOMPARE(validity.count(), 1);
}

void tst_MetadataEditor::exportThenImport_data()
{
    QTest::addColumn<QString>("name");

    QTest::addRow("json") << u"metadata.json"_s;
    QTest::addRow("csv") << u"metadata.csv"_s;
}

void tst_MetadataEditor::exportThenImport()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    m_model->setData(m_model->index(0, MetadataTableModel::ValueColumn), u"sales, \"EU\"\nteam"_s);
    m_model->removeRowList({2}); // not exported
    const QList<MetadataEntry> shown = m_editor->currentEntries();

    QVERIFY(m_editor->exportFile(path));
    QCOMPARE(m_editor->noticeText(), u"Exported 2 pairs to “%1”."_s.arg(name));
    const auto exported = MetadataFile::read(path);
    QVERIFY(!exported.isError());
    QCOMPARE(
        exported.value(), (QList<MetadataEntry> {{u"owner"_s, u"sales, \"EU\"\nteam"_s}, {u"region"_s, u"north"_s}}));
    QCOMPARE(exported.value(), shown);

    m_editor->setBaseline(Metadata {{u"region"_s, u"west"_s}, {u"tier"_s, u"gold"_s}});
    QVERIFY(m_editor->importFile(path));

    QCOMPARE(m_editor->currentMetadata(),
        (Metadata {{u"owner"_s, u"sales, \"EU\"\nteam"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}}));
    QCOMPARE(m_editor->noticeText(),
        u"Imported 2 pairs from “%1”: 1 added, 1 updated, 0 already as in the file."_s.arg(name));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void tst_MetadataEditor::importErrorNamesTheKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"region": "south", "seats": 12})");
    file.close();

    QVERIFY(!m_editor->importFile(file.fileName()));

    QCOMPARE(m_editor->currentMetadata(), threePairs());
    QVERIFY(m_editor->noticeText().contains(u"“seats” is a number"_s));
}

void tst_MetadataEditor::clickingAHeaderSorts()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QPoint valueHeader(
        header->sectionViewportPosition(MetadataTableModel::ValueColumn) + 10, header->height() / 2);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, valueHeader);

    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        values.append(m_model->index(row, MetadataTableModel::ValueColumn).data().toString());
    }
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    QCOMPARE(values,
        ascending ? QStringList({u"gold"_s, u"north"_s, u"ops"_s}) : QStringList({u"ops"_s, u"north"_s, u"gold"_s}));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void tst_MetadataEditor::buttonsHaveNamesAndShortcuts_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QKeySequence>("shortcut");

    QTest::addRow("add") << u"addRowButton"_s << QKeySequence(Qt::Key_Insert);
    QTest::addRow("remove") << u"removeRowButton"_s << QKeySequence(QKeySequence::Delete);
    QTest::addRow("revert row") << u"revertRowButton"_s << QKeySequence(Qt::CTRL | Qt::Key_R);
    QTest::addRow("copy") << u"copyButton"_s << QKeySequence(QKeySequence::Copy);
    QTest::addRow("paste") << u"pasteButton"_s << QKeySequence(QKeySequence::Paste);
    QTest::addRow("import") << u"importButton"_s << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    QTest::addRow("export") << u"exportButton"_s << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
}

void tst_MetadataEditor::buttonsHaveNamesAndShortcuts()
{
    QFETCH(QString, button);
    QFETCH(QKeySequence, shortcut);

    const auto* found = m_editor->findChild<QToolButton*>(button);
    QVERIFY(found != nullptr);
    QVERIFY(!found->accessibleName().isEmpty());
    QVERIFY(!found->accessibleName().contains(u'&'));
    QVERIFY(found->defaultAction() != nullptr);
    QCOMPARE(found->defaultAction()->shortcut(), shortcut);
    QCOMPARE(found->defaultAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QVERIFY(found->toolTip().contains(shortcut.toString(QKeySequence::NativeText)));
    // The same action as the typed accessor gives to menus.
    const MetadataActions& actions = m_editor->metadataActions();
    const QList<QAction*> typed {actions.add, actions.remove, actions.revertRow, actions.copy, actions.paste,
        actions.importFile, actions.exportFile};
    QVERIFY(typed.contains(found->defaultAction()));
    QCOMPARE(typed.count(found->defaultAction()), 1);
}

// Undo, Redo and Revert All belong to the window: the editor has no action (and so no shortcut) of its own for them.
void tst_MetadataEditor::noUndoRedoOrRevertAllOfItsOwn()
{
    const QList<QKeySequence> windowKeys {QKeySequence(QKeySequence::Undo), QKeySequence(QKeySequence::Redo),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)};
    const QList<QAction*> actions = m_editor->findChildren<QAction*>();
    QVERIFY(actions.size() >= 7);
    for (const QAction* action : actions) {
        for (const QKeySequence& shortcut : action->shortcuts()) {
            QVERIFY2(!windowKeys.contains(shortcut), qPrintable(action->text()));
        }
    }
    m_view->selectRow(1);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->document()->rowState(1), RowState::Removed);
}

void tst_MetadataEditor::exportFileName_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("fileName");

    QTest::addRow("plain name") << u"Northwind Traders"_s << u"Northwind Traders-metadata.json"_s;
    QTest::addRow("separators and reserved characters")
        << u"ACME: North/South"_s << u"ACME- North-South-metadata.json"_s;
    QTest::addRow("backslash, quotes, wildcards") << u"a\\b \"c\" *?<>|"_s << u"a-b -c-metadata.json"_s;
    QTest::addRow("line break and tab") << u"Line\nbreak\there"_s << u"Line-break-here-metadata.json"_s;
    QTest::addRow("leading dot: no hidden file") << u"..hidden"_s << u"hidden-metadata.json"_s;
    QTest::addRow("trailing dot and spaces") << u"Firm Inc. "_s << u"Firm Inc-metadata.json"_s;
    QTest::addRow("letters of any script") << u"Müller & Søn 株式会社"_s << u"Müller & Søn 株式会社-metadata.json"_s;
    QTest::addRow("nothing left") << u" / "_s << u"metadata.json"_s;
    QTest::addRow("no name") << QString() << u"metadata.json"_s;
    QTest::addRow("long name is cut") << u"x"_s.repeated(300) << u"x"_s.repeated(100) + u"-metadata.json"_s;
}

void tst_MetadataEditor::exportFileName()
{
    QFETCH(QString, customer);
    QFETCH(QString, fileName);

    QCOMPARE(MetadataTransfer::exportFileName(customer), fileName);
}

void tst_MetadataEditor::exportDialogSuggestsTheFileName()
{
    m_editor->setSuggestedFileName(u"ACME: North/South"_s);

    m_editor->chooseExportFile();

    auto* dialog = m_editor->findChild<QFileDialog*>(u"metadataExportDialog"_s);
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), u"ACME- North-South-metadata.json"_s);
    dialog->reject();
}

// The editor as a view of a document someone else owns (the customer's session): it shows it, its edits go to the
// given stack, and its summary and signals follow the document.
void tst_MetadataEditor::showsADocumentItDoesNotOwn()
{
    auto document = std::make_unique<MetadataDocument>();
    document->setBaselineKeepingEdits(threePairs(), {{u"owner"_s, u"sales"_s}, {u"team"_s, u"core"_s}});
    QUndoStack stack;
    QSignalSpy dirty(m_editor.get(), &MetadataEditor::dirtyChanged);

    m_editor->setDocument(document.get(), &stack);

    QCOMPARE(m_editor->document(), document.get());
    QCOMPARE(m_editor->undoStack(), &stack);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(dirty.count(), 1);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(m_editor->summaryText(), u"Not saved: 1 added, 1 changed, 2 removed."_s);
    QCOMPARE(labelText(*m_editor, u"metadataCount"_s), u"2 / 50"_s);

    m_view->selectRow(1); // team
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document->currentEntries(), (QList<MetadataEntry> {{u"owner"_s, u"sales"_s}}));
    QCOMPARE(m_editor->summaryText(), u"Not saved: 1 changed, 2 removed."_s);

    // Back to its own document, clean.
    m_editor->setDocument(nullptr, nullptr);
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(m_editor->currentMetadata(), threePairs());
    QCOMPARE(stack.count(), 1);
}

void tst_MetadataEditor::externalUndoStack()
{
    QUndoStack stack;
    m_editor->setUndoStack(&stack);
    m_view->selectRow(0);

    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(m_editor->document()->rowState(0), RowState::Unchanged);
    QCOMPARE(stack.index(), 0);
}

// Longer texts (German) or a narrow window: the buttons with an icon drop their text instead of making the form scroll
// sideways, and get it back when there is room.
void tst_MetadataEditor::narrowEditorShowsOnlyTheIconsOfItsButtons()
{
    auto* revertRow = m_editor->findChild<QToolButton*>(u"revertRowButton"_s);
    QVERIFY(revertRow != nullptr);
    QCOMPARE(revertRow->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    const int wide = m_editor->width();

    m_editor->resize(m_editor->minimumSizeHint().width(), m_editor->height());
    QTRY_COMPARE(revertRow->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QVERIFY(m_editor->width() < wide);

    m_editor->resize(wide, m_editor->height());
    QTRY_COMPARE(revertRow->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

QTEST_MAIN(tst_MetadataEditor)
#include "tst_metadataeditor.moc"
