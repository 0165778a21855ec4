// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// Something wrong with one of the AVARA_* environment variables that was ignored rather than applied: what, where
// (variable, line) and a translated message for the user. Never holds a header's value, which may be a secret.
struct EnvironmentIssue
{
    enum class Kind {
        MissingColon, // an AVARA_CUSTOM_HEADERS line without "Name: value"
        InvalidHeaderName, // the name is not an HTTP token
        InvalidHeaderValue, // CR, LF, another control character or a non-ASCII character in the value
        RefusedHeader, // a header the client sets itself (Authorization, Content-Type, Host, ...)
        UnknownLogLevel, // AVARA_LOG is none of debug, info, warning, error, off
    };

    Kind kind = Kind::MissingColon;
    QString variable; // "AVARA_CUSTOM_HEADERS", "AVARA_LOG"
    int line = 0; // 1-based line of AVARA_CUSTOM_HEADERS; 0 for the whole variable
    QByteArray headerName; // empty when there is none (MissingColon, UnknownLogLevel)
    QString message; // translated, one sentence or two, names the header but never its value

    bool operator==(const EnvironmentIssue&) const = default;
};
