// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/ConnectionProfile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

// The user's connection profiles (name, URL, colour) and the one used last, kept in QSettings under
// "profiles/". Never stores an API key: keys go to the OS keychain.
class ProfileStore
{
public:
    // settings is not owned and must outlive the store.
    explicit ProfileStore(QSettings* settings);

    // Sorted by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& id) const;
    bool isEmpty() const;

    // Adds or replaces the profile (source must be Stored); a profile without an id gets a new UUID.
    // Returns the id.
    QString save(ConnectionProfile profile);
    void remove(const QString& id);

    // The id of the profile connected to last (a stored one, "environment" or "sandbox"); empty when none.
    QString lastUsedId() const;
    void setLastUsedId(const QString& id);

private:
    QSettings* m_settings;
};
