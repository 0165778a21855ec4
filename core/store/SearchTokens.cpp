// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SearchTokens.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace SearchTokens {

QStringList tokens(const QString& text)
{
    QStringList result;
    QString current;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // a diacritic of the letter before
        if (c.isLetterOrNumber()) {
            current += c.toCaseFolded();
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString keyToken(const QString& key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u'k' + QString::fromLatin1(hash.left(12));
}

QString stateToken(bool active)
{
    return active ? u"zactive"_s : u"zinactive"_s;
}

IndexText indexText(const Customer& customer)
{
    IndexText text;
    text.name = customer.name();
    text.ident = customer.id();
    const Metadata& metadata = customer.metadata();
    QStringList keys;
    QStringList values;
    QStringList pairs {stateToken(customer.isActive())};
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        keys.append(it.key());
        values.append(it.value());
        const QString keyMark = keyToken(it.key());
        pairs.append(keyMark);
        for (const QString& token : tokens(it.value()))
            pairs.append(keyMark + token);
    }
    text.keys = keys.join(u' ');
    text.values = values.join(u' ');
    text.pairs = pairs.join(u' ');
    return text;
}

} // namespace SearchTokens
