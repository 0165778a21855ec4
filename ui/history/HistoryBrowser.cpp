// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryBrowser.h"

#include "ui/history/HistoryDetailView.h"
#include "ui/history/HistoryTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HistoryBrowser::HistoryBrowser(bool withOpenButton, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryTableModel(this))
    , m_notice(new QLabel)
    , m_view(new QTableView)
    , m_detail(new HistoryDetailView)
    , m_undoButton(new QPushButton(tr("&Undo This Change…")))
{
    m_notice->setObjectName(u"historyNotice"_s);
    m_notice->setWordWrap(true);
    m_view->setObjectName(u"historyView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAccessibleName(tr("History entries"));
    // Widths that fit most rows without measuring every one; Changes takes the rest.
    const int em = m_view->fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : std::initializer_list<std::pair<int, int>> {{HistoryTableModel::TimeColumn, 27},
             {HistoryTableModel::UserColumn, 10}, {HistoryTableModel::ProgramColumn, 19},
             {HistoryTableModel::OperationColumn, 13}, {HistoryTableModel::CustomerColumn, 36},
             {HistoryTableModel::StateColumn, 30}})
        m_view->horizontalHeader()->resizeSection(column, chars * em);
    m_undoButton->setObjectName(u"historyUndoButton"_s);
    m_undoButton->setToolTip(tr("Put the opposite of this change into the customer's form as unsaved edits (or offer "
                                "the opposite action), to review and save as usual"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The detail (changes and body) gets as much room as the list.
    splitter->setSizes({300, 300});

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (withOpenButton) {
        m_openButton = new QPushButton(tr("&Open Customer"));
        m_openButton->setObjectName(u"historyOpenButton"_s);
        buttons->addWidget(m_openButton);
        connect(m_openButton, &QPushButton::clicked, this, [this] {
            if (const auto entry = currentEntry(); entry && !entry->customerId.isEmpty())
                Q_EMIT openRequested(entry->customerId);
        });
    }
    buttons->addWidget(m_undoButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryBrowser::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        onCurrentChanged();
        updateNotice();
    });
    connect(m_model, &HistoryTableModel::errorChanged, this, &HistoryBrowser::updateNotice);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_openButton)
            m_openButton->click();
    });
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (const auto entry = currentEntry())
            Q_EMIT undoRequested(*entry);
    });
    onCurrentChanged();
    updateNotice();
}

std::optional<HistoryEntry> HistoryBrowser::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->entryAt(current.row());
}

bool HistoryBrowser::selectEntry(const QString& id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, HistoryTableModel::TimeColumn));
    return true;
}

void HistoryBrowser::refresh()
{
    const std::optional<HistoryEntry> chosen = currentEntry();
    m_model->refresh();
    if (chosen)
        selectEntry(chosen->id);
}

void HistoryBrowser::setUndoPredicate(std::function<bool(const HistoryEntry&)> canUndo)
{
    m_canUndo = std::move(canUndo);
    onCurrentChanged();
}

void HistoryBrowser::setNotice(const QString& text)
{
    m_noticeText = text;
    updateNotice();
}

void HistoryBrowser::onCurrentChanged()
{
    const std::optional<HistoryEntry> entry = currentEntry();
    m_detail->showEntry(entry);
    m_undoButton->setEnabled(entry && m_canUndo && m_canUndo(*entry));
    if (m_openButton)
        m_openButton->setEnabled(entry && !entry->customerId.isEmpty());
}

void HistoryBrowser::updateNotice()
{
    QString text =
        m_model->errorText().isEmpty() ? m_noticeText : tr("The history cannot be read: %1").arg(m_model->errorText());
    if (text.isEmpty() && m_model->hasStore() && m_model->rowCount() == 0)
        text = tr("No changes recorded.");
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}
