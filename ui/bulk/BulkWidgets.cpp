// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkWidgets.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace BulkWidgets {

QPushButton* button(QWidget* parent, const QString& objectName, const QString& text, const QString& toolTip)
{
    auto* pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    pushButton->setAutoDefault(false);
    pushButton->setToolTip(toolTip);
    return pushButton;
}

void setUpTable(QTableView* view, const QList<int>& columnChars)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* header = view->horizontalHeader();
    const int character = view->fontMetrics().averageCharWidth();
    for (int column = 0; column < columnChars.size(); ++column)
        header->resizeSection(column, columnChars.at(column) * character);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
}

} // namespace BulkWidgets
