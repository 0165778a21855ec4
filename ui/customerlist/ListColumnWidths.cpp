// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/ListColumnWidths.h"

#include "ui/customerlist/CustomerListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {

// The id column shows "cus_", about a third of the 32 hex digits and the elision.
constexpr int kShownIdDigits = 32 / 3;

} // namespace

void ListColumnWidths::applyDefaults(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CustomerListModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(u"MMM"_s));
    const QFontMetrics text = view->fontMetrics();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view) + 12;
    const auto headerWidth = [&](int column) {
        return text.horizontalAdvance(CustomerListModel::columnHeader(column, Qt::DisplayRole).toString()) + padding;
    };
    header->resizeSection(
        CustomerListModel::IdColumn, fixed.horizontalAdvance(u"cus_"_s + QString(kShownIdDigits, u'0')) + padding);
    header->resizeSection(CustomerListModel::ActiveColumn,
        qMax(headerWidth(CustomerListModel::ActiveColumn),
            text.horizontalAdvance(QCoreApplication::translate("CustomerListPanel", "Yes")) + padding));
    header->resizeSection(CustomerListModel::UsersColumn,
        qMax(headerWidth(CustomerListModel::UsersColumn), text.horizontalAdvance(u"00000"_s) + padding));
    const QDateTime sample(QDate(2024, 12, 28), QTime(23, 59, 59));
    header->resizeSection(CustomerListModel::UpdatedColumn,
        text.horizontalAdvance(QLocale().toString(sample.date(), QLocale::ShortFormat)) + padding);
}
