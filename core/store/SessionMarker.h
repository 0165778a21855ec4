// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// Tells whether a program that used a workspace file ended without closing it (a crash, kill -9, power loss), so
// that only then is the file checked (PRAGMA quick_check reads all of it: about 0.2 s at 100,000 customers). Each open
// store holds a lock file of its own in "<file>.sessions/" (QLockFile: the process id, host and program) and removes
// it when it closes; a lock file whose process is gone is what an unclean end leaves behind, and it is cleared here.
// An existing file without that folder (written before it existed, or whose folder cannot be made) counts as unclean.
class SessionMarker
{
public:
    // Claims a session on the database at databasePath (existing or not yet).
    explicit SessionMarker(const QString& databasePath);
    ~SessionMarker();

    SessionMarker(const SessionMarker&) = delete;
    SessionMarker& operator=(const SessionMarker&) = delete;

    bool previousEndedUncleanly() const { return m_unclean; }
    // The folder of the lock files for the database at databasePath.
    static QString folderFor(const QString& databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_unclean = false;
};
