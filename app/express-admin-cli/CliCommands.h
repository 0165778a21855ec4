// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// The table of express-admin-cli's commands: each described once, with its options, its binding and its run.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // In the order the help lists them.
    static const QList<CliCommand>& all();
    static const CliCommand* find(const QString& name);
};
