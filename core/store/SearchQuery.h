// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// What the user typed into a search, as terms that must all match:
//   cedar            a token of the name, id, a metadata key or value starts with "cedar"
//   "cedar valley"   these tokens, one after the other, in the name, id, keys or values (whole tokens)
//   region:north     the metadata key "region" (exactly) has a value with a token starting with "north"
//   region:"n e"     ... a value with these whole tokens one after the other
//   region:          the customer has the metadata key "region"
//   is:active        active customers (is:inactive: deactivated ones)
// Parsing never fails: what does not fit the grammar is read as plain words, and words without a letter or digit
// are left out. Pure; CustomerSearch turns it into SQL.
class SearchQuery
{
public:
    struct Term
    {
        enum class Kind { Word, Phrase, KeyValue, KeyPhrase, HasKey, Active };

        Kind kind = Kind::Word;
        QString key; // KeyValue, KeyPhrase, HasKey
        QString text; // Word, Phrase, KeyValue, KeyPhrase
        bool active = true; // Active

        bool operator==(const Term&) const = default;
        // "word(cedar)", "phrase(cedar valley)", "value(region, north)", "valuePhrase(region, n e)", "has(region)",
        // "is(active)": for tests and logs.
        QString describe() const;
    };

    static SearchQuery parse(const QString& text);

    const QList<Term>& terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The terms' descriptions, space-separated.
    QString describe() const;

private:
    void addWord(const QString& word);
    void addPhrase(const QString& phrase);
    void addChunk(const QString& chunk);

    QList<Term> m_terms;
};
