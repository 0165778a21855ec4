// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SearchQuery.h"

#include "SearchTokens.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// The text from position i (just after an opening quote) to the closing quote or the end; i ends after it.
QString readQuoted(const QString& text, qsizetype& i)
{
    const qsizetype close = text.indexOf(u'"', i);
    const qsizetype end = close < 0 ? text.size() : close;
    const QString quoted = text.mid(i, end - i);
    i = close < 0 ? text.size() : close + 1;
    return quoted;
}

bool hasTokens(const QString& text)
{
    return !SearchTokens::tokens(text).isEmpty();
}

} // namespace

QString SearchQuery::Term::describe() const
{
    switch (kind) {
    case Kind::Word:
        return u"word(%1)"_s.arg(text);
    case Kind::Phrase:
        return u"phrase(%1)"_s.arg(text);
    case Kind::KeyValue:
        return u"value(%1, %2)"_s.arg(key, text);
    case Kind::KeyPhrase:
        return u"valuePhrase(%1, %2)"_s.arg(key, text);
    case Kind::HasKey:
        return u"has(%1)"_s.arg(key);
    case Kind::Active:
        return active ? u"is(active)"_s : u"is(inactive)"_s;
    }
    return {};
}

QString SearchQuery::describe() const
{
    QStringList parts;
    for (const Term& term : m_terms)
        parts.append(term.describe());
    return parts.join(u' ');
}

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery query;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == u'"') {
            ++i;
            query.addPhrase(readQuoted(text, i));
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'"')
            ++i;
        const QString chunk = text.mid(start, i - start);
        if (i < text.size() && text.at(i) == u'"' && chunk.size() > 1 && chunk.endsWith(u':')) {
            // key:"a quoted value"
            ++i;
            const QString key = chunk.chopped(1);
            const QString value = readQuoted(text, i);
            if (hasTokens(value))
                query.m_terms.append({Term::Kind::KeyPhrase, key, value});
            else
                query.m_terms.append({Term::Kind::HasKey, key, {}});
            continue;
        }
        query.addChunk(chunk);
    }
    return query;
}

void SearchQuery::addWord(const QString& word)
{
    if (hasTokens(word))
        m_terms.append({Term::Kind::Word, {}, word});
}

void SearchQuery::addPhrase(const QString& phrase)
{
    if (hasTokens(phrase))
        m_terms.append({Term::Kind::Phrase, {}, phrase});
}

void SearchQuery::addChunk(const QString& chunk)
{
    const QString lower = chunk.toLower();
    if (lower == u"is:active"_s || lower == u"is:inactive"_s) {
        m_terms.append({Term::Kind::Active, {}, {}, lower == u"is:active"_s});
        return;
    }
    const qsizetype colon = chunk.indexOf(u':');
    if (colon <= 0)
        return addWord(chunk);
    const QString key = chunk.left(colon);
    const QString value = chunk.mid(colon + 1);
    if (value.isEmpty())
        m_terms.append({Term::Kind::HasKey, key, {}});
    else if (hasTokens(value))
        m_terms.append({Term::Kind::KeyValue, key, value});
    else
        addWord(chunk);
}
