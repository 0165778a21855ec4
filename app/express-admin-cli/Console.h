// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "CliError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Where the CLI's output goes: results on stdout, diagnostics on stderr, always UTF-8 and flushed per line.
// In JSON mode stdout carries exactly one JSON document and errors go there too.
class Console
{
public:
    explicit Console(bool json = false);

    bool isJson() const { return m_json; }

    // A line (or several) on stdout; a newline is added.
    void out(const QString& text) const;
    // A line on stderr; a newline is added.
    void err(const QString& text) const;
    // Indented JSON on stdout.
    void outJson(const QJsonObject& object) const;
    void outJson(const QJsonArray& array) const;
    // Raw bytes and a newline on stdout.
    void outBytes(const QByteArray& bytes) const;
    // Raw bytes on stdout, no newline added (a document written in pieces); flushed.
    void outPart(const QByteArray& bytes) const;
    // A progress line on stderr that the next one overwrites, only when stderr is a terminal; finishProgress() ends it.
    void progress(const QString& text) const;
    void finishProgress() const;
    // The error as {"error": {...}} on stdout in JSON mode, else "express-admin-cli: message" on stderr.
    void error(const CliError& error) const;

    // Whether a question can be asked: stdin and stderr are terminals.
    static bool canAsk();
    // Asks on stderr and reads a line from stdin (blocking: only before anything is in flight). True for y or yes
    // (or their translations), any case.
    bool ask(const QString& question) const;

private:
    bool m_json;
};
