// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// Which running program keeps a customer's draft: the one holding its claim, a lock file beside the sessions' own
// ("<file>.sessions/draft-<customer id>.lock", see SessionMarker) taken when the program first keeps edits of the
// customer and given back when it stops keeping them or ends. A draft whose claim a running program holds is that
// program's unsaved work, not one to offer back to another instance of the app; a claim left by a program that
// crashed or was killed is stale and counts as free.
class DraftClaim
{
public:
    DraftClaim(const QString& databasePath, const QString& customerId);
    ~DraftClaim();

    DraftClaim(const DraftClaim&) = delete;
    DraftClaim& operator=(const DraftClaim&) = delete;

    const QString& customerId() const { return m_customerId; }
    // Takes the claim unless another running program holds it; whether this program holds it now.
    bool claim();
    bool isClaimed() const;

    // Whether a running program (this one too, through another DraftClaim) holds the claim on the customer's draft.
    static bool isHeld(const QString& databasePath, const QString& customerId);

private:
    static QString lockPath(const QString& databasePath, const QString& customerId);

    QString m_customerId;
    std::unique_ptr<QLockFile> m_lock;
};
