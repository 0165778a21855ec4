// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/EnvironmentIssue.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// Extra request headers as the vendor's SDK reads them from AVARA_CUSTOM_HEADERS ("Name: value", one per line),
// and the rules for which headers may be added to the client's requests at all.
class CustomHeaders
{
    Q_DECLARE_TR_FUNCTIONS(CustomHeaders)

public:
    using Header = std::pair<QByteArray, QByteArray>;
    using List = QList<Header>;

    struct Parsed
    {
        List headers;
        QList<EnvironmentIssue> issues; // the lines that were ignored, in order
    };

    static inline const QString kVariable = QStringLiteral("AVARA_CUSTOM_HEADERS");

    // Lines end with LF or CRLF; blank lines are skipped; name and value are trimmed at the first colon. A name
    // given again (in any case) replaces the earlier line. Malformed and refused lines are left out, each with an
    // issue.
    static Parsed parse(const QString& text);
    // Why this header may not be added (RefusedHeader, InvalidHeaderName, InvalidHeaderValue), without variable and
    // line; nullopt when it may.
    static std::optional<EnvironmentIssue> check(const QByteArray& name, const QByteArray& value);
    static bool isRefused(const QByteArray& name);
    // An RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~.
    static bool isValidName(const QByteArray& name);
    // Visible ASCII, spaces and tabs only: no CR, LF or other control characters, nothing beyond ASCII.
    static bool isValidValue(const QByteArray& value);
};
