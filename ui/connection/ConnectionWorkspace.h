// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class WorkspaceStore;

// Opens a connection's workspace database: the sandbox's one for the embedded sandbox, else the one of the profile's
// base URL (shared with the CLI). The app works on without it: a failure, or a damaged file moved aside, comes back
// as a message for the user.
class ConnectionWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionWorkspace)

public:
    struct Opened
    {
        std::shared_ptr<WorkspaceStore> store; // nullptr when it could not be opened
        QString message; // what the user should know; empty when all went well
    };

    static Opened open(const ConnectionProfile& profile);
};
