// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sandbox {

// Opaque list cursors: base64url of {"after": <creation sequence>, "sig": <HMAC>}, signed with a secret
// so that a tampered or foreign cursor is refused rather than silently misread.
class PaginationCursor
{
public:
    // An empty secret picks a random one (cursors then live as long as this object).
    explicit PaginationCursor(const QByteArray& secret = {});

    QString encode(qint64 afterSequence) const;
    std::optional<qint64> decode(const QString& cursor) const;

private:
    QByteArray signature(qint64 afterSequence) const;

    QByteArray m_secret;
};

} // namespace Sandbox
