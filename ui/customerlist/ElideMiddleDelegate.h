// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Draws a column's text elided in the middle ("cus_042f…8464ceb"), for ids whose start and end both matter
// while the column is narrow. Editing and tooltips are unchanged.
class ElideMiddleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ElideMiddleDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
