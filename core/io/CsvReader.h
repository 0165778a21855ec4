// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/model/MetadataError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// A small RFC 4180 reader and writer for comma- or tab-separated text (Qt has none). Quoted fields may hold the
// delimiter, quotes ("") and line breaks; records end at CRLF, LF or CR. It is lenient where spreadsheets are:
// a quote inside an unquoted field is kept as a character, text after a closing quote is appended, and empty
// lines are skipped. The only error is a quoted field that is never closed.
namespace CsvReader {

struct Record
{
    // 1-based line on which the record starts.
    int line = 0;
    QStringList fields;
};

Result<QList<Record>, MetadataError> read(QStringView text, QChar delimiter);

// The field as it must be written: quoted (quotes doubled) when it holds the delimiter, a quote or a line break.
QString field(const QString& text, QChar delimiter);
// The fields joined by the delimiter, followed by lineEnd.
QString record(const QStringList& fields, QChar delimiter, QStringView lineEnd);

} // namespace CsvReader
