// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Validation.h"

#include "core/common/Quotation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Validation {

namespace {

ValidationIssue issue(ValidationIssue::Severity severity, ValidationIssue::Field field, int row, const QString& message)
{
    return ValidationIssue {severity, field, row, message};
}

// Keys shown inside messages are shortened so that a 100-character key does not swamp the tooltip.
QString quoted(const QString& key)
{
    constexpr qsizetype kShown = 40;
    return Quotation::quotedElided(key, kShown);
}

bool hasPrefixedHexId(QStringView id, QStringView prefix)
{
    constexpr qsizetype kHexDigits = 32;
    if (id.size() != prefix.size() + kHexDigits || !id.startsWith(prefix)) {
        return false;
    }
    for (const QChar c : id.mid(prefix.size())) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool lowerHex = c >= u'a' && c <= u'f';
        if (!digit && !lowerHex) {
            return false;
        }
    }
    return true;
}

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

// What "differs only by case or surrounding whitespace" compares.
QString looseKey(const QString& key)
{
    return key.trimmed().toCaseFolded();
}

} // namespace

qsizetype characterCount(QStringView text)
{
    return text.size();
}

QList<ValidationIssue> checkName(const QString& name)
{
    QList<ValidationIssue> issues;
    if (name.trimmed().isEmpty()) {
        issues.append(issue(ValidationIssue::Severity::Error, ValidationIssue::Field::Name, -1,
            QCoreApplication::translate("Validation", "Enter a name.")));
    }
    return issues;
}

QList<ValidationIssue> checkMetadata(const QList<MetadataEntry>& entries)
{
    using Severity = ValidationIssue::Severity;
    using Field = ValidationIssue::Field;

    QList<ValidationIssue> issues;
    const auto pairCount = static_cast<int>(entries.size());
    if (pairCount > kMaxMetadataPairs) {
        issues.append(issue(Severity::Error, Field::MetadataCount, -1,
            QCoreApplication::translate(
                "Validation", "There are %n metadata pairs; the limit is %1.", nullptr, pairCount)
                .arg(kMaxMetadataPairs)));
    }

    QHash<QString, int> firstRowByKey;
    QHash<QString, int> firstRowByLooseKey;
    for (int row = 0; row < pairCount; ++row) {
        const MetadataEntry& entry = entries.at(row);

        if (entry.key.trimmed().isEmpty()) {
            issues.append(issue(Severity::Error, Field::MetadataKey, row,
                QCoreApplication::translate("Validation", "Enter a key or remove the row.")));
        } else {
            const auto keyLength = static_cast<int>(characterCount(entry.key));
            if (keyLength > kMaxKeyLength) {
                issues.append(issue(Severity::Error, Field::MetadataKey, row,
                    QCoreApplication::translate(
                        "Validation", "Key is %n characters; the limit is %1.", nullptr, keyLength)
                        .arg(kMaxKeyLength)));
            }
            if (hasControlCharacter(entry.key)) {
                issues.append(issue(Severity::Warning, Field::MetadataKey, row,
                    QCoreApplication::translate(
                        "Validation", "The key contains a line break, tab or other control character.")));
            }
            if (entry.key.trimmed().size() != entry.key.size()) {
                issues.append(issue(Severity::Warning, Field::MetadataKey, row,
                    QCoreApplication::translate("Validation", "The key starts or ends with a space.")));
            }

            const auto exact = firstRowByKey.constFind(entry.key);
            const auto loose = firstRowByLooseKey.constFind(looseKey(entry.key));
            if (exact != firstRowByKey.constEnd()) {
                issues.append(issue(Severity::Error, Field::MetadataKey, row,
                    QCoreApplication::translate("Validation", "The key %1 is already used in row %2.")
                        .arg(quoted(entry.key), QString::number(*exact + 1))));
            } else if (loose != firstRowByLooseKey.constEnd()) {
                issues.append(issue(Severity::Warning, Field::MetadataKey, row,
                    QCoreApplication::translate(
                        "Validation", "The key %1 differs from %2 in row %3 only by case or spaces.")
                        .arg(quoted(entry.key), quoted(entries.at(*loose).key), QString::number(*loose + 1))));
            }
            firstRowByKey.insert(entry.key, firstRowByKey.value(entry.key, row));
            firstRowByLooseKey.insert(looseKey(entry.key), firstRowByLooseKey.value(looseKey(entry.key), row));
        }

        const auto valueLength = static_cast<int>(characterCount(entry.value));
        if (valueLength > kMaxValueLength) {
            issues.append(issue(Severity::Error, Field::MetadataValue, row,
                QCoreApplication::translate(
                    "Validation", "Value is %n characters; the limit is %1.", nullptr, valueLength)
                    .arg(kMaxValueLength)));
        }
    }
    return issues;
}

QList<ValidationIssue> checkDraft(const CustomerDraft& draft)
{
    return checkName(draft.name()) + checkMetadata(draft.metadata());
}

QList<ValidationIssue> checkCustomerId(QStringView id)
{
    QList<ValidationIssue> issues;
    if (!isValidCustomerId(id)) {
        issues.append(issue(ValidationIssue::Severity::Error, ValidationIssue::Field::Id, -1,
            QCoreApplication::translate(
                "Validation", "A customer id is “cus_” followed by 32 lowercase hexadecimal digits.")));
    }
    return issues;
}

QList<ValidationIssue> checkUserId(const QString& id)
{
    QList<ValidationIssue> issues;
    if (id.isEmpty()) {
        issues.append(issue(ValidationIssue::Severity::Error, ValidationIssue::Field::Id, -1,
            QCoreApplication::translate("Validation", "Enter a user id (usr_ followed by 32 hex digits).")));
    } else if (!isValidUserId(id)) {
        issues.append(issue(ValidationIssue::Severity::Error, ValidationIssue::Field::Id, -1,
            QCoreApplication::translate(
                "Validation", "“%1” is not a user id: expected usr_ followed by 32 lowercase hex digits.")
                .arg(id)));
    }
    return issues;
}

bool hasErrors(const QList<ValidationIssue>& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue& i) { return i.isError(); });
}

bool isValidCustomerId(QStringView id)
{
    return hasPrefixedHexId(id, u"cus_");
}

bool isValidUserId(QStringView id)
{
    return hasPrefixedHexId(id, u"usr_");
}

} // namespace Validation
