// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// Where the workspace databases live: one file per connection under the desktop app's data folder (its
// QStandardPaths::AppDataLocation, so XDG_DATA_HOME moves it) + "/workspaces/<name>.sqlite", the same for the app and
// the CLI.
namespace WorkspaceLocation {

QString directory();
// A stable file name for a connection's base URL: its host (and port) to read, and a hash of the whole normalised
// URL to keep apart what differs only in scheme, path or case: "api.avarasoftware.com-3f9a0c1b2d4e5f60.sqlite".
// The key is no part of it: one connection, one workspace, whichever key is used.
QString fileNameFor(const QUrl& baseUrl);
QString pathFor(const QUrl& baseUrl);
// The sandboxes' workspace: one for every local sandbox, whatever its (random) port, so that trying the sandbox
// never leaves a file per run and never mixes with a real API's. A sync replaces its whole mirror.
QString sandboxPath();

} // namespace WorkspaceLocation
