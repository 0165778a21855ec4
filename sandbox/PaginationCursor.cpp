// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/PaginationCursor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto Base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

PaginationCursor::PaginationCursor(const QByteArray& secret)
    : m_secret(secret)
{
    if (m_secret.isEmpty()) {
        m_secret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_secret.data()), m_secret.size() / 4);
    }
}

QByteArray PaginationCursor::signature(qint64 afterSequence) const
{
    const QByteArray message = "after:"_ba + QByteArray::number(afterSequence);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).left(12).toHex();
}

QString PaginationCursor::encode(qint64 afterSequence) const
{
    const QJsonObject object {{u"after"_s, afterSequence}, {u"sig"_s, QString::fromLatin1(signature(afterSequence))}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(Base64Options));
}

std::optional<qint64> PaginationCursor::decode(const QString& cursor) const
{
    for (const QChar c : cursor) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue after = object.value(u"after"_s);
    const double number = after.toDouble(-1);
    if (object.size() != 2 || !after.isDouble() || number < 0 || number != static_cast<double>(after.toInteger()))
        return std::nullopt;
    const qint64 sequence = after.toInteger();
    if (object.value(u"sig"_s).toString().toLatin1() != signature(sequence))
        return std::nullopt;
    return sequence;
}

} // namespace Sandbox
