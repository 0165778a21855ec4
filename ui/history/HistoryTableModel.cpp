// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryTableModel.h"

#include "core/store/HistoryJournal.h"
#include "ui/history/HistoryText.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace {

QColor stateColor(HistoryEntry::State state)
{
    switch (state) {
    case HistoryEntry::State::Pending:
        return QColor(0x1e, 0x88, 0xe5); // blue: under way
    case HistoryEntry::State::Succeeded:
        return QColor(0x2e, 0x9d, 0x3e); // green
    case HistoryEntry::State::Failed:
        return QColor(0xd3, 0x2f, 0x2f); // red
    case HistoryEntry::State::Uncertain:
        return QColor(0xef, 0x8f, 0x00); // amber: look again
    }
    return {};
}

// A dot in the state's colour; the state's text stands beside it, so colour is never the only sign.
QIcon stateIcon(HistoryEntry::State state)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColor(state));
    if (state == HistoryEntry::State::Pending || state == HistoryEntry::State::Uncertain) {
        // Hollow: not known to be done.
        painter.setPen(QPen(stateColor(state), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    } else {
        painter.drawEllipse(QRectF(2, 2, 12, 12));
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

HistoryTableModel::~HistoryTableModel() = default;

void HistoryTableModel::setStore(std::shared_ptr<WorkspaceStore> store)
{
    m_journal = store ? std::make_unique<HistoryJournal>(std::move(store)) : nullptr;
    reload(kPageSize);
}

void HistoryTableModel::setFilter(const HistoryFilter& filter)
{
    m_filter = filter;
    m_cleared = false;
    reload(kPageSize);
}

void HistoryTableModel::clear()
{
    m_cleared = true;
    reload(kPageSize);
}

void HistoryTableModel::refresh()
{
    reload(std::max(kPageSize, static_cast<int>(m_entries.size())));
}

void HistoryTableModel::reload(int limit)
{
    std::optional<QList<HistoryEntry>> entries = read(0, limit);
    // A view (or a tester) that asks for more while a change is reported gets it later, not inside the change.
    m_changing = true;
    beginResetModel();
    m_entries = entries.value_or(QList<HistoryEntry>());
    m_hasMore = entries && entries->size() == limit;
    endResetModel();
    m_changing = false;
}

std::optional<QList<HistoryEntry>> HistoryTableModel::read(int offset, int limit)
{
    if (!m_journal || m_cleared) {
        setError({});
        return QList<HistoryEntry>();
    }
    HistoryFilter filter = m_filter;
    filter.offset = offset;
    filter.limit = limit;
    auto result = m_journal->entries(filter);
    if (result.isError()) {
        setError(result.error().message);
        return std::nullopt;
    }
    setError({});
    return result.value();
}

void HistoryTableModel::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged(message);
}

int HistoryTableModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<QList<HistoryEntry>> HistoryTableModel::allMatching(StoreError* error) const
{
    if (!m_journal)
        return QList<HistoryEntry>();
    HistoryFilter filter = m_filter;
    filter.offset = 0;
    filter.limit = 0;
    auto result = m_journal->entries(filter);
    if (result.isError()) {
        *error = result.error();
        return std::nullopt;
    }
    return result.value();
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing;
}

void HistoryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<QList<HistoryEntry>> page = read(static_cast<int>(m_entries.size()), kPageSize);
    if (!page) {
        m_hasMore = false;
        return;
    }
    m_hasMore = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries.append(*page);
    endInsertRows();
    m_changing = false;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateIcon(entry.state)) : QVariant();
    case Qt::ForegroundRole:
        // Failed and uncertain entries stand out; the rest use the palette's text colour.
        if (index.column() == StateColumn
            && (entry.state == HistoryEntry::State::Failed || entry.state == HistoryEntry::State::Uncertain))
            return stateColor(entry.state);
        return {};
    case EntryRole:
        return QVariant::fromValue(entry);
    case StateRole:
        return static_cast<int>(entry.state);
    case EntryIdRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant HistoryTableModel::display(const HistoryEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return HistoryText::time(entry.recordedAt);
    case UserColumn:
        return entry.osUser;
    case ProgramColumn:
        return entry.program;
    case OperationColumn:
        return HistoryText::operation(entry.operation);
    case CustomerColumn:
        return entry.customerName.isEmpty() ? HistoryText::customer(entry) : entry.customerName;
    case StateColumn:
        return HistoryText::state(entry.state);
    case ChangesColumn:
        return HistoryText::summary(entry);
    default:
        return {};
    }
}

QVariant HistoryTableModel::toolTip(const HistoryEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return HistoryText::exactTime(entry.recordedAt);
    case ProgramColumn:
        return entry.connection;
    case CustomerColumn:
        return HistoryText::customer(entry);
    case StateColumn:
        return entry.error.isEmpty() ? HistoryText::stateExplanation(entry.state)
                                     : HistoryText::stateExplanation(entry.state) + u'\n' + entry.error;
    case ChangesColumn: {
        QStringList lines;
        for (const HistoryChange& change : entry.changes)
            lines.append(HistoryText::change(change));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ProgramColumn:
        return tr("Program");
    case OperationColumn:
        return tr("Operation");
    case CustomerColumn:
        return tr("Customer");
    case StateColumn:
        return tr("State");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}
