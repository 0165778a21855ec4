// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "CliCommand.h"
#include "CliRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads express-admin-cli's command line (global options may stand before or after the command) and writes
// its help. Pure: it prints nothing and touches neither the environment nor the network.
class CliArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(CliArgumentParser)

public:
    // What to do with the command line.
    struct Outcome
    {
        enum class Action { Run, ShowHelp, ShowVersion, UsageError };
        Action action = Action::UsageError;
        CliRequest request;
        // The help text for ShowHelp, the message for UsageError.
        QString text;
        // The command named on the line, if any (for "Try 'express-admin-cli update --help'").
        QString commandName;
        // --json was given as an option (not as another option's value, nor after "--"); set on usage errors
        // too, which are then reported as JSON.
        bool json = false;
    };

    // arguments without the program name.
    static Outcome parse(const QStringList& arguments);

    // The whole help, or one command's ("list", "users", ...); falls back to the whole help.
    static QString helpText(const QString& command = {});

private:
    static QList<CliOption> globalOptions();
    static QString exitCodesText();
    static QString optionLines(const QList<CliOption>& options);
};
