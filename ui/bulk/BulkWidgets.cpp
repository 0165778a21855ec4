// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkWidgets.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
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

void fitColumn(QTableView* view, int column, const QStringList& texts)
{
    int widest = 0;
    for (const QString& text : texts)
        widest = qMax(widest, view->fontMetrics().horizontalAdvance(text));
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    const int padding = 4 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    // And room for a character more, as the style may add spacing beside the icon.
    view->horizontalHeader()->resizeSection(
        column, widest + icon + padding + 2 * view->fontMetrics().averageCharWidth());
}

QMessageBox* question(QWidget* parent, const QString& objectName, const QString& title)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(title);
    return box;
}

QPushButton* answer(QMessageBox* box, const QString& objectName, const QString& text, QMessageBox::ButtonRole role)
{
    QPushButton* button = box->addButton(text, role);
    button->setObjectName(objectName);
    return button;
}

} // namespace BulkWidgets
