// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class CustomerSearchModel;

// What the customer list's status line says while the list is served from the workspace's mirror: how many customers
// (and how many match a search, with its time), and how fresh the mirror is ("as of 10 min ago — syncing…").
class MirrorStatusText
{
    Q_DECLARE_TR_FUNCTIONS(MirrorStatusText)

public:
    struct Freshness
    {
        std::optional<QDateTime> syncedAt; // the last completed sync; none before the first
        bool syncing = false;
        bool current = false; // a sync completed in this session and none failed or was cancelled since
    };

    static QString text(const CustomerSearchModel& model, const Freshness& freshness, const QDateTime& now);
    // When the mirror was made; empty before the first sync.
    static QString toolTip(const Freshness& freshness);
    // "just now", "10 min ago", "3 h ago", "2 days ago".
    static QString age(const QDateTime& then, const QDateTime& now);
};
