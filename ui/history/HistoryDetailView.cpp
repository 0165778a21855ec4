// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryDetailView.h"

#include "ui/history/HistoryText.h"
#include "ui/save/RequestBodyView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QTableWidgetItem* item(const QString& text, const QString& toolTip = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

HistoryDetailView::HistoryDetailView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_changes(new QTableWidget(0, 3))
    , m_bodyLabel(new QLabel(tr("Request body, exactly as sent:")))
    , m_body(new RequestBodyView)
{
    setObjectName(u"historyDetail"_s);
    m_summary->setObjectName(u"historyDetailSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_changes->setObjectName(u"historyChangesTable"_s);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    m_changes->setAccessibleName(tr("Changes, before and after"));
    m_body->setObjectName(u"historyRequestBody"_s);
    m_body->setAccessibleName(tr("Request body"));
    m_bodyLabel->setBuddy(m_body);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body);
    showEntry(std::nullopt);
}

void HistoryDetailView::showEntry(const std::optional<HistoryEntry>& entry)
{
    m_changes->setRowCount(0);
    m_body->clear();
    m_changes->setVisible(entry.has_value());
    m_bodyLabel->setVisible(entry.has_value());
    m_body->setVisible(entry.has_value());
    if (!entry) {
        m_summary->setText(tr("Choose an entry to see its changes and the request that was sent."));
        return;
    }
    QStringList lines;
    lines << tr("%1 of %2 — %3")
                 .arg(HistoryText::operation(entry->operation), HistoryText::customer(*entry),
                     HistoryText::state(entry->state));
    lines << tr("Journaled %1 by %2 with %3, on %4")
                 .arg(HistoryText::exactTime(entry->recordedAt), entry->osUser, entry->program, entry->connection);
    if (entry->completedAt)
        lines << tr("Completed %1").arg(HistoryText::exactTime(*entry->completedAt));
    if (!entry->error.isEmpty())
        lines << entry->error;
    m_summary->setText(lines.join(u'\n'));

    m_changes->setRowCount(static_cast<int>(entry->changes.size()));
    for (int row = 0; row < entry->changes.size(); ++row) {
        const HistoryChange& change = entry->changes.at(row);
        m_changes->setItem(row, 0, item(HistoryText::field(change)));
        // The tooltip holds the value as stored, line breaks and all.
        m_changes->setItem(row, 1, item(HistoryText::value(change, change.before), change.before.value_or(QString())));
        m_changes->setItem(row, 2, item(HistoryText::value(change, change.after), change.after.value_or(QString())));
    }
    if (!entry->requestBody) {
        m_body->setPlaceholderText(tr("This request has no body."));
        return;
    }
    // Exactly as sent: the stored text, not a re-indented copy.
    m_body->setPlainText(*entry->requestBody);
}
