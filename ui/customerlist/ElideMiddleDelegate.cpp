// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/ElideMiddleDelegate.h"

ElideMiddleDelegate::ElideMiddleDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void ElideMiddleDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}
