// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/CustomerSearchModel.h"

#include "ui/customerlist/CustomerListModel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace {

// One line per search with its time: QT_LOGGING_RULES="expressadmin.search.info=true".
Q_LOGGING_CATEGORY(lcSearch, "expressadmin.search", QtWarningMsg)

SearchOrder::Key keyOfColumn(int column)
{
    switch (column) {
    case CustomerListModel::IdColumn:
        return SearchOrder::Key::Id;
    case CustomerListModel::ActiveColumn:
        return SearchOrder::Key::Active;
    case CustomerListModel::UsersColumn:
        return SearchOrder::Key::Users;
    case CustomerListModel::UpdatedColumn:
        return SearchOrder::Key::Updated;
    default:
        return SearchOrder::Key::Name;
    }
}

} // namespace

CustomerSearchModel::CustomerSearchModel(std::shared_ptr<WorkspaceStore> store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_search(std::move(store))
{
    search();
}

CustomerSearchModel::~CustomerSearchModel() = default;

int CustomerSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CustomerSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CustomerListModel::ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer* customer = customerAt(index.row());
    return customer ? CustomerListModel::customerData(*customer, index.column(), role) : QVariant();
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return CustomerListModel::columnHeader(section, role);
}

Qt::ItemFlags CustomerSearchModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void CustomerSearchModel::sort(int column, Qt::SortOrder order)
{
    SearchOrder wanted;
    if (column >= 0) {
        wanted.key = keyOfColumn(column);
        wanted.descending = order == Qt::DescendingOrder;
    }
    if (wanted == m_order)
        return;
    relayout([&] { m_order = wanted; });
}

bool CustomerSearchModel::isFiltering() const
{
    return !m_text.trimmed().isEmpty() || m_status != CustomerFilterProxyModel::StatusFilter::All;
}

qint64 CustomerSearchModel::totalCount() const
{
    if (!isFiltering())
        return m_count;
    if (m_total < 0) {
        const auto total = m_search.count(SearchQuery());
        if (total.isError()) {
            fail(total.error());
            return 0;
        }
        m_total = total.value();
    }
    return m_total;
}

int CustomerSearchModel::heldRows() const
{
    int rows = 0;
    for (const QList<Customer>& held : std::as_const(m_blocks))
        rows += int(held.size());
    return rows;
}

int CustomerSearchModel::rowOfId(const QString& customerId) const
{
    const auto position = m_search.position(query(), m_order, customerId);
    if (position.isError()) {
        fail(position.error());
        return -1;
    }
    const qint64 row = position.value();
    if (row >= m_count)
        return -1;
    const Customer* customer = customerAt(int(row));
    return customer && customer->id() == customerId ? int(row) : -1;
}

void CustomerSearchModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    search();
}

void CustomerSearchModel::setStatusFilter(CustomerFilterProxyModel::StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    search();
}

void CustomerSearchModel::refresh()
{
    const auto counted = m_search.count(query());
    if (counted.isError())
        return fail(counted.error());
    const int count = int(counted.value());
    m_total = -1;
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
    relayout([] {});
    if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
}

QString CustomerSearchModel::queryText() const
{
    QString text = m_text.trimmed();
    if (m_status == CustomerFilterProxyModel::StatusFilter::Active)
        text += u" is:active"_s;
    else if (m_status == CustomerFilterProxyModel::StatusFilter::Inactive)
        text += u" is:inactive"_s;
    return text.trimmed();
}

Result<QStringList, StoreError> CustomerSearchModel::ids() const
{
    return m_search.ids(query(), m_order);
}

SearchQuery CustomerSearchModel::query() const
{
    return SearchQuery::parse(queryText());
}

void CustomerSearchModel::search()
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    const SearchQuery parsed = query();
    const auto counted = m_search.count(parsed);
    m_count = counted.isOk() ? int(counted.value()) : 0;
    if (m_count > 0)
        block(0); // what a view shows first
    endResetModel();
    m_lastSearchMs = double(timer.nsecsElapsed()) / 1e6;
    if (counted.isError())
        return fail(counted.error());
    qCInfo(lcSearch).noquote() << "search" << parsed.describe() << "found" << m_count << "in" << m_lastSearchMs << "ms";
    Q_EMIT searched(m_count, m_lastSearchMs);
}

const QList<Customer>* CustomerSearchModel::block(int row) const
{
    const int number = row / kBlockSize;
    const auto held = m_blocks.constFind(number);
    if (held != m_blocks.cend()) {
        m_recent.removeOne(number);
        m_recent.append(number);
        return &held.value();
    }
    const auto read = m_search.page(query(), qint64(number) * kBlockSize, kBlockSize, m_order);
    if (read.isError()) {
        fail(read.error());
        return nullptr;
    }
    m_error.reset();
    while (m_recent.size() >= kMaxBlocks)
        m_blocks.remove(m_recent.takeFirst());
    m_recent.append(number);
    return &m_blocks.insert(number, read.value()).value();
}

const Customer* CustomerSearchModel::customerAt(int row) const
{
    const QList<Customer>* rows = block(row);
    const int offset = row % kBlockSize;
    // The mirror may have lost rows since it was counted; refresh() follows.
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

void CustomerSearchModel::fail(const StoreError& error) const
{
    qCWarning(lcSearch).noquote() << error.message;
    m_error = error;
    Q_EMIT const_cast<CustomerSearchModel*>(this)->storeFailed(error);
}

void CustomerSearchModel::relayout(const std::function<void()>& change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& index : persistent) {
        // Only rows held can be on screen or selected; others keep their row.
        const auto held = m_blocks.constFind(index.row() / kBlockSize);
        const int offset = index.row() % kBlockSize;
        ids.append(held != m_blocks.cend() && offset < held->size() ? held->at(offset).id() : QString());
    }
    change();
    m_blocks.clear();
    m_recent.clear();
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = ids.at(i).isEmpty() ? persistent.at(i).row() : rowOfId(ids.at(i));
        changePersistentIndex(
            persistent.at(i), row >= 0 && row < m_count ? index(row, persistent.at(i).column()) : QModelIndex());
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
