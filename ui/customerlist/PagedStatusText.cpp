// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "PagedStatusText.h"

#include "ui/customerlist/CustomerFilterProxyModel.h"
#include "ui/customerlist/CustomerListModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace PagedStatusText {

Status describe(const CustomerListModel& model, const CustomerFilterProxyModel& proxy)
{
    const int loaded = model.rowCount();
    const QString shown = QLocale().toString(proxy.rowCount());
    QString text;
    if (proxy.isFiltering()) {
        if (proxy.isSearchingMore())
            text = QCoreApplication::translate(
                "CustomerListPanel", "Showing %1 of %Ln loaded customer(s), searching the rest…", nullptr, loaded)
                       .arg(shown);
        else if (model.isComplete())
            text = QCoreApplication::translate("CustomerListPanel", "Showing %1 of %Ln customer(s)", nullptr, loaded)
                       .arg(shown);
        else
            text = QCoreApplication::translate(
                "CustomerListPanel", "Showing %1 of %Ln loaded customer(s)", nullptr, loaded)
                       .arg(shown);
    } else if (loaded == 0) {
        if (model.isLoading())
            text = QCoreApplication::translate("CustomerListPanel", "Loading customers…");
        else if (model.isComplete())
            text = QCoreApplication::translate("CustomerListPanel", "No customers");
    } else if (model.isComplete()) {
        text = QCoreApplication::translate("CustomerListPanel", "%Ln customer(s)", nullptr, loaded);
    } else {
        text =
            QCoreApplication::translate("CustomerListPanel", "%Ln customer(s) loaded, more available", nullptr, loaded);
    }
    // Sorting sees the loaded rows only; later pages are sorted in as they arrive.
    const bool partlySorted = proxy.sortColumn() >= 0 && !model.isComplete() && loaded > 0;
    if (!partlySorted)
        return {text, {}};
    return {QCoreApplication::translate("CustomerListPanel", "%1; sorted among those loaded").arg(text),
        QCoreApplication::translate("CustomerListPanel",
            "Only the customers loaded so far are sorted. Scroll down to load the rest: they are sorted in as they "
            "arrive.")};
}

} // namespace PagedStatusText
