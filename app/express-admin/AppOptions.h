// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What the command line asked of express-admin.
struct AppOptions
{
    // Start the embedded sandbox and connect to it.
    bool sandbox = false;
    // Print the time to the first painted window and the peak memory, then quit (startup benchmark).
    bool quitAfterFirstShow = false;
    // Settings in this ini file instead of the user's (hidden; screenshots and tests).
    QString settingsFile;
};
