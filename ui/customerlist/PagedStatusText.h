// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class CustomerFilterProxyModel;
class CustomerListModel;

// What the customer list's status line says while the list pages through the API (no workspace): how many customers
// are loaded and shown, whether more are coming, and that sorting sees the loaded ones only. Its strings keep the
// panel's translation context.
namespace PagedStatusText {

struct Status
{
    QString text;
    QString toolTip;
};

Status describe(const CustomerListModel& model, const CustomerFilterProxyModel& proxy);

} // namespace PagedStatusText
