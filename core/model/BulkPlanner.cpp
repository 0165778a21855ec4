// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkPlanner.h"

#include "core/common/Quotation.h"
#include "core/model/CustomerDiff.h"
#include "core/model/Validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Kind = BulkOperation::Kind;
using Outcome = BulkCustomerPlan::Outcome;

namespace BulkPlanner {

namespace {

// Keys and values shown inside messages are shortened so that a 1,000-character value does not swamp them.
QString quoted(const QString& text)
{
    constexpr qsizetype kShown = 40;
    return Quotation::quotedElided(text, kShown);
}

int length(const QString& text)
{
    return int(Validation::characterCount(text));
}

bool changesState(const BulkOperation& operation)
{
    return !operation.isMetadata();
}

Metadata restricted(const Metadata& metadata, const QStringList& keys)
{
    Metadata result;
    for (const QString& key : keys) {
        if (metadata.contains(key))
            result.insert(key, metadata.value(key));
    }
    return result;
}

// The limits, for the pairs the operations wrote; nothing to judge when no metadata is sent.
QStringList checkLimits(const Customer& before, const Metadata& after, const QStringList& keys)
{
    QStringList problems;
    if (after == before.metadata())
        return problems;
    const int pairs = int(after.size());
    if (pairs > Validation::kMaxMetadataPairs) {
        problems.append(QCoreApplication::translate(
            "BulkPlanner", "It would have %n metadata pairs; the limit is %1.", nullptr, pairs)
                            .arg(Validation::kMaxMetadataPairs));
    }
    for (const QString& key : keys) {
        if (!after.contains(key) || before.metadata().value(key) == after.value(key))
            continue;
        if (length(key) > Validation::kMaxKeyLength) {
            problems.append(QCoreApplication::translate(
                "BulkPlanner", "The key %1 would be %n characters long; the limit is %2.", nullptr, length(key))
                                .arg(quoted(key))
                                .arg(Validation::kMaxKeyLength));
        }
        const QString value = after.value(key);
        if (length(value) > Validation::kMaxValueLength) {
            problems.append(QCoreApplication::translate(
                "BulkPlanner", "The value of %1 would be %n characters long; the limit is %2.", nullptr, length(value))
                                .arg(quoted(key))
                                .arg(Validation::kMaxValueLength));
        }
    }
    return problems;
}

// The plan from the customer as read to this metadata and state, diff-only and checked.
BulkCustomerPlan finish(const Customer& before, const Metadata& metadata, std::optional<bool> active,
    const QStringList& keys, QStringList problems)
{
    BulkCustomerPlan plan;
    plan.before = before;
    plan.after = before;
    if (metadata != before.metadata())
        plan.after.setMetadata(metadata);
    if (active)
        plan.after.setActive(*active);
    plan.patch = CustomerDiff::between(before, before.name(), metadata);
    if (active && *active != before.isActive())
        plan.activeAfter = active;
    plan.changes = CustomerDiff::changes(before.name(), before.metadata(), before.name(), metadata);
    problems += checkLimits(before, metadata, keys);
    plan.problems = problems;
    if (!problems.isEmpty())
        plan.outcome = Outcome::Invalid;
    else if (!plan.patch.isEmpty() || plan.activeAfter)
        plan.outcome = Outcome::Change;
    else
        plan.outcome = Outcome::Skip;
    return plan;
}

} // namespace

QStringList checkOperations(const QList<BulkOperation>& operations)
{
    QStringList problems;
    if (operations.isEmpty())
        problems.append(QCoreApplication::translate("BulkPlanner", "Nothing to change: give at least one operation."));
    const auto has = [&operations](Kind kind) {
        return std::any_of(
            operations.cbegin(), operations.cend(), [kind](const auto& each) { return each.kind == kind; });
    };
    if (has(Kind::Deactivate) && has(Kind::Reactivate))
        problems.append(QCoreApplication::translate("BulkPlanner", "Deactivate and reactivate exclude each other."));
    for (const BulkOperation& operation : operations) {
        if (!operation.isMetadata())
            continue;
        const QString what = operation.describe();
        for (const QString& key : operation.keys()) {
            if (key.trimmed().isEmpty()) {
                problems.append(QCoreApplication::translate("BulkPlanner", "%1: the key is empty.").arg(what));
            } else if (length(key) > Validation::kMaxKeyLength && operation.kind != Kind::RemoveKey) {
                problems.append(QCoreApplication::translate(
                    "BulkPlanner", "The key %1 is %n characters long; the limit is %2.", nullptr, length(key))
                                    .arg(quoted(key))
                                    .arg(Validation::kMaxKeyLength));
            }
        }
        if (operation.kind == Kind::SetValue && length(operation.value) > Validation::kMaxValueLength) {
            problems.append(QCoreApplication::translate("BulkPlanner",
                "The value for %1 is %n characters long; the limit is %2.", nullptr, length(operation.value))
                                .arg(quoted(operation.key))
                                .arg(Validation::kMaxValueLength));
        }
        if (operation.kind == Kind::RenameKey && operation.key == operation.newKey)
            problems.append(
                QCoreApplication::translate("BulkPlanner", "%1: a key cannot be renamed to itself.").arg(what));
        if (operation.kind == Kind::ReplaceText && operation.find.isEmpty())
            problems.append(QCoreApplication::translate("BulkPlanner", "%1: the text to replace is empty.").arg(what));
    }
    return problems;
}

QStringList keys(const QList<BulkOperation>& operations)
{
    QStringList all;
    for (const BulkOperation& operation : operations) {
        for (const QString& key : operation.keys()) {
            if (!all.contains(key))
                all.append(key);
        }
    }
    return all;
}

BulkCustomerPlan plan(const Customer& customer, const QList<BulkOperation>& operations)
{
    Metadata metadata = customer.metadata();
    std::optional<bool> active;
    QStringList problems;
    for (const BulkOperation& operation : operations) {
        switch (operation.kind) {
        case Kind::SetValue:
            metadata.insert(operation.key, operation.value);
            break;
        case Kind::RemoveKey:
            metadata.remove(operation.key);
            break;
        case Kind::RenameKey:
            if (!metadata.contains(operation.key) || operation.key == operation.newKey)
                break;
            if (metadata.contains(operation.newKey)) {
                problems.append(QCoreApplication::translate(
                    "BulkPlanner", "%1 cannot be renamed to %2: the customer already has a key %2 (%3).")
                                    .arg(quoted(operation.key), quoted(operation.newKey),
                                        quoted(metadata.value(operation.newKey))));
                break;
            }
            metadata.insert(operation.newKey, metadata.take(operation.key));
            break;
        case Kind::ReplaceText:
            if (metadata.contains(operation.key) && !operation.find.isEmpty())
                metadata[operation.key].replace(operation.find, operation.replaceWith, Qt::CaseSensitive);
            break;
        case Kind::Deactivate:
            active = false;
            break;
        case Kind::Reactivate:
            active = true;
            break;
        }
    }
    return finish(customer, metadata, active, keys(operations), problems);
}

BulkCustomerPlan resume(const Customer& now, const QList<BulkOperation>& operations, const Customer& plannedBefore,
    const Customer& plannedAfter)
{
    const QStringList touched = keys(operations);
    const Metadata nowPairs = restricted(now.metadata(), touched);
    const Metadata beforePairs = restricted(plannedBefore.metadata(), touched);
    const Metadata afterPairs = restricted(plannedAfter.metadata(), touched);
    // A part that was not to be sent at all counts as done.
    const bool metadataDone = beforePairs == afterPairs || nowPairs == afterPairs;
    const bool metadataToDo = !metadataDone && nowPairs == beforePairs;
    const bool stateAsked = std::any_of(operations.cbegin(), operations.cend(), changesState)
        && plannedBefore.isActive() != plannedAfter.isActive();
    const bool stateDone = !stateAsked || now.isActive() == plannedAfter.isActive();
    const bool stateToDo = !stateDone && now.isActive() == plannedBefore.isActive();

    if (!(metadataDone || metadataToDo) || !(stateDone || stateToDo)) {
        BulkCustomerPlan plan;
        plan.outcome = Outcome::Uncertain;
        plan.before = now;
        plan.after = now;
        plan.problems.append(QCoreApplication::translate("BulkPlanner",
            "The customer holds neither what it held before the change nor what the change "
            "makes of it (someone may have changed it meanwhile), so it was not changed again. "
            "Check it, and change it by hand if needed."));
        return plan;
    }
    if (metadataDone && stateDone) {
        BulkCustomerPlan plan;
        plan.outcome = Outcome::AlreadyApplied;
        plan.before = now;
        plan.after = now;
        return plan;
    }
    Metadata metadata = now.metadata();
    if (metadataToDo) {
        for (const QString& key : touched)
            metadata.remove(key);
        metadata.insert(afterPairs);
    }
    const std::optional<bool> active = stateToDo ? std::optional(plannedAfter.isActive()) : std::nullopt;
    return finish(now, metadata, active, touched, {});
}

} // namespace BulkPlanner
