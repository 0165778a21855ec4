// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryText.h"

#include "core/common/Quotation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// Line breaks and tabs drawn as in the review, so that one change stays on one line.
QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u"⏎"_s).replace(u'\n', u"⏎"_s).replace(u'\r', u"⏎"_s).replace(u'\t', u"→"_s);
}

} // namespace

namespace HistoryText {

QString operation(HistoryEntry::Operation operation)
{
    switch (operation) {
    case HistoryEntry::Operation::Update:
        return QCoreApplication::translate("HistoryText", "Update");
    case HistoryEntry::Operation::Create:
        return QCoreApplication::translate("HistoryText", "Create");
    case HistoryEntry::Operation::Deactivate:
        return QCoreApplication::translate("HistoryText", "Deactivate");
    case HistoryEntry::Operation::Reactivate:
        return QCoreApplication::translate("HistoryText", "Reactivate");
    case HistoryEntry::Operation::AddUser:
        return QCoreApplication::translate("HistoryText", "Add user");
    case HistoryEntry::Operation::RemoveUser:
        return QCoreApplication::translate("HistoryText", "Remove user");
    }
    return {};
}

QString state(HistoryEntry::State state)
{
    switch (state) {
    case HistoryEntry::State::Pending:
        return QCoreApplication::translate("HistoryText", "Pending");
    case HistoryEntry::State::Succeeded:
        return QCoreApplication::translate("HistoryText", "Succeeded");
    case HistoryEntry::State::Failed:
        return QCoreApplication::translate("HistoryText", "Failed");
    case HistoryEntry::State::Uncertain:
        return QCoreApplication::translate("HistoryText", "May have been applied");
    }
    return {};
}

QString stateExplanation(HistoryEntry::State state)
{
    switch (state) {
    case HistoryEntry::State::Pending:
        return QCoreApplication::translate("HistoryText",
            "Journaled and sent; no answer has been recorded yet (it is under way, or the program stopped).");
    case HistoryEntry::State::Succeeded:
        return QCoreApplication::translate("HistoryText", "The server confirmed the change.");
    case HistoryEntry::State::Failed:
        return QCoreApplication::translate(
            "HistoryText", "The server refused the change, or it was never sent: nothing was changed.");
    case HistoryEntry::State::Uncertain:
        return QCoreApplication::translate("HistoryText",
            "The answer never came: the server may or may not have applied the change. Open the customer to "
            "see what it holds.");
    }
    return {};
}

QString field(const HistoryChange& change)
{
    switch (change.field) {
    case HistoryChange::Field::Name:
        return QCoreApplication::translate("HistoryText", "Name");
    case HistoryChange::Field::Active:
        return QCoreApplication::translate("HistoryText", "Active");
    case HistoryChange::Field::MetadataKey:
        return QCoreApplication::translate("HistoryText", "Metadata “%1”").arg(oneLine(change.key));
    case HistoryChange::Field::User:
        return QCoreApplication::translate("HistoryText", "User %1").arg(change.key);
    }
    return {};
}

QString value(const HistoryChange& change, const std::optional<QString>& value)
{
    if (change.field == HistoryChange::Field::User)
        return value ? QCoreApplication::translate("HistoryText", "member")
                     : QCoreApplication::translate("HistoryText", "not a member");
    if (!value && change.field == HistoryChange::Field::Active)
        return QCoreApplication::translate("HistoryText", "(unknown)");
    if (!value)
        return QCoreApplication::translate("HistoryText", "(absent)");
    if (change.field == HistoryChange::Field::Active) {
        if (*value == "true"_L1 || *value == "1"_L1)
            return QCoreApplication::translate("HistoryText", "yes");
        if (*value == "false"_L1 || *value == "0"_L1)
            return QCoreApplication::translate("HistoryText", "no");
    }
    return Quotation::quoted(oneLine(*value));
}

QString change(const HistoryChange& change)
{
    return QCoreApplication::translate("HistoryText", "%1: %2 → %3")
        .arg(field(change), value(change, change.before), value(change, change.after));
}

QString summary(const HistoryEntry& entry)
{
    constexpr int kNamed = 3;
    QStringList names;
    for (const HistoryChange& each : entry.changes) {
        switch (each.field) {
        case HistoryChange::Field::Name:
            names.append(QCoreApplication::translate("HistoryText", "name"));
            break;
        case HistoryChange::Field::Active:
            names.append(each.after
                    ? QCoreApplication::translate("HistoryText", "active: %1").arg(value(each, each.after))
                    : QCoreApplication::translate("HistoryText", "active"));
            break;
        case HistoryChange::Field::MetadataKey:
            names.append(oneLine(each.key));
            break;
        case HistoryChange::Field::User:
            names.append(each.key);
            break;
        }
    }
    if (names.isEmpty())
        return QCoreApplication::translate("HistoryText", "no changes recorded");
    if (names.size() == 1)
        return names.constFirst();
    if (names.size() <= kNamed)
        return QLocale().createSeparatedList(names);
    return QCoreApplication::translate(
        "HistoryText", "%1 and %n more", nullptr, static_cast<int>(names.size() - kNamed))
        .arg(names.mid(0, kNamed).join(u", "_s));
}

QString customer(const HistoryEntry& entry)
{
    if (entry.customerId.isEmpty())
        return entry.customerName.isEmpty() ? QCoreApplication::translate("HistoryText", "(new customer)")
                                            : entry.customerName;
    if (entry.customerName.isEmpty())
        return entry.customerId;
    return QCoreApplication::translate("HistoryText", "%1 (%2)").arg(entry.customerName, entry.customerId);
}

QString time(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString exactTime(const QDateTime& time)
{
    return QCoreApplication::translate("HistoryText", "%1 (UTC %2)")
        .arg(time.toLocalTime().toOffsetFromUtc(time.toLocalTime().offsetFromUtc()).toString(Qt::ISODateWithMs),
            time.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace HistoryText
