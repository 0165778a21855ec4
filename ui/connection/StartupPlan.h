// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/ConnectionProfile.h"

#include <QProcessEnvironment>
#include <QString>

class ProfileStore;

// Where express-admin connects at start: --sandbox, else AVARA_API_KEY (the "Environment" profile), else the
// profile used last (or the first one saved), else the first-run dialog. Pure: reading the stored key is the caller's.
struct StartupPlan
{
    enum class Action {
        Sandbox, // start the embedded sandbox
        Environment, // connect to profile with apiKey, from the environment
        StoredProfile, // read profile's key from the keychain, then connect (or ask for the key)
        FirstRun, // nothing to connect to: "Try the Sandbox" or "Connect…"
    };

    Action action = Action::FirstRun;
    ConnectionProfile profile;
    // Environment only; a stored profile's key lives in the keychain.
    QString apiKey;

    static StartupPlan choose(bool sandboxOption, const QProcessEnvironment& environment, const ProfileStore& profiles);
};
