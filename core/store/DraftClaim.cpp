// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "DraftClaim.h"

#include "SessionMarker.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

DraftClaim::DraftClaim(const QString& databasePath, const QString& customerId)
    : m_customerId(customerId)
    , m_lock(std::make_unique<QLockFile>(lockPath(databasePath, customerId)))
{
    m_lock->setStaleLockTime(0); // stale only when its program is gone, however old
}

DraftClaim::~DraftClaim() = default; // QLockFile gives the claim back

bool DraftClaim::claim()
{
    if (m_lock->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_lock->fileName()).path());
    return m_lock->tryLock(0);
}

bool DraftClaim::isClaimed() const
{
    return m_lock->isLocked();
}

bool DraftClaim::isHeld(const QString& databasePath, const QString& customerId)
{
    QLockFile lock(lockPath(databasePath, customerId));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) { // free, or left by a program that has gone
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

QString DraftClaim::lockPath(const QString& databasePath, const QString& customerId)
{
    // Customer ids are "cus_" and hex; anything else is kept out of the file name.
    QString safe = customerId;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != u'_')
            c = u'-';
    }
    return QDir(SessionMarker::folderFor(databasePath)).filePath(u"draft-"_s + safe + u".lock"_s);
}
