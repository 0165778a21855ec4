// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataEditor.h"

#include "core/io/MetadataClipboard.h"
#include "core/model/MetadataDocument.h"
#include "core/model/Validation.h"
#include "ui/metadata/MetadataCommands.h"
#include "ui/metadata/MetadataItemDelegate.h"
#include "ui/metadata/MetadataPalette.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/metadata/MetadataTransfer.h"
#include "ui/shell/Icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
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
    , m_ownDocument(new MetadataDocument(this))
    , m_ownStack(new QUndoStack(this))
    , m_model(new MetadataTableModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(u"metadataTable"_s);
    m_view->setAccessibleName(tr("Metadata"));
    m_view->setAccessibleDescription(tr("Key and value pairs of the customer"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MetadataItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // Tab leaves the table, as it leaves every other field (arrows move between cells; while a cell is being
    // edited, Tab still goes on to the next cell).
    m_view->setTabKeyNavigation(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(MetadataTableModel::KeyColumn, QHeaderView::Interactive);
    header->resizeSection(MetadataTableModel::KeyColumn, fontMetrics().horizontalAdvance(u'x') * 28);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    // No sort until a header is clicked: setSortingEnabled() would sort at once, and rows come sorted by key.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &MetadataTableModel::sort);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_actions.add = createAction(tr("&Add"), u"addRowAction"_s, {QKeySequence(Qt::Key_Insert)}, u"add"_s);
    m_actions.remove =
        createAction(tr("&Remove"), u"removeRowAction"_s, QKeySequence::keyBindings(QKeySequence::Delete), u"remove"_s);
    m_actions.revertRow =
        createAction(tr("Re&vert Row"), u"revertRowAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_R)}, u"revert"_s);
    m_actions.copy =
        createAction(tr("&Copy"), u"copyAction"_s, QKeySequence::keyBindings(QKeySequence::Copy), u"copy"_s);
    m_actions.paste =
        createAction(tr("&Paste"), u"pasteAction"_s, QKeySequence::keyBindings(QKeySequence::Paste), QString());
    m_actions.importFile =
        createAction(tr("&Import…"), u"importAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, QString());
    m_actions.exportFile =
        createAction(tr("&Export…"), u"exportAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, QString());

    m_actions.add->setToolTip(
        tr("Add a row and type its key (%1)").arg(m_actions.add->shortcut().toString(QKeySequence::NativeText)));
    connect(m_actions.add, &QAction::triggered, this, &MetadataEditor::addRow);
    connect(m_actions.remove, &QAction::triggered, this, &MetadataEditor::removeSelectedRows);
    connect(m_actions.revertRow, &QAction::triggered, this, &MetadataEditor::revertSelectedRows);
    connect(m_actions.copy, &QAction::triggered, this, &MetadataEditor::copySelectedRows);
    connect(m_actions.paste, &QAction::triggered, this, &MetadataEditor::paste);
    connect(m_actions.importFile, &QAction::triggered, this, &MetadataEditor::chooseImportFile);
    connect(m_actions.exportFile, &QAction::triggered, this, &MetadataEditor::chooseExportFile);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"metadataCount"_s);
    m_countLabel->setToolTip(tr("Metadata pairs used of the %n allowed", nullptr, Validation::kMaxMetadataPairs));

    auto* buttons = new QHBoxLayout;
    m_buttonsLayout = buttons;
    buttons->setSpacing(2);
    buttons->addWidget(createButton(m_actions.add, u"addRowButton"_s));
    buttons->addWidget(createButton(m_actions.remove, u"removeRowButton"_s));
    buttons->addWidget(createButton(m_actions.revertRow, u"revertRowButton"_s));
    buttons->addSpacing(12);
    buttons->addWidget(createButton(m_actions.copy, u"copyButton"_s));
    buttons->addWidget(createButton(m_actions.paste, u"pasteButton"_s));
    buttons->addSpacing(12);
    buttons->addWidget(createButton(m_actions.importFile, u"importButton"_s));
    buttons->addWidget(createButton(m_actions.exportFile, u"exportButton"_s));
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

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MetadataEditor::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MetadataEditor::updateActions);

    setSuggestedFileName({});
    setDocument(nullptr, nullptr);
}

MetadataEditor::~MetadataEditor()
{
    // The children (own document and stack among them) go after this object has stopped being a MetadataEditor.
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    if (m_stack) {
        disconnect(m_stack, nullptr, this, nullptr);
    }
    m_model->setDocument(nullptr, nullptr);
}

void MetadataEditor::setDocument(MetadataDocument* document, QUndoStack* stack)
{
    const bool wasDirty = m_document && m_document->isDirty();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    if (m_stack) {
        disconnect(m_stack, nullptr, this, nullptr);
    }
    m_document = document != nullptr ? document : m_ownDocument;
    m_stack = stack != nullptr ? stack : m_ownStack;
    m_model->setDocument(m_document, m_stack);
    connect(m_document, &MetadataDocument::dirtyChanged, this, &MetadataEditor::dirtyChanged);
    connect(m_document, &MetadataDocument::dirtyChanged, this, &MetadataEditor::updateActions);
    // Once per edit, not once per row it touched.
    connect(m_document, &MetadataDocument::summaryChanged, this, &MetadataEditor::updateSummary);
    connect(m_document, &MetadataDocument::summaryChanged, this, &MetadataEditor::updateActions);
    connect(m_stack, &QUndoStack::indexChanged, this, [this] { setNotice({}, false); });
    setNotice({}, false);
    updateSummary();
    updateActions();
    if (m_document->isDirty() != wasDirty) {
        Q_EMIT dirtyChanged(m_document->isDirty());
    }
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
    setDocument(m_document, stack);
}

void MetadataEditor::setBaseline(const Metadata& baseline)
{
    m_document->setBaseline(baseline);
    m_stack->clear();
    setNotice({}, false);
}

void MetadataEditor::setSuggestedFileName(const QString& baseName)
{
    m_suggestedFileName = MetadataTransfer::exportFileName(baseName);
}

void MetadataEditor::push(std::unique_ptr<QUndoCommand> command)
{
    if (m_stack) {
        MetadataCommands::push(m_stack, std::move(command));
    }
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
    const int row = m_document->rowCount();
    push(MetadataCommands::appendRow(m_document));
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
        push(MetadataCommands::removeRows(m_document, rows));
    }
}

void MetadataEditor::revertSelectedRows()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty()) {
        push(MetadataCommands::revertRows(m_document, rows));
    }
}

void MetadataEditor::revertAll()
{
    push(MetadataCommands::revertAll(m_document));
}

void MetadataEditor::copySelectedRows()
{
    QList<MetadataEntry> entries;
    for (const int row : selectedRows()) {
        const MetadataRow& current = m_document->rowAt(row);
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
    const MetadataTransfer::Outcome outcome = MetadataTransfer::paste(m_document, m_stack, text);
    setNotice(outcome.notice, !outcome.ok);
    return outcome.ok;
}

bool MetadataEditor::importFile(const QString& path)
{
    const MetadataTransfer::Outcome outcome = MetadataTransfer::importFile(m_document, m_stack, path);
    setNotice(outcome.notice, !outcome.ok);
    return outcome.ok;
}

bool MetadataEditor::exportFile(const QString& path)
{
    const MetadataTransfer::Outcome outcome = MetadataTransfer::exportFile(*m_document, path);
    setNotice(outcome.notice, !outcome.ok);
    return outcome.ok;
}

void MetadataEditor::chooseImportFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    QFileDialog* dialog = MetadataTransfer::importDialog(this);
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
    QFileDialog* dialog = MetadataTransfer::exportDialog(this, m_suggestedFileName);
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
        [this](int row) { return m_document->rowState(row) != MetadataDocument::RowState::Removed; });
    const bool anyEdited = std::any_of(rows.cbegin(), rows.cend(),
        [this](int row) { return m_document->rowState(row) != MetadataDocument::RowState::Unchanged; });
    m_actions.remove->setEnabled(anyActive);
    m_actions.copy->setEnabled(anyActive);
    m_actions.revertRow->setEnabled(anyEdited);
}

void MetadataEditor::updateSummary()
{
    const QPalette normal = palette();
    const int pairs = m_document->pairCount();
    m_countLabel->setText(m_document->countText());
    QPalette countPalette = normal;
    if (pairs > Validation::kMaxMetadataPairs) {
        countPalette.setColor(QPalette::WindowText, MetadataPalette::errorText(normal));
    }
    m_countLabel->setPalette(countPalette);
    m_countLabel->setAccessibleName(tr("%1 of %2 metadata pairs").arg(pairs).arg(Validation::kMaxMetadataPairs));

    const int errors = m_document->errorCount();
    const int warnings = m_document->warningCount();
    QPalette summaryPalette = normal;
    QIcon icon;
    if (errors > 0 || warnings > 0) {
        summaryPalette.setColor(QPalette::WindowText,
            errors > 0 ? MetadataPalette::errorText(normal) : MetadataPalette::warningText(normal));
        icon = style()->standardIcon(errors > 0 ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    }
    m_summaryLabel->setText(m_document->summaryText());
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
