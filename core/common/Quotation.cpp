// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Quotation.h"

#include "TextElision.h"

#include <QCoreApplication>

namespace Quotation {

QString quoted(const QString& text)
{
    return QCoreApplication::translate("Quotation", "“%1”", "a key, value or name quoted inside a message").arg(text);
}

QString quotedElided(const QString& text, qsizetype maxUnits)
{
    return quoted(TextElision::elided(text, maxUnits));
}

} // namespace Quotation
