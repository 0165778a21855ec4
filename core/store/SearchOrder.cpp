// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SearchOrder.h"

using namespace Qt::Literals::StringLiterals;

QString SearchOrder::keyExpression() const
{
    switch (key) {
    case Key::Name:
        return u"c.name COLLATE NOCASE"_s;
    case Key::Id:
        return u"c.id"_s;
    case Key::Active:
        return u"c.active"_s;
    case Key::Users:
        return u"c.user_count"_s;
    case Key::Updated:
        return u"coalesce(c.updated_at, '')"_s;
    }
    return u"c.name COLLATE NOCASE"_s;
}

QString SearchOrder::orderBy() const
{
    const QString direction = descending ? u" DESC"_s : QString();
    if (key == Key::Id)
        return u" ORDER BY c.id"_s + direction;
    return u" ORDER BY "_s + keyExpression() + direction + u", c.id"_s + direction;
}

QString SearchOrder::indexName() const
{
    switch (key) {
    case Key::Name:
        return u"customers_by_name"_s;
    case Key::Id:
        return u"sqlite_autoindex_customers_1"_s; // the UNIQUE constraint's
    case Key::Active:
    case Key::Users:
    case Key::Updated:
        return {};
    }
    return {};
}

QString SearchOrder::comesBefore() const
{
    const QChar before = descending ? u'>' : u'<';
    const QString k = keyExpression();
    if (key == Key::Id)
        return u"c.id "_s + before + u" t.id"_s;
    // The name's collation comes with the left operand.
    return u"("_s + k + u' ' + before + u" t.k OR ("_s + k + u" = t.k AND c.id "_s + before + u" t.id))"_s;
}
