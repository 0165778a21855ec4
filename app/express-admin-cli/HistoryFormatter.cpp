// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryFormatter.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

QString HistoryFormatter::state(HistoryEntry::State state)
{
    switch (state) {
    case HistoryEntry::State::Pending:
        return tr("pending");
    case HistoryEntry::State::Succeeded:
        return tr("succeeded");
    case HistoryEntry::State::Failed:
        return tr("failed");
    case HistoryEntry::State::Uncertain:
        return tr("may have been applied");
    }
    return {};
}

QString HistoryFormatter::change(const HistoryChange& change)
{
    const auto quoted = [](const std::optional<QString>& value) {
        return value ? tr("“%1”").arg(oneLine(*value)) : tr("(none)");
    };
    const auto activeText = [](const std::optional<QString>& value) {
        if (!value)
            return tr("(unknown)");
        return *value == u"true"_s ? tr("active") : tr("inactive");
    };
    switch (change.field) {
    case HistoryChange::Field::Name:
        return tr("name: %1 → %2").arg(quoted(change.before), quoted(change.after));
    case HistoryChange::Field::Active:
        return tr("status: %1 → %2").arg(activeText(change.before), activeText(change.after));
    case HistoryChange::Field::MetadataKey:
        return tr("metadata %1: %2 → %3").arg(oneLine(change.key), quoted(change.before), quoted(change.after));
    case HistoryChange::Field::User:
        return change.after ? tr("user %1: added").arg(change.key) : tr("user %1: removed").arg(change.key);
    }
    return {};
}

QString HistoryFormatter::entry(const HistoryEntry& entry)
{
    const QString customer = entry.customerId.isEmpty()
        ? tr("“%1” (no id yet)").arg(oneLine(entry.customerName))
        : (entry.customerName.isEmpty() ? entry.customerId
                                        : tr("“%1” (%2)").arg(oneLine(entry.customerName), entry.customerId));
    QStringList lines {tr("%1  %2  %3  %4  by %5 with %6")
                           .arg(entry.recordedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                               HistoryEntry::operationName(entry.operation), state(entry.state), customer, entry.osUser,
                               entry.program)};
    for (const HistoryChange& each : entry.changes)
        lines.append(u"    "_s + change(each));
    if (!entry.error.isEmpty())
        lines.append(u"    "_s + tr("note: %1").arg(oneLine(entry.error)));
    return lines.join(u'\n');
}

QString HistoryFormatter::none()
{
    return tr("No changes recorded.");
}
