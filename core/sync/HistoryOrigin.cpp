// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryOrigin.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

HistoryOrigin HistoryOrigin::current(const QUrl& baseUrl, const QProcessEnvironment& environment)
{
    HistoryOrigin origin;
    for (const QString& name : {u"USER"_s, u"USERNAME"_s, u"LOGNAME"_s}) {
        origin.osUser = environment.value(name).trimmed();
        if (!origin.osUser.isEmpty())
            break;
    }
    if (origin.osUser.isEmpty())
        origin.osUser = QDir::home().dirName();
    origin.program = QCoreApplication::applicationName();
    origin.connection = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                            .toString(QUrl::StripTrailingSlash);
    return origin;
}
