// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkFormatter.h"

#include "core/io/BulkOperationJson.h"
#include "core/io/CustomerJson.h"
#include "core/store/HistoryJournal.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

using Outcome = BulkCustomerPlan::Outcome;
using ItemState = BulkItemRecord::State;

namespace {

QString label(const QString& id, const QString& name)
{
    return name.isEmpty() ? id : u"%1  %2"_s.arg(id, name);
}

int countOf(const QList<BulkCustomerPlan>& plans, Outcome outcome)
{
    return int(std::count_if(
        plans.cbegin(), plans.cend(), [outcome](const BulkCustomerPlan& plan) { return plan.outcome == outcome; }));
}

int countOf(const QList<BulkItemRecord>& items, ItemState state)
{
    return int(std::count_if(
        items.cbegin(), items.cend(), [state](const BulkItemRecord& item) { return item.state == state; }));
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Change:
        return BulkFormatter::tr("change");
    case Outcome::Skip:
        return BulkFormatter::tr("already as asked");
    case Outcome::Invalid:
        return BulkFormatter::tr("refused");
    case Outcome::AlreadyApplied:
        return BulkFormatter::tr("already changed");
    case Outcome::Uncertain:
        return BulkFormatter::tr("uncertain");
    }
    return QString();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString BulkFormatter::operations(const QList<BulkOperation>& operations)
{
    QStringList described;
    for (const BulkOperation& operation : operations)
        described.append(operation.describe());
    return described.join(u"; "_s);
}

QString BulkFormatter::preview(const QList<BulkCustomerPlan>& plans, int limit)
{
    QStringList lines;
    int listed = 0;
    int more = 0;
    for (const BulkCustomerPlan& plan : plans) {
        if (limit > 0 && plan.outcome == Outcome::Skip)
            continue;
        if (limit > 0 && listed >= limit) {
            ++more;
            continue;
        }
        ++listed;
        lines.append(u"%1: %2"_s.arg(label(plan.before.id(), plan.before.name()), outcomeText(plan.outcome)));
        for (const QString& change : plan.describeChanges())
            lines.append(u"    "_s + change);
        for (const QString& problem : plan.problems)
            lines.append(u"    "_s + problem);
    }
    if (more > 0)
        lines.append(tr("… and %n more (bulk --dry-run lists them all).", nullptr, more));
    return lines.join(u'\n');
}

QString BulkFormatter::previewSummary(const QList<BulkCustomerPlan>& plans)
{
    return tr("Of %1 customers: %2 would change, %3 are already as asked, %4 are refused.")
        .arg(QLocale().toString(plans.size()), QLocale().toString(countOf(plans, Outcome::Change)),
            QLocale().toString(countOf(plans, Outcome::Skip)), QLocale().toString(countOf(plans, Outcome::Invalid)));
}

QJsonObject BulkFormatter::previewJson(const QList<BulkOperation>& operations, const QList<BulkCustomerPlan>& plans)
{
    QJsonArray customers;
    for (const BulkCustomerPlan& plan : plans) {
        QJsonArray changes;
        for (const CustomerChange& change : plan.changes) {
            changes.append(QJsonObject {{u"key"_s, change.key},
                {u"before"_s,
                    change.kind == CustomerChange::Kind::MetadataAdded ? QJsonValue() : QJsonValue(change.oldValue)},
                {u"after"_s,
                    change.kind == CustomerChange::Kind::MetadataRemoved ? QJsonValue()
                                                                         : QJsonValue(change.newValue)}});
        }
        QJsonObject customer {{u"id"_s, plan.before.id()}, {u"name"_s, textOrNull(plan.before.name())},
            {u"outcome"_s, BulkCustomerPlan::outcomeName(plan.outcome)}, {u"changes"_s, changes}};
        if (plan.activeAfter)
            customer.insert(
                u"active"_s, QJsonObject {{u"before"_s, !*plan.activeAfter}, {u"after"_s, *plan.activeAfter}});
        if (plan.sendsSomething() && !plan.patch.isEmpty())
            customer.insert(u"request"_s, CustomerJson::patchToJson(plan.patch));
        if (!plan.problems.isEmpty())
            customer.insert(u"problems"_s, QJsonArray::fromStringList(plan.problems));
        customers.append(customer);
    }
    const QJsonObject summary {{u"customers"_s, int(plans.size())}, {u"change"_s, countOf(plans, Outcome::Change)},
        {u"skip"_s, countOf(plans, Outcome::Skip)}, {u"invalid"_s, countOf(plans, Outcome::Invalid)}};
    return QJsonObject {{u"dryRun"_s, true}, {u"operations"_s, BulkOperationJson::toJson(operations)},
        {u"summary"_s, summary}, {u"customers"_s, customers}};
}

QString BulkFormatter::state(ItemState state)
{
    switch (state) {
    case ItemState::Planned:
        return tr("not tried");
    case ItemState::Excluded:
        return tr("excluded");
    case ItemState::InFlight:
        return tr("not answered");
    case ItemState::Succeeded:
        return tr("changed");
    case ItemState::Skipped:
        return tr("already as asked");
    case ItemState::Failed:
        return tr("failed");
    case ItemState::Uncertain:
        return tr("may have been changed");
    }
    return QString();
}

QString BulkFormatter::report(const BulkRunRecord& run, const QList<BulkItemRecord>& items, double seconds)
{
    QStringList lines;
    for (const BulkItemRecord& item : items) {
        if (item.state == ItemState::Succeeded || item.state == ItemState::Skipped || item.state == ItemState::Excluded)
            continue;
        QString line = u"%1: %2"_s.arg(label(item.customerId, item.customerName), state(item.state));
        if (!item.error.isEmpty())
            line += u" — "_s + item.error;
        lines.append(line);
    }
    const int left = countOf(items, ItemState::Planned) + countOf(items, ItemState::InFlight);
    lines.append(
        tr("Changed %1, already as asked %2, failed %3, not done %4, of %5 customers in %6 s (bulk change %7).")
            .arg(QLocale().toString(countOf(items, ItemState::Succeeded)),
                QLocale().toString(countOf(items, ItemState::Skipped)),
                QLocale().toString(countOf(items, ItemState::Failed) + countOf(items, ItemState::Uncertain)),
                QLocale().toString(left), QLocale().toString(items.size() - countOf(items, ItemState::Excluded)),
                QString::number(seconds, 'f', 1), run.id));
    return lines.join(u'\n');
}

QJsonObject BulkFormatter::reportJson(const BulkRunRecord& run, const QList<BulkItemRecord>& items, double seconds)
{
    QJsonArray customers;
    for (const BulkItemRecord& item : items) {
        QJsonObject customer {{u"position"_s, item.position}, {u"id"_s, item.customerId},
            {u"name"_s, textOrNull(item.customerName)}, {u"outcome"_s, BulkItemRecord::stateName(item.state)}};
        if (!item.error.isEmpty())
            customer.insert(u"error"_s, item.error);
        if (!item.errorKind.isEmpty())
            customer.insert(u"errorKind"_s, item.errorKind);
        customers.append(customer);
    }
    QJsonObject summary {{u"customers"_s, int(items.size())}, {u"seconds"_s, seconds}};
    for (const ItemState state : {ItemState::Succeeded, ItemState::Skipped, ItemState::Failed, ItemState::Uncertain,
             ItemState::Planned, ItemState::InFlight, ItemState::Excluded})
        summary.insert(BulkItemRecord::stateName(state), countOf(items, state));
    const QJsonObject runObject {{u"id"_s, run.id}, {u"state"_s, BulkRunRecord::stateName(run.state)},
        {u"createdAt"_s, HistoryJournal::formatTime(run.createdAt)},
        {u"operations"_s, BulkOperationJson::toJson(run.operations)},
        {u"selection"_s, BulkRunRecord::selectionName(run.selection)},
        {u"selectionText"_s, textOrNull(run.selectionText)}, {u"concurrency"_s, run.concurrency}};
    // No run: nothing was chosen.
    return QJsonObject {{u"run"_s, run.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(runObject)},
        {u"summary"_s, summary}, {u"customers"_s, customers}};
}

QString BulkFormatter::progress(const BulkProgress& progress)
{
    QString line = tr("%1 done, %2 skipped, %3 failed, %4 left")
                       .arg(QLocale().toString(progress.succeeded), QLocale().toString(progress.skipped),
                           QLocale().toString(progress.failed), QLocale().toString(progress.left()));
    if (progress.rate > 0)
        line += u" · "_s + tr("%1/s").arg(QString::number(progress.rate, 'f', progress.rate < 10 ? 1 : 0));
    if (progress.timeLeft)
        line += u" · "_s + tr("about %1 s left").arg(QLocale().toString(qint64(progress.timeLeft->count())));
    return line;
}
