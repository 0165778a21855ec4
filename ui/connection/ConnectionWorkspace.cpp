// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ConnectionWorkspace.h"

#include "core/store/WorkspaceLocation.h"
#include "core/store/WorkspaceStore.h"

ConnectionWorkspace::Opened ConnectionWorkspace::open(const ConnectionProfile& profile)
{
    const QString path = profile.source == ConnectionProfile::Source::Sandbox
        ? WorkspaceLocation::sandboxPath()
        : WorkspaceLocation::pathFor(profile.baseUrl);
    auto opened = WorkspaceStore::open(path);
    if (opened.isError()) {
        return {nullptr, tr("Search, history and drafts are off for this connection: %1").arg(opened.error().message)};
    }
    return {opened.value(), opened.value()->recoveryNotice()};
}
