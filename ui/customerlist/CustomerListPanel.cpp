// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/CustomerListPanel.h"

#include "core/api/ApiError.h"
#include "core/model/Validation.h"
#include "ui/customerlist/CustomerFilterProxyModel.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListSelection.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/customerlist/ElideMiddleDelegate.h"
#include "ui/customerlist/FilterHint.h"
#include "ui/customerlist/ListColumnWidths.h"
#include "ui/customerlist/OpenByIdField.h"
#include "ui/customerlist/PagedStatusText.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// A usual customer name, in average characters ("Pinecrest Children's Hospital (site 2)"): the list asks for
// room for this much of the name beside the other columns.
constexpr int kUsualNameChars = 44;
// The header's state as saved since the list sorts; an older state (no sorting then) keeps widths and order only.
constexpr QByteArrayView kStatePrefix = "sortable:";
// Typing searches the mirror once the keys pause this long.
constexpr int kSearchDelayMs = 60;

} // namespace

CustomerListPanel::CustomerListPanel(ExpressClient* client, QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerListModel(client, this))
    , m_proxy(new CustomerFilterProxyModel(this))
    , m_searchDelay(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    buildLayout();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_search->setSearchText(m_filter->text()); });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_search)
            m_searchDelay->start();
        else
            m_proxy->setFilterText(text);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const auto status = m_statusFilter->currentData().value<CustomerFilterProxyModel::StatusFilter>();
        if (m_search)
            m_search->setStatusFilter(status);
        else
            m_proxy->setStatusFilter(status);
    });
    // One click opens (Enter too, see eventFilter()); a double-click's second click adds nothing. Ctrl- and
    // Shift-clicks only select.
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (!(QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            openRow(index);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &CustomerListPanel::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomerListPanel::onCurrentRowChanged);
    connect(m_openById, &OpenByIdField::openRequested, this, &CustomerListPanel::openRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &CustomerListPanel::retry);

    connect(m_model, &CustomerListModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        updateStatus();
    });
    connect(m_model, &CustomerListModel::loadFailed, this, &CustomerListPanel::onLoadFailed);
    connect(m_model, &CustomerListModel::pageLoaded, this, [this] { m_errorLine->hide(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomerListPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomerListPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomerListPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CustomerListPanel::updateStatus);
    connect(m_proxy, &CustomerFilterProxyModel::searchingMoreChanged, this, &CustomerListPanel::updateStatus);

    auto* findAction = new QAction(tr("Filter Customers"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &CustomerListPanel::focusFilter);
    addAction(findAction);

    auto* openByIdAction = new QAction(tr("Open by Id"), this);
    openByIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    openByIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(openByIdAction, &QAction::triggered, this, &CustomerListPanel::focusOpenById);
    addAction(openByIdAction);

    updateStatus();
}

CustomerListPanel::~CustomerListPanel() = default;

void CustomerListPanel::setWorkspace(std::shared_ptr<WorkspaceStore> store)
{
    if (!store || m_search)
        return;
    m_search = new CustomerSearchModel(std::move(store), this);
    m_search->setStatusFilter(m_statusFilter->currentData().value<CustomerFilterProxyModel::StatusFilter>());
    m_search->setSearchText(m_filter->text());
    QHeaderView* header = m_view->horizontalHeader();
    const auto sortOrder = std::make_pair(header->sortIndicatorSection(), header->sortIndicatorOrder());
    QItemSelectionModel* oldSelection = m_view->selectionModel();
    m_view->setModel(m_search);
    delete oldSelection;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomerListPanel::onCurrentRowChanged);
    m_selection->rebind();
    header->setSortIndicator(sortOrder.first, sortOrder.second);
    m_search->sort(sortOrder.first, sortOrder.second);
    connect(m_search, &CustomerSearchModel::searched, this, &CustomerListPanel::updateStatus);
    connect(m_search, &QAbstractItemModel::layoutChanged, this, &CustomerListPanel::updateStatus);
    connect(m_search, &QAbstractItemModel::rowsInserted, this, &CustomerListPanel::updateStatus);
    connect(m_search, &QAbstractItemModel::rowsRemoved, this, &CustomerListPanel::updateStatus);
    m_busy->hide();
    m_errorLine->hide();
    setFilterHint();
    updateStatus();
}

void CustomerListPanel::setMirrorFreshness(const MirrorStatusText::Freshness& freshness)
{
    m_freshness = freshness;
    updateStatus();
}

void CustomerListPanel::setFilterHint()
{
    m_filter->setPlaceholderText(FilterHint::placeholder(m_search != nullptr));
    m_filter->setToolTip(FilterHint::toolTip(m_search != nullptr, QKeySequence(QKeySequence::Find)));
}

void CustomerListPanel::buildLayout()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"customerFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter customers"));
    setFilterHint();
    m_filter->installEventFilter(this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Show customers by status"));
    m_statusFilter->setToolTip(tr("Shows all customers, only the active ones or only the deactivated ones"));
    m_statusFilter->addItem(tr("All"), QVariant::fromValue(CustomerFilterProxyModel::StatusFilter::All));
    m_statusFilter->addItem(tr("Active"), QVariant::fromValue(CustomerFilterProxyModel::StatusFilter::Active));
    m_statusFilter->addItem(tr("Deactivated"), QVariant::fromValue(CustomerFilterProxyModel::StatusFilter::Inactive));
    auto* filterLayout = new QHBoxLayout;
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addWidget(m_statusFilter);

    m_view = new QTableView(this);
    m_view->setObjectName(u"customerList"_s);
    m_view->setAccessibleName(tr("Customers"));
    m_view->setModel(m_proxy);
    // Ids are long and their start and end both matter: elide them in the middle so the name keeps the room.
    m_view->setItemDelegateForColumn(CustomerListModel::IdColumn, new ElideMiddleDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Unsorted at first: the server's order (creation order). A header click sorts; a third click on the same
    // header returns to the server's order.
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    ListColumnWidths::applyDefaults(m_view);
    m_selection = new CustomerListSelection(m_view, this);
    connect(m_selection, &CustomerListSelection::changed, this, &CustomerListPanel::updateStatus);

    m_errorIcon = new QLabel(this);
    m_errorText = new QLabel(this);
    m_errorText->setObjectName(u"loadError"_s);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setAccessibleName(tr("Retry loading customers"));
    m_retryButton->setToolTip(tr("Ask again for the page that failed; the customers already loaded stay"));
    m_errorLine = new QWidget(this);
    m_errorLine->setObjectName(u"loadErrorLine"_s);
    auto* errorLayout = new QHBoxLayout(m_errorLine);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignTop);
    m_errorLine->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"customerStatus"_s);
    m_status->setAccessibleName(tr("Customer list status"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"loadingIndicator"_s);
    m_busy->setAccessibleName(tr("Loading customers"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_status->sizeHint().height());
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true); // the status line does not jump when loading starts or ends
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();
    auto* statusLayout = new QHBoxLayout;
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_busy);

    m_openById = new OpenByIdField(this);
    auto* openByIdLabel = new QLabel(tr("&Open by id:"), this);
    openByIdLabel->setBuddy(m_openById);
    auto* openLayout = new QHBoxLayout;
    openLayout->addWidget(openByIdLabel);
    openLayout->addWidget(m_openById, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterLayout);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errorLine);
    layout->addLayout(statusLayout);
    layout->addLayout(openLayout);
}

QString CustomerListPanel::currentCustomerId() const
{
    return m_currentId;
}

bool CustomerListPanel::selectCustomer(const QString& customerId)
{
    QModelIndex index;
    if (m_search)
        index = m_search->index(m_search->rowOfId(customerId), CustomerListModel::NameColumn);
    else if (const int row = m_model->rowOfId(customerId); row >= 0)
        index = m_proxy->mapFromSource(m_model->index(row, CustomerListModel::NameColumn));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QByteArray CustomerListPanel::saveState() const
{
    return kStatePrefix.toByteArray() + m_view->horizontalHeader()->saveState();
}

bool CustomerListPanel::restoreState(const QByteArray& state)
{
    QHeaderView* header = m_view->horizontalHeader();
    const bool sortable = state.startsWith(kStatePrefix);
    if (!header->restoreState(sortable ? state.mid(kStatePrefix.size()) : state))
        return false;
    if (!sortable)
        header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

QSize CustomerListPanel::sizeHint() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    int columns = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != CustomerListModel::NameColumn && !header->isSectionHidden(column))
            columns += header->sectionSize(column);
    }
    const QStyle* style = m_view->style();
    const int cellPadding = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 2;
    const int name = m_view->fontMetrics().averageCharWidth() * kUsualNameChars + cellPadding;
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int chrome = margins.left() + margins.right() + 2 * m_view->frameWidth()
        + style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    return {qMax(QWidget::sizeHint().width(), chrome + columns + name), QWidget::sizeHint().height()};
}

QSize CustomerListPanel::minimumSizeHint() const
{
    // A third of a usual name; the other columns scroll into view.
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int name = m_view->fontMetrics().averageCharWidth() * kUsualNameChars / 3;
    return {qMax(QWidget::minimumSizeHint().width(), margins.left() + margins.right() + name),
        QWidget::minimumSizeHint().height()};
}

void CustomerListPanel::reload()
{
    if (m_search)
        return m_search->refresh(); // a new sync brings the news
    m_errorLine->hide();
    m_model->reload();
}

void CustomerListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CustomerListPanel::focusOpenById()
{
    m_openById->setFocus(Qt::ShortcutFocusReason);
    m_openById->selectAll();
}

bool CustomerListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Down goes from the filter to the list, Escape clears the filter.
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && m_view->model()->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_view->model()->index(0, CustomerListModel::NameColumn));
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Whole rows are selected, so Home and End go to the first and last row (a table would go to the first
        // and last column); at the last row the view asks for the next page.
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End)
            && (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier)) {
            QKeyEvent rowKey(QEvent::KeyPress, key->key(), key->modifiers() | Qt::ControlModifier, key->text());
            QCoreApplication::sendEvent(m_view, &rowKey);
            return true;
        }
        // Enter opens the current row; the arrow keys only move (opening asks about unsaved edits, which must
        // not happen on every step through the list).
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier) {
            openRow(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListPanel::focusInEvent(QFocusEvent* event)
{
    // Focus given to the panel (the main window's "focus the list") goes to the list. Not a focus proxy: a widget
    // with one is a Tab stop of its own, reached before the filter, and Tab would skip the filter and the status.
    m_view->setFocus(event->reason());
}

void CustomerListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
    QWidget::changeEvent(event);
}

void CustomerListPanel::openRow(const QModelIndex& index)
{
    const QString id = index.data(CustomerListModel::CustomerIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

void CustomerListPanel::onCurrentRowChanged(const QModelIndex& current)
{
    const QString id = current.data(CustomerListModel::CustomerIdRole).toString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentCustomerChanged(id);
}

void CustomerListPanel::onLoadFailed(const ApiError& error)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_errorText->setText(m_model->rowCount() == 0 ? tr("Could not load the customers. %1").arg(error.message)
                                                  : tr("Could not load more customers. %1").arg(error.message));
    m_errorLine->show();
    updateStatus();
}

void CustomerListPanel::retry()
{
    m_errorLine->hide();
    m_model->retry();
}

void CustomerListPanel::updateStatus()
{
    const int selected = m_selection->count();
    const QString selectedText =
        selected > 1 ? u" · "_s + tr("%1 selected").arg(QLocale().toString(selected)) : QString();
    if (m_search) {
        m_status->setText(
            MirrorStatusText::text(*m_search, m_freshness, QDateTime::currentDateTimeUtc()) + selectedText);
        return m_status->setToolTip(MirrorStatusText::toolTip(m_freshness));
    }
    const PagedStatusText::Status status = PagedStatusText::describe(*m_model, *m_proxy);
    m_status->setText(status.text + selectedText);
    m_status->setToolTip(status.toolTip);
}
