// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class RequestBodyView;

// One history entry in full: what, who, when, where and how it ended; before and after per field and metadata key;
// and the exact request body that was sent. Read-only.
class HistoryDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryDetailView(QWidget* parent = nullptr);

    // nullopt shows a hint to choose an entry.
    void showEntry(const std::optional<HistoryEntry>& entry);

    QTableWidget* changesTable() const { return m_changes; }
    RequestBodyView* bodyView() const { return m_body; }

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_bodyLabel = nullptr;
    RequestBodyView* m_body = nullptr;
};
