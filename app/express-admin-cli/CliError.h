// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include "core/api/ApiError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A failure of one CLI run, ready to print: what kind (an ApiError::Kind name or a local one such as
// "InvalidInput"), the HTTP status when there was one, a message for people and the exit code.
struct CliError
{
    ExitCode exitCode = ExitCode::Failure;
    QString kind;
    int httpStatus = 0;
    QString message;
    // Further lines (e.g. every validation issue), printed after the message.
    QStringList details;
    // Extra members of the JSON error object (e.g. the customer the server answered).
    QJsonObject extra;

    static CliError invalidInput(const QString& message, const QStringList& details = {});
    static CliError fromApiError(const ApiError& error);
    static ExitCode exitCodeFor(const ApiError& error);
    // The exit code of a bulk change's customer that did not succeed, by its error kind (BulkItemRecord::errorKind: an
    // ApiError kind's name, InvalidInput, NotExact, Uncertain, ...).
    static ExitCode exitCodeForKind(const QString& kind);

    // {"error": {"kind", "status", "message", ...}}; status is null without an HTTP answer.
    QJsonObject toJson() const;
};
