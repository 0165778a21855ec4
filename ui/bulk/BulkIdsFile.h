// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A file of customer ids for a bulk change: one id per line (the first field of a CSV or tab-separated line, so a
// column exported from a spreadsheet works too), blank lines and lines starting with # skipped, a header line that is
// not an id skipped, each id once in the order of the file. Lines that hold no customer id are reported, not guessed.
class BulkIdsFile
{
    Q_DECLARE_TR_FUNCTIONS(BulkIdsFile)

public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    struct Read
    {
        QStringList ids;
        QStringList problems; // translated, one per line refused; or why the file could not be read
        int duplicates = 0; // ids given again, left out
    };

    static Read parse(QStringView text);
    static Read load(const QString& path);
};
