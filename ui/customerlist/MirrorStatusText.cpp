// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/MirrorStatusText.h"

#include "ui/customerlist/CustomerSearchModel.h"

#include <QLocale>

QString MirrorStatusText::text(const CustomerSearchModel& model, const Freshness& freshness, const QDateTime& now)
{
    const int total = int(qMin<qint64>(model.totalCount(), INT_MAX));
    QString text = model.isFiltering()
        ? tr("%1 of %Ln customer(s) match (%2 ms)", nullptr, total)
              .arg(QLocale().toString(model.rowCount()), QLocale().toString(model.lastSearchMs(), 'f', 1))
        : tr("%Ln customer(s)", nullptr, total);
    if (freshness.syncing && freshness.syncedAt)
        return tr("%1 as of %2 — syncing…").arg(text, age(*freshness.syncedAt, now));
    if (freshness.syncing)
        return tr("%1 so far — syncing…").arg(text);
    if (!freshness.current && freshness.syncedAt)
        return tr("%1 as of %2").arg(text, age(*freshness.syncedAt, now));
    return text;
}

QString MirrorStatusText::age(const QDateTime& then, const QDateTime& now)
{
    const qint64 minutes = qMax<qint64>(0, then.secsTo(now) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString MirrorStatusText::toolTip(const Freshness& freshness)
{
    if (!freshness.syncedAt)
        return {};
    return tr("Mirrored from the server at %1").arg(QLocale().toString(freshness.syncedAt->toLocalTime()));
}
