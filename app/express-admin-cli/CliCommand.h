// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

class CliArguments;
class CliRunner;
struct CliRequest;

// One option of the command line, as the help lists it.
struct CliOption
{
    QString name; // without "--"
    QString valueName; // empty: a flag
    QString description;
    bool repeatable = false;
    // How many arguments follow the option (--replace-in KEY OLD NEW: 3); more than one cannot be given as --name=X.
    int valueCount = 1;
};

// Everything about one command of express-admin-cli in one place: how the help describes it, how its arguments
// become a CliRequest, and what CliRunner does with it.
struct CliCommand
{
    // Reads the command's positionals and options into the request; a usage error's message, or nullopt.
    using Bind = std::optional<QString> (*)(const CliCommand& self, const CliArguments& arguments, CliRequest& request);
    // Carries out the bound request on the runner's event loop.
    using Run = void (*)(CliRunner& runner);

    QString name;
    QString synopsis; // the arguments after the command name
    QString summary; // a shorter synopsis for the overview in the whole help; empty: the synopsis
    QString description;
    QList<CliOption> options;
    Bind bind = nullptr;
    Run run = nullptr;
    // Takes --name, --set, --unset, --clear-metadata or --metadata-file (checked before any request).
    bool edits = false;
    // Answers from the workspace alone: needs no API key and starts no sandbox.
    bool offline = false;
};
