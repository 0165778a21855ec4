// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The command line after the options have been told apart: each option given, in order, with its value ("" for a
// flag; several for an option that takes more than one), and the positional arguments after the command name.
class CliArguments
{
public:
    using Given = QPair<QString, QStringList>;

    QStringList positionals;

    void add(const QString& option, const QString& value) { m_options.append({option, {value}}); }
    void add(const QString& option, const QStringList& values) { m_options.append({option, values}); }
    bool has(const QString& option) const;
    // The value of an option given once; empty when it was not given.
    QString value(const QString& option) const;
    // The values of a repeatable option, in the order given (the first of each when it takes several).
    QStringList values(const QString& option) const;
    // Every option given, in the order given, with its values.
    const QList<Given>& given() const { return m_options; }

private:
    QList<Given> m_options;
};
