// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CsvReader.h"

#include <QCoreApplication>

namespace CsvReader {

Result<QList<Record>, MetadataError> read(QStringView text, QChar delimiter)
{
    QList<Record> records;
    Record current {1, {}};
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int line = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        // An empty line is a single unquoted empty field: not a record.
        const bool blank = current.fields.size() == 1 && current.fields.constFirst().isEmpty() && !fieldQuoted;
        if (!blank) {
            records.append(current);
        }
        fieldQuoted = false;
        current = Record {line, {}};
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                // Line breaks inside quotes are kept as they are; only the line count needs them.
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n'))) {
                    ++line;
                }
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
            fieldQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }

    if (inQuotes) {
        return MetadataError {
            QCoreApplication::translate("CsvReader", "The quoted text that starts on line %1 is never closed.")
                .arg(quoteLine),
            quoteLine};
    }
    if (!field.isEmpty() || fieldQuoted || !current.fields.isEmpty()) {
        endRecord();
    }
    return records;
}

QString field(const QString& text, QChar delimiter)
{
    const bool needsQuotes =
        text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString record(const QStringList& fields, QChar delimiter, QStringView lineEnd)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(delimiter);
        }
        line.append(field(fields.at(i), delimiter));
    }
    line.append(lineEnd);
    return line;
}

} // namespace CsvReader
