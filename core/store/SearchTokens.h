// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"

#include <QString>
#include <QStringList>

// How text becomes search tokens, the same way for what is indexed and for what is searched: like SQLite's unicode61
// tokenizer, letters and digits only, case-folded, without diacritics ("Hôpital St-Laurent" → hopital, st, laurent).
// Metadata pairs get tokens of their own that carry their key: keyToken(key) marks that a customer has the key (exact,
// case-sensitive), and keyToken(key) + a token of its value marks the value, so that "region:north" is one prefix
// lookup in the index. stateToken(active) marks whether the customer is active, among the pair tokens (never typed:
// a key token starts with "k").
namespace SearchTokens {

QStringList tokens(const QString& text);
// "k" and 12 hex digits of a hash of the exact key.
QString keyToken(const QString& key);
// "zactive" or "zinactive".
QString stateToken(bool active);

// The columns of the search index for one customer.
struct IndexText
{
    QString name;
    QString ident;
    QString keys; // every key, space-separated
    QString values; // every value, in key order, space-separated
    QString pairs; // stateToken, then for every key: keyToken(key), then keyToken(key) + each token of its value
};

IndexText indexText(const Customer& customer);

} // namespace SearchTokens
