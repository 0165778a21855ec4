// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ReviewText.h"

#include "core/common/TextElision.h"

using namespace Qt::Literals::StringLiterals;

namespace ReviewText {

QString shortened(const QString& value, int maxChars)
{
    QString line = value;
    line.replace(u"\r\n"_s, u"⏎"_s);
    line.replace(u'\n', u'⏎');
    line.replace(u'\r', u'⏎');
    line.replace(u'\t', u'→');
    return TextElision::elided(line, maxChars);
}

QString toolTip(const QString& value)
{
    // A tooltip that looks like HTML is rendered as rich text: escape it, and keep the line breaks.
    return u"<p style='white-space:pre-wrap'>"_s + value.toHtmlEscaped() + u"</p>"_s;
}

QString shown(const std::optional<QString>& value, const QString& absentText, int maxChars)
{
    return value ? shortened(*value, maxChars) : absentText;
}

} // namespace ReviewText
