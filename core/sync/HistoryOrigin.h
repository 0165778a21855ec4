// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// Who writes and where, as every history entry of a program records it: the OS user, the program's name and the
// connection's base URL (never a key).
struct HistoryOrigin
{
    QString osUser;
    QString program;
    QString connection;

    // The OS user from USER (USERNAME on Windows, then LOGNAME, then the home folder's name), the program from
    // QCoreApplication::applicationName(), the connection from baseUrl without user info, query or fragment.
    static HistoryOrigin current(
        const QUrl& baseUrl, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};
