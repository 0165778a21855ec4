// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The command line after the options have been told apart: each option given, in order, with its value ("" for a
// flag), and the positional arguments after the command name.
class CliArguments
{
public:
    QStringList positionals;

    void add(const QString& option, const QString& value) { m_options.append({option, value}); }
    bool has(const QString& option) const;
    // The value of an option given once; empty when it was not given.
    QString value(const QString& option) const;
    // The values of a repeatable option, in the order given.
    QStringList values(const QString& option) const;

private:
    QList<QPair<QString, QString>> m_options;
};
