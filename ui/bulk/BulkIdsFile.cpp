// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkIdsFile.h"

#include "core/model/Validation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

// At most this many lines are named in the problems; the rest are counted.
constexpr int kNamedProblems = 5;

QString firstField(QStringView line)
{
    static const QRegularExpression separator(u"[,;\\t]"_s);
    QString field = line.toString().section(separator, 0, 0).trimmed();
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

} // namespace

BulkIdsFile::Read BulkIdsFile::parse(QStringView text)
{
    Read read;
    QSet<QString> seen;
    int refused = 0;
    int number = 0;
    bool firstContent = true;
    for (const QStringView line : text.split(u'\n')) {
        ++number;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QString id = firstField(trimmed);
        const bool wasFirst = std::exchange(firstContent, false);
        if (!Validation::isValidCustomerId(id)) {
            if (wasFirst && !id.startsWith(u"cus_"_s))
                continue; // a header such as "customer_id"
            if (++refused <= kNamedProblems)
                read.problems.append(tr("Line %1 holds no customer id: “%2”.").arg(number).arg(trimmed.left(60)));
            continue;
        }
        if (seen.contains(id)) {
            ++read.duplicates;
            continue;
        }
        seen.insert(id);
        read.ids.append(id);
    }
    if (refused > kNamedProblems)
        read.problems.append(tr("%n more line(s) hold no customer id.", nullptr, refused - kNamedProblems));
    return read;
}

BulkIdsFile::Read BulkIdsFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Read failed;
        failed.problems.append(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return failed;
    }
    if (file.size() > kMaxBytes) {
        Read failed;
        failed.problems.append(tr("%1 is larger than %2 MiB: not a file of ids.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(kMaxBytes / (1024 * 1024)));
        return failed;
    }
    return parse(QString::fromUtf8(file.readAll()));
}
