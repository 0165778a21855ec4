// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "TextElision.h"

#include <QtGlobal>

namespace TextElision {

QString elided(const QString& text, qsizetype maxUnits)
{
    if (text.size() <= maxUnits)
        return text;
    qsizetype cut = qMax<qsizetype>(0, maxUnits - 1);
    // Never split a surrogate pair: a lone half is no character, and shows as a replacement box.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

} // namespace TextElision
