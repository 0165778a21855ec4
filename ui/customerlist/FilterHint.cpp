// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/FilterHint.h"

QString FilterHint::placeholder(bool workspace)
{
    if (!workspace)
        return QCoreApplication::translate("CustomerListPanel", "Filter by name or id");
    return tr("Search: words, key:value, key:, is:active, \"a phrase\"");
}

QString FilterHint::toolTip(bool workspace, const QKeySequence& key)
{
    const QString shortcut = key.toString(QKeySequence::NativeText);
    if (!workspace)
        return QCoreApplication::translate(
            "CustomerListPanel", "Shows the customers whose name or id contains this text (%1)")
            .arg(shortcut);
    return tr("<p>Searches every customer of the workspace as you type (%1):</p><ul>"
              "<li><b>cedar valley</b>: each word starts a word of the name, the id, a metadata key or a value</li>"
              "<li><b>\"cedar valley\"</b>: these words, one after the other</li>"
              "<li><b>region:north</b>: the metadata key “region” has a value with a word starting with "
              "“north”</li>"
              "<li><b>region:</b>: the customer has the metadata key “region”</li>"
              "<li><b>is:active</b>, <b>is:inactive</b>: by status</li></ul>")
        .arg(shortcut);
}
