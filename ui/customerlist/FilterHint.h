// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

// What the customer list's filter box says it can do: filter the loaded pages by name or id, or, with a workspace,
// search every mirrored customer (SearchQuery's grammar).
class FilterHint
{
    Q_DECLARE_TR_FUNCTIONS(FilterHint)

public:
    static QString placeholder(bool workspace);
    // shortcut: the key that focuses the box.
    static QString toolTip(bool workspace, const QKeySequence& shortcut);
};
