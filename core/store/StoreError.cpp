// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "StoreError.h"

#include <QSqlError>

namespace {

// SQLite's primary result codes; the driver reports the (possibly extended) code as the native error code.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;

} // namespace

StoreError StoreError::fromSql(const QSqlError& error, const QString& path)
{
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteReadOnly:
        return {Kind::ReadOnly,
            tr("The workspace database %1 cannot be written (%2). Nothing was stored; check the permissions of the "
               "file and its folder.")
                .arg(path, reason)};
    case SqliteFull:
        return {Kind::DiskFull,
            tr("The disk holding the workspace database %1 is full (%2). Nothing was stored; free some space and try "
               "again.")
                .arg(path, reason)};
    case SqliteBusy:
    case SqliteLocked:
        return {Kind::Busy,
            tr("The workspace database %1 is held by another program (%2). Nothing was stored; try again.")
                .arg(path, reason)};
    case SqliteCantOpen:
        return unavailable(path, reason);
    default:
        return {Kind::Failed, tr("The workspace database %1 failed (%2). Nothing was stored.").arg(path, reason)};
    }
}

StoreError StoreError::unavailable(const QString& path, const QString& reason)
{
    return {Kind::Unavailable, tr("The workspace database %1 cannot be opened: %2").arg(path, reason)};
}
