// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomHeaders.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The client's own headers (the key, the body's framing and type, what it accepts and can decode, the retry
// count) and hop-by-hop headers that would change how the connection or the answer is framed.
const QByteArrayList kRefused = {
    "authorization"_ba,
    "proxy-authorization"_ba,
    "host"_ba,
    "content-type"_ba,
    "content-length"_ba,
    "content-encoding"_ba,
    "transfer-encoding"_ba,
    "te"_ba,
    "trailer"_ba,
    "connection"_ba,
    "keep-alive"_ba,
    "upgrade"_ba,
    "expect"_ba,
    "accept"_ba,
    "accept-encoding"_ba,
    "range"_ba,
    "x-stainless-retry-count"_ba,
};

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

CustomHeaders::Parsed CustomHeaders::parse(const QString& text)
{
    Parsed parsed;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A CRLF line keeps its CR here; trimmed() drops it with the other outer white space.
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int number = int(i + 1);
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            // The line itself is not shown: it may well be a secret without its name.
            parsed.issues.append({EnvironmentIssue::Kind::MissingColon, kVariable, number, {},
                tr("Line %1 of AVARA_CUSTOM_HEADERS is not “Name: value” (no colon); it was ignored.").arg(number)});
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toUtf8();
        const QByteArray value = line.mid(colon + 1).trimmed().toUtf8();
        if (std::optional<EnvironmentIssue> issue = check(name, value)) {
            issue->variable = kVariable;
            issue->line = number;
            issue->message =
                tr("Line %1 of AVARA_CUSTOM_HEADERS was ignored: %2").arg(QString::number(number), issue->message);
            parsed.issues.append(*issue);
            continue;
        }
        parsed.headers.removeIf(
            [&name](const Header& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
        parsed.headers.append({name, value});
    }
    return parsed;
}

std::optional<EnvironmentIssue> CustomHeaders::check(const QByteArray& name, const QByteArray& value)
{
    EnvironmentIssue issue;
    if (!isValidName(name)) {
        // Not shown: what stands before the colon is not a name, so it may be anything.
        issue.kind = EnvironmentIssue::Kind::InvalidHeaderName;
        issue.message = tr("the header name is empty or holds characters other than letters, digits and "
                           "!#$%&'*+-.^_`|~.");
        return issue;
    }
    issue.headerName = name;
    const QString shownName = QString::fromLatin1(name);
    if (isRefused(name)) {
        issue.kind = EnvironmentIssue::Kind::RefusedHeader;
        issue.message = tr("the client sets the header “%1” itself; it cannot be replaced or added.").arg(shownName);
        return issue;
    }
    if (!isValidValue(value)) {
        issue.kind = EnvironmentIssue::Kind::InvalidHeaderValue;
        issue.message = tr("the value of the header “%1” holds a line break, another control character or a "
                           "character beyond ASCII.")
                            .arg(shownName);
        return issue;
    }
    return std::nullopt;
}

bool CustomHeaders::isRefused(const QByteArray& name)
{
    return kRefused.contains(name.toLower());
}

bool CustomHeaders::isValidName(const QByteArray& name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), isTokenChar);
}

bool CustomHeaders::isValidValue(const QByteArray& value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte <= 0x7e);
    });
}
