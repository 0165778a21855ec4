// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/CustomerListModel.h"

#include "core/common/Logging.h"
#include "ui/save/ReviewText.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Shown for a timestamp the server sent as null.
const QString kNoDate = u"\u2014"_s;

} // namespace

CustomerListModel::CustomerListModel(ExpressClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

CustomerListModel::~CustomerListModel()
{
    // The client may outlive the model: stop the page in flight (its callback would find no context anyway).
    if (m_client && m_call != 0) {
        const ExpressClient::CallId call = m_call;
        m_call = 0;
        ++m_generation;
        m_client->cancel(call);
    }
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return customerData(m_customers.at(index.row()), index.column(), role);
}

QVariant CustomerListModel::customerData(const Customer& customer, int column, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return displayData(customer, column);
    case Qt::ToolTipRole:
        return toolTipData(customer, column);
    case Qt::AccessibleTextRole:
        return displayData(customer, column);
    case Qt::ForegroundRole:
        // Deactivated customers read as disabled, in whatever palette (light or dark) is current.
        if (!customer.isActive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (column == IdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (column == UsersColumn)
            return Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case CustomerIdRole:
        return customer.id();
    case CustomerRole:
        return QVariant::fromValue(customer);
    case IsActiveRole:
        return customer.isActive();
    case SortRole:
        return sortData(customer, column);
    default:
        return {};
    }
}

QVariant CustomerListModel::sortData(const Customer& customer, int column)
{
    switch (column) {
    case NameColumn:
        return customer.name();
    case IdColumn:
        return customer.id();
    case ActiveColumn:
        return customer.isActive();
    case UsersColumn:
        return customer.userCount();
    case UpdatedColumn:
        return customer.updatedAt().value_or(QDateTime());
    default:
        return {};
    }
}

QVariant CustomerListModel::displayData(const Customer& customer, int column)
{
    switch (column) {
    case NameColumn:
        return customer.name();
    case IdColumn:
        return customer.id();
    case ActiveColumn:
        return customer.isActive() ? tr("Yes") : tr("No");
    case UsersColumn:
        return QLocale().toString(customer.userCount());
    case UpdatedColumn:
        if (const auto updatedAt = customer.updatedAt())
            return QLocale().toString(updatedAt->toLocalTime().date(), QLocale::ShortFormat); // time: tooltip
        return kNoDate;
    default:
        return {};
    }
}

QVariant CustomerListModel::toolTipData(const Customer& customer, int column)
{
    switch (column) {
    case NameColumn:
        // The name is the user's text, never markup.
        return ReviewText::toolTip(customer.name());
    case IdColumn:
        return customer.id();
    case ActiveColumn:
        return customer.isActive() ? tr("Active") : tr("Deactivated");
    case UsersColumn:
        return tr("%Ln user(s)", nullptr, static_cast<int>(qMin<qint64>(customer.userCount(), INT_MAX)));
    case UpdatedColumn:
        if (const auto updatedAt = customer.updatedAt())
            return tr("%1 (%2)").arg(QLocale().toString(updatedAt->toLocalTime(), QLocale::LongFormat),
                updatedAt->toUTC().toString(Qt::ISODateWithMs));
        return tr("The server did not say when this customer was last updated.");
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnHeader(section, role);
}

QVariant CustomerListModel::columnHeader(int section, int role)
{
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case IdColumn:
            return tr("Id");
        case ActiveColumn:
            return tr("Active");
        case UsersColumn:
            return tr("Users");
        case UpdatedColumn:
            return tr("Updated");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == UpdatedColumn)
        return tr("When the customer last changed, in local time");
    if (role == Qt::TextAlignmentRole && section == UsersColumn)
        return Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter).toInt();
    return {};
}

Qt::ItemFlags CustomerListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && m_call == 0 && !m_lastError && m_client;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore || m_call != 0 || !m_client)
        return;
    setCall(startPage());
}

ExpressClient::CallId CustomerListModel::startPage()
{
    m_lastError.reset();
    const quint64 generation = m_generation;
    // The callback never runs before listCustomers() returns (refusals are delivered later too).
    return m_client->listCustomers(m_cursor, m_pageSize, this,
        [this, generation](const ApiResult<CustomerPage>& result) { onPage(generation, result); });
}

void CustomerListModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void CustomerListModel::retry()
{
    fetchMore();
}

void CustomerListModel::reload()
{
    const bool wasLoading = m_call != 0;
    ++m_generation; // before cancel(): its callback runs at once and must find itself stale
    if (wasLoading && m_client)
        m_client->cancel(m_call);
    // While the rows go, m_call still holds the cancelled call, so that a view or model tester asking for more
    // from modelReset does not start the first page twice.
    if (!wasLoading)
        m_call = ExpressClient::CallId(-1);
    beginResetModel();
    m_customers.clear();
    m_rowById.clear();
    m_cursor.clear();
    m_hasMore = true;
    m_lastError.reset();
    endResetModel();
    m_call = m_client ? startPage() : 0;
    if (wasLoading != (m_call != 0))
        Q_EMIT loadingChanged(m_call != 0);
}

void CustomerListModel::setCall(ExpressClient::CallId call)
{
    const bool wasLoading = m_call != 0;
    m_call = call;
    if (wasLoading != (m_call != 0))
        Q_EMIT loadingChanged(m_call != 0);
}

void CustomerListModel::onPage(quint64 generation, const ApiResult<CustomerPage>& result)
{
    if (generation != m_generation)
        return; // a page of the list before reload()
    if (result.isError()) {
        const ApiError& error = result.error();
        if (error.kind == ApiError::Kind::Cancelled) {
            // Someone cancelled every call (e.g. the client's options changed): not a failure to show.
            setCall(0);
            return;
        }
        qCWarning(lcUi) << "customer list: a page failed:" << error.kind << error.httpStatus;
        m_lastError = error;
        setCall(0);
        Q_EMIT loadFailed(error);
        return;
    }
    const CustomerPage& page = result.value();
    // Keep the call set while rows are inserted: observers of rowsInserted (views, model testers) that ask for
    // more must not start a second page inside this one.
    const int before = static_cast<int>(m_customers.size());
    appendCustomers(page.customers);
    m_cursor = page.nextCursor;
    // A page that says hasMore but gives no cursor would repeat the first page forever: stop there.
    m_hasMore = page.hasMore && !page.nextCursor.isEmpty();
    if (page.hasMore && page.nextCursor.isEmpty())
        qCWarning(lcUi) << "customer list: the server said hasMore without a cursor; stopping";
    setCall(0);
    Q_EMIT pageLoaded(static_cast<int>(m_customers.size()) - before);
}

void CustomerListModel::appendCustomers(const QList<Customer>& customers)
{
    QList<Customer> fresh;
    fresh.reserve(customers.size());
    for (const Customer& customer : customers) {
        // Already here (inserted by insertCustomer(), or a page repeated): refresh it rather than show it twice.
        if (m_rowById.contains(customer.id()))
            updateCustomer(customer);
        else if (std::none_of(fresh.cbegin(), fresh.cend(), [&](const Customer& c) { return c.id() == customer.id(); }))
            fresh.append(customer);
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_customers.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const Customer& customer : std::as_const(fresh)) {
        m_rowById.insert(customer.id(), static_cast<int>(m_customers.size()));
        m_customers.append(customer);
    }
    endInsertRows();
}

Customer CustomerListModel::customerAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_customers.size());
    return m_customers.at(row);
}

int CustomerListModel::rowOfId(const QString& customerId) const
{
    return m_rowById.value(customerId, -1);
}

bool CustomerListModel::updateCustomer(const Customer& customer)
{
    const int row = rowOfId(customer.id());
    if (row < 0)
        return false;
    if (m_customers.at(row) == customer)
        return true;
    m_customers[row] = customer;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool CustomerListModel::insertCustomer(const Customer& customer)
{
    if (updateCustomer(customer))
        return true;
    if (m_hasMore)
        return false; // its page will bring it, in its place
    appendCustomers({customer});
    return true;
}
