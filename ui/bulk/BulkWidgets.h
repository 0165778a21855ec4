// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QPushButton;
class QTableView;
class QWidget;

// The bulk change's views build their buttons, tables and questions alike: these do it once.
namespace BulkWidgets {

// A button that is never the dialog's default (Enter belongs to the fields), named for tests and with a tooltip.
QPushButton* button(QWidget* parent, const QString& objectName, const QString& text, const QString& toolTip);
// Whole rows selected, read-only, alternating rows, one line per row, no row numbers, Tab leaves the table; the
// columns before the last as wide as so many average characters, the last takes the rest.
void setUpTable(QTableView* view, const QList<int>& columnChars);
// A question to be asked without blocking (open()): deleted once answered, named for tests, with a title.
QMessageBox* question(QWidget* parent, const QString& objectName, const QString& title);
// One of its answers, named for tests.
QPushButton* answer(QMessageBox* box, const QString& objectName, const QString& text, QMessageBox::ButtonRole role);
// Makes the column as wide as the widest of these texts beside a small icon, so that none is cut.
void fitColumn(QTableView* view, int column, const QStringList& texts);

} // namespace BulkWidgets
