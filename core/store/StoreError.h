// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// What went wrong with the workspace database, as data: the caller shows the message and decides by the kind.
// A write that fails this way was rolled back whole: nothing of it is stored, and the caller still holds it.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        Unavailable, // cannot be opened or created (driver missing, no folder, no permission)
        ReadOnly, // the file, its folder or the connection cannot be written
        DiskFull, // the disk (or the database's size limit) is full
        Busy, // another program held the database longer than the busy timeout
        Failed, // anything else SQLite reports
    };

    Kind kind = Kind::Failed;
    QString message;

    // The SQLite error behind a failed statement on the database at path, with a message that says what to do.
    static StoreError fromSql(const QSqlError& error, const QString& path);
    static StoreError unavailable(const QString& path, const QString& reason);
};
