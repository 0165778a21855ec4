// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

struct QJsonParseError;

// Why a JSON document could not be read as an ExpressCustomer: what went wrong, where, and a message for people.
class CustomerJsonError
{
    Q_GADGET

public:
    enum class Kind {
        NotJson, // the bytes are not a JSON document
        NotAnObject, // valid JSON, but not an object
        MissingField, // a required field is absent
        WrongType, // a field has the wrong JSON type
        InvalidValue, // right type, unacceptable value (negative count, malformed timestamp)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::NotJson;
    // Dotted path of the offending field ("userCount", "metadata.region"); empty for document-level errors.
    QString field;
    // Translated text naming the field.
    QString message;

    bool operator==(const CustomerJsonError&) const = default;

    // The errors every reader of the API's JSON reports alike, with their translated messages.
    static CustomerJsonError notJson(const QJsonParseError& parseError);
    static CustomerJsonError missing(const QString& field);
    // expected: a phrase marked with QT_TRANSLATE_NOOP("CustomerJson", …), such as "a string".
    static CustomerJsonError wrongType(const QString& field, const char* expected);
    static CustomerJsonError invalidValue(const QString& field, const QString& reason);
};
