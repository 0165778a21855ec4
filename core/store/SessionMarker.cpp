// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SessionMarker.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

SessionMarker::SessionMarker(const QString& databasePath)
{
    const QDir folder(folderFor(databasePath));
    const bool fileExists = QFileInfo::exists(databasePath);
    if (fileExists && !folder.exists())
        m_unclean = true;
    if (!QDir().mkpath(folder.path())) {
        m_unclean = fileExists;
        return;
    }
    for (const QString& name : folder.entryList({u"*.lock"_s}, QDir::Files)) {
        QLockFile other(folder.filePath(name));
        other.setStaleLockTime(0); // stale only when its process is gone, however old
        if (other.tryLock(0)) { // it was stale: removed, and taken over
            m_unclean = m_unclean || fileExists;
            other.unlock();
        }
    }
    m_lock =
        std::make_unique<QLockFile>(folder.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".lock"_s));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

SessionMarker::~SessionMarker()
{
    if (m_lock)
        m_lock->unlock();
}

QString SessionMarker::folderFor(const QString& databasePath)
{
    return databasePath + u".sessions"_s;
}
