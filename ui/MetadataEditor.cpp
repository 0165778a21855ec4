// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataEditor.h"

#include "core/MetadataClipboard.h"
#include "core/MetadataFile.h"
#include "core/Validation.h"
#include "ui/Icons.h"
#include "ui/MetadataKeyDelegate.h"
#include "ui/MetadataPalette.h"
#include "ui/MetadataTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

MetadataEditor::MetadataEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new MetadataTableModel(this))
    , m_view(new QTableView(this))
{
    m_model->setPalette(palette());

    m_view->setObjectName(u"metadataTable"_s);
    m_view->setAccessibleName(tr("Metadata"));
    m_view->setAccessibleDescription(tr("Key and value pairs of the customer"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MetadataKeyDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(MetadataTableModel::KeyColumn, QHeaderView::Interactive);
    header->resizeSection(MetadataTableModel::KeyColumn, fontMetrics().horizontalAdvance(u'x') * 28);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    // No sort until a header is clicked: setSortingEnabled() would sort at once, and rows come sorted by key.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
        [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_addAction = createAction(tr("&Add"), u"addRowAction"_s, {QKeySequence(Qt::Key_Insert)}, u"add"_s);
    m_removeAction =
        createAction(tr("&Remove"), u"removeRowAction"_s, QKeySequence::keyBindings(QKeySequence::Delete), u"remove"_s);
    m_revertAction =
        createAction(tr("Re&vert Row"), u"revertRowAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_R)}, u"revert"_s);
    m_revertAllAction = createAction(
        tr("Revert A&ll"), u"revertAllAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, u"revert"_s);
    m_copyAction = createAction(tr("&Copy"), u"copyAction"_s, QKeySequence::keyBindings(QKeySequence::Copy), u"copy"_s);
    m_pasteAction =
        createAction(tr("&Paste"), u"pasteAction"_s, QKeySequence::keyBindings(QKeySequence::Paste), QString());
    m_importAction =
        createAction(tr("&Import…"), u"importAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, QString());
    m_exportAction =
        createAction(tr("&Export…"), u"exportAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, QString());
    m_undoAction = createAction(tr("&Undo"), u"undoAction"_s, QKeySequence::keyBindings(QKeySequence::Undo), u"undo"_s);
    m_redoAction = createAction(tr("Re&do"), u"redoAction"_s, QKeySequence::keyBindings(QKeySequence::Redo), u"redo"_s);

    m_addAction->setToolTip(
        tr("Add a row and type its key (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_addAction, &QAction::triggered, this, &MetadataEditor::addRow);
    connect(m_removeAction, &QAction::triggered, this, &MetadataEditor::removeSelectedRows);
    connect(m_revertAction, &QAction::triggered, this, &MetadataEditor::revertSelectedRows);
    connect(m_revertAllAction, &QAction::triggered, this, &MetadataEditor::revertAll);
    connect(m_copyAction, &QAction::triggered, this, &MetadataEditor::copySelectedRows);
    connect(m_pasteAction, &QAction::triggered, this, &MetadataEditor::paste);
    connect(m_importAction, &QAction::triggered, this, &MetadataEditor::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, this, &MetadataEditor::chooseExportFile);
    connect(m_undoAction, &QAction::triggered, this, [this] { m_model->undoStack()->undo(); });
    connect(m_redoAction, &QAction::triggered, this, [this] { m_model->undoStack()->redo(); });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"metadataCount"_s);
    m_countLabel->setToolTip(tr("Metadata pairs used of the %n allowed", nullptr, Validation::kMaxMetadataPairs));

    auto* buttons = new QHBoxLayout;
    m_buttonsLayout = buttons;
    buttons->setSpacing(2);
    buttons->addWidget(createButton(m_addAction, u"addRowButton"_s));
    buttons->addWidget(createButton(m_removeAction, u"removeRowButton"_s));
    buttons->addWidget(createButton(m_revertAction, u"revertRowButton"_s));
    buttons->addWidget(createButton(m_revertAllAction, u"revertAllButton"_s));
    buttons->addSpacing(12);
    buttons->addWidget(createButton(m_copyAction, u"copyButton"_s));
    buttons->addWidget(createButton(m_pasteAction, u"pasteButton"_s));
    buttons->addSpacing(12);
    buttons->addWidget(createButton(m_importAction, u"importButton"_s));
    buttons->addWidget(createButton(m_exportAction, u"exportButton"_s));
    buttons->addStretch();
    buttons->addWidget(m_countLabel);

    m_summaryIcon = new QLabel(this);
    m_summaryIcon->setObjectName(u"metadataSummaryIcon"_s);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"metadataSummary"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(u"metadataNotice"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setVisible(false);

    auto* summary = new QHBoxLayout;
    summary->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summary->addWidget(m_summaryLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(summary);
    layout->addWidget(m_noticeLabel);

    m_ownModel = m_model;
    attachModel();
    setUndoStack(nullptr);
}

QList<QAction*> MetadataEditor::menuActions() const
{
    return {m_addAction, m_removeAction, m_revertAction, m_copyAction, m_pasteAction, m_importAction, m_exportAction};
}

void MetadataEditor::setModel(MetadataTableModel* model)
{
    if (!model)
        model = m_ownModel;
    if (model == m_model)
        return;
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
    QItemSelectionModel* oldSelection = m_view->selectionModel();
    m_model = model;
    m_model->setPalette(palette());
    m_view->setModel(m_model);
    delete oldSelection;
    if (m_model != m_ownModel) {
        // The model's owner may go first: the editor falls back to its own, empty model.
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = m_ownModel;
            m_view->setModel(m_ownModel);
            attachModel();
        });
    }
    attachModel();
}

void MetadataEditor::attachModel()
{
    connect(m_model, &MetadataTableModel::dirtyChanged, this, &MetadataEditor::dirtyChanged);
    connect(m_model, &MetadataTableModel::dirtyChanged, this, &MetadataEditor::updateActions);
    // Once per edit, not once per row it touched.
    connect(m_model, &MetadataTableModel::summaryChanged, this, &MetadataEditor::updateSummary);
    connect(m_model, &MetadataTableModel::summaryChanged, this, &MetadataEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setNotice({}, false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MetadataEditor::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MetadataEditor::updateActions);
    QUndoStack* stack = m_model->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MetadataEditor::updateUndoActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MetadataEditor::updateUndoActions);
    connect(stack, &QUndoStack::indexChanged, this, [this] { setNotice({}, false); });
    updateUndoActions();
    updateSummary();
    updateActions();
}

MetadataEditor::~MetadataEditor()
{
    // The model's own stack dies with the model, after this object has stopped being a MetadataEditor.
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
}

QAction* MetadataEditor::createAction(
    const QString& text, const QString& objectName, const QList<QKeySequence>& shortcuts, const QString& iconName)
{
    // The app's own monochrome icons, as in the main window's toolbar; actions without one show text only.
    auto* action = new QAction(Icons::themed(iconName, palette()), text, this);
    if (!iconName.isEmpty())
        action->setProperty("iconName", iconName);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // Several editors (and the main window) may be open: a shortcut acts on the editor that has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(u"%1 (%2)"_s.arg(withoutMnemonic(text), action->shortcut().toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QToolButton* MetadataEditor::createButton(QAction* action, const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    if (!action->icon().isNull()) {
        // May shrink to its icon (updateButtonStyle()), so that long texts never make the form scroll sideways.
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setMinimumWidth(button->sizeHint().width());
        m_iconButtons.append(button);
    }
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(withoutMnemonic(action->text()));
    button->setAccessibleDescription(action->toolTip());
    return button;
}

void MetadataEditor::setUndoStack(QUndoStack* stack)
{
    if (QUndoStack* old = m_model->undoStack()) {
        disconnect(old, nullptr, this, nullptr);
    }
    m_model->setUndoStack(stack);
    QUndoStack* current = m_model->undoStack();
    connect(current, &QUndoStack::canUndoChanged, this, &MetadataEditor::updateUndoActions);
    connect(current, &QUndoStack::canRedoChanged, this, &MetadataEditor::updateUndoActions);
    connect(current, &QUndoStack::indexChanged, this, [this] { setNotice({}, false); });
    updateUndoActions();
}

void MetadataEditor::setBaseline(const Metadata& baseline)
{
    m_model->setBaseline(baseline);
    setNotice({}, false);
}

Metadata MetadataEditor::currentMetadata() const
{
    return m_model->currentMetadata();
}

QList<MetadataEntry> MetadataEditor::currentEntries() const
{
    return m_model->currentEntries();
}

bool MetadataEditor::isDirty() const
{
    return m_model->isDirty();
}

bool MetadataEditor::isValid() const
{
    return !m_model->hasErrors();
}

QString MetadataEditor::summaryText() const
{
    return m_summaryLabel->text();
}

QString MetadataEditor::noticeText() const
{
    return m_noticeLabel->text();
}

QList<int> MetadataEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid()) {
        rows.append(m_view->currentIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void MetadataEditor::addRow()
{
    const int row = m_model->appendRow();
    const QModelIndex key = m_model->index(row, MetadataTableModel::KeyColumn);
    m_view->setFocus(Qt::ShortcutFocusReason);
    m_view->setCurrentIndex(key);
    m_view->scrollTo(key);
    m_view->edit(key);
}

void MetadataEditor::removeSelectedRows()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty()) {
        m_model->removeRowList(rows);
    }
}

void MetadataEditor::revertSelectedRows()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty()) {
        m_model->revertRows(rows);
    }
}

void MetadataEditor::revertAll()
{
    m_model->revertAll();
}

void MetadataEditor::copySelectedRows()
{
    QList<MetadataEntry> entries;
    for (const int row : selectedRows()) {
        const MetadataRow current = m_model->rowAt(row);
        if (!current.removed) {
            entries.append(current.entry);
        }
    }
    if (!entries.isEmpty()) {
        QGuiApplication::clipboard()->setText(MetadataClipboard::toTabSeparated(entries));
    }
}

void MetadataEditor::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

bool MetadataEditor::pasteText(const QString& text)
{
    const auto parsed = MetadataClipboard::parse(text);
    if (parsed.isError()) {
        setNotice(tr("Nothing pasted: %1").arg(parsed.error().message), true);
        return false;
    }
    const QList<MetadataEntry>& entries = parsed.value();
    const auto count = static_cast<int>(entries.size());
    const MetadataTableModel::MergeCounts counts = m_model->mergeEntries(entries,
        (count == 1 ? tr("Paste %n metadata pair", nullptr, count) : tr("Paste %n metadata pairs", nullptr, count)));
    setNotice((count == 1 ? tr("Pasted %n pair: %1 added, %2 updated, %3 already as pasted.", nullptr, count)
                          : tr("Pasted %n pairs: %1 added, %2 updated, %3 already as pasted.", nullptr, count))
                  .arg(counts.added)
                  .arg(counts.updated)
                  .arg(counts.unchanged),
        false);
    return true;
}

bool MetadataEditor::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const auto read = MetadataFile::read(path);
    if (read.isError()) {
        setNotice(tr("Nothing imported: %1").arg(read.error().message), true);
        return false;
    }
    const QList<MetadataEntry>& entries = read.value();
    const auto count = static_cast<int>(entries.size());
    if (count == 0) {
        setNotice(tr("Nothing imported: “%1” holds no metadata.").arg(name), true);
        return false;
    }
    const MetadataTableModel::MergeCounts counts = m_model->mergeEntries(entries,
        (count == 1 ? tr("Import %n metadata pair from “%1”", nullptr, count)
                    : tr("Import %n metadata pairs from “%1”", nullptr, count))
            .arg(name));
    setNotice(
        (count == 1
                ? tr("Imported %n pair from “%1”: %2 added, %3 updated, %4 already as in the file.", nullptr, count)
                : tr("Imported %n pairs from “%1”: %2 added, %3 updated, %4 already as in the file.", nullptr, count))
            .arg(name)
            .arg(counts.added)
            .arg(counts.updated)
            .arg(counts.unchanged),
        false);
    return true;
}

bool MetadataEditor::exportFile(const QString& path)
{
    const QList<MetadataEntry> entries = m_model->currentEntries();
    if (const auto error = MetadataFile::write(path, entries)) {
        setNotice(tr("Not exported: %1").arg(error->message), true);
        return false;
    }
    setNotice((entries.size() == 1 ? tr("Exported %n pair to “%1”.", nullptr, 1)
                                   : tr("Exported %n pairs to “%1”.", nullptr, static_cast<int>(entries.size())))
                  .arg(QFileInfo(path).fileName()),
        false);
    return true;
}

void MetadataEditor::chooseImportFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    auto* dialog = new QFileDialog(
        this, tr("Import Metadata"), QString(), tr("Metadata files (*.json *.csv);;JSON (*.json);;CSV (*.csv)"));
    dialog->setObjectName(u"metadataImportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MetadataEditor::importFile);
    m_fileDialog = dialog;
    dialog->open();
}

void MetadataEditor::chooseExportFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Export Metadata"), QString(), tr("JSON (*.json);;CSV (*.csv)"));
    dialog->setObjectName(u"metadataExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The suffix follows the chosen filter when the user types a name without one.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.csv"_s) ? u"csv"_s : u"json"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, &MetadataEditor::exportFile);
    m_fileDialog = dialog;
    dialog->open();
}

void MetadataEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateButtonStyle();
}

void MetadataEditor::updateButtonStyle()
{
    if (!m_compactButtons)
        m_fullButtonsWidth = m_buttonsLayout->sizeHint().width();
    const bool compact = m_buttonsLayout->geometry().width() < m_fullButtonsWidth;
    if (compact == m_compactButtons)
        return;
    m_compactButtons = compact;
    for (QToolButton* button : std::as_const(m_iconButtons))
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

void MetadataEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_model->setPalette(palette());
        updateSummary();
        // The icons are drawn in the palette's text colour.
        for (QAction* action : actions()) {
            const QString iconName = action->property("iconName").toString();
            if (!iconName.isEmpty())
                action->setIcon(Icons::themed(iconName, palette()));
        }
    }
    QWidget::changeEvent(event);
}

void MetadataEditor::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool anyActive = std::any_of(rows.cbegin(), rows.cend(),
        [this](int row) { return m_model->rowState(row) != MetadataTableModel::RowState::Removed; });
    const bool anyEdited = std::any_of(rows.cbegin(), rows.cend(),
        [this](int row) { return m_model->rowState(row) != MetadataTableModel::RowState::Unchanged; });
    m_removeAction->setEnabled(anyActive);
    m_copyAction->setEnabled(anyActive);
    m_revertAction->setEnabled(anyEdited);
    m_revertAllAction->setEnabled(m_model->isDirty());
}

void MetadataEditor::updateUndoActions()
{
    m_undoAction->setEnabled(m_model->undoStack()->canUndo());
    m_redoAction->setEnabled(m_model->undoStack()->canRedo());
}

void MetadataEditor::updateSummary()
{
    const QPalette normal = palette();
    const int pairs = m_model->pairCount();
    m_countLabel->setText(m_model->countText());
    QPalette countPalette = normal;
    if (pairs > Validation::kMaxMetadataPairs) {
        countPalette.setColor(QPalette::WindowText, MetadataPalette::errorText(normal));
    }
    m_countLabel->setPalette(countPalette);
    m_countLabel->setAccessibleName(tr("%1 of %2 metadata pairs").arg(pairs).arg(Validation::kMaxMetadataPairs));

    const QList<ValidationIssue> issues = m_model->issues();
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    QString text;
    QPalette summaryPalette = normal;
    QIcon icon;
    if (!issues.isEmpty()) {
        const auto first =
            std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue& issue) { return issue.isError(); });
        const ValidationIssue& shown = first != issues.cend() ? *first : issues.constFirst();
        QStringList counts;
        // Here and elsewhere singular and plural are separate strings, so that English reads right without a
        // translation file; both keep %n so that translators get every plural form.
        if (errors > 0) {
            counts.append(errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors));
        }
        if (warnings > 0) {
            counts.append(warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings));
        }
        const QString where = shown.row >= 0
            ? tr("Row %1: %2").arg(m_model->displayRowNumber(shown.row)).arg(shown.message)
            : shown.message;
        text = tr("%1 — %2", "counts — first issue").arg(counts.join(tr(", ")), where);
        summaryPalette.setColor(QPalette::WindowText,
            errors > 0 ? MetadataPalette::errorText(normal) : MetadataPalette::warningText(normal));
        icon = style()->standardIcon(errors > 0 ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    } else if (m_model->isDirty()) {
        const MetadataTableModel::StateCounts counts = m_model->stateCounts();
        QStringList parts;
        if (counts.added > 0) {
            parts.append(tr("%n added", nullptr, counts.added));
        }
        if (counts.changed > 0) {
            parts.append(tr("%n changed", nullptr, counts.changed));
        }
        if (counts.removed > 0) {
            parts.append(tr("%n removed", nullptr, counts.removed));
        }
        text = tr("Not saved: %1.").arg(parts.join(tr(", ")));
    }
    m_summaryLabel->setText(text);
    m_summaryLabel->setPalette(summaryPalette);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_summaryIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize, iconSize));
    m_summaryIcon->setVisible(!icon.isNull());

    const bool valid = errors == 0;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(m_valid);
    }
}

void MetadataEditor::setNotice(const QString& text, bool error)
{
    QPalette notice = palette();
    if (error) {
        notice.setColor(QPalette::WindowText, MetadataPalette::errorText(notice));
    }
    m_noticeLabel->setPalette(notice);
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}
