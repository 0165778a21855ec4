// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "EditPlan.h"

#include "core/model/CustomerDiff.h"
#include "core/model/Validation.h"

using namespace Qt::Literals::StringLiterals;

EditPlan EditPlan::make(const Customer& before, const MetadataEdits& edits)
{
    EditPlan plan;
    plan.draft = CustomerDraft::fromCustomer(before);
    plan.problems = edits.applyTo(plan.draft);
    plan.issues = Validation::checkDraft(plan.draft);
    plan.changes = CustomerDiff::changes(before, plan.draft);
    plan.patch = CustomerDiff::between(before, plan.draft);
    return plan;
}

QStringList EditPlan::precheck(const MetadataEdits& edits)
{
    QStringList errors;
    const auto addErrors = [&errors](const QList<ValidationIssue>& issues, const QList<MetadataEntry>& rows) {
        for (const ValidationIssue& issue : issues) {
            if (issue.isError())
                errors.append(describe(issue, rows));
        }
    };
    if (edits.name)
        addErrors(Validation::checkName(*edits.name), {});
    addErrors(Validation::checkMetadata(edits.sets), edits.sets);
    if (edits.fileMetadata)
        addErrors(Validation::checkMetadata(*edits.fileMetadata), *edits.fileMetadata);
    return errors;
}

bool EditPlan::hasErrors() const
{
    return !problems.isEmpty() || Validation::hasErrors(issues);
}

QStringList EditPlan::describeIssues(ValidationIssue::Severity severity) const
{
    QStringList lines;
    const QList<MetadataEntry> rows = draft.metadata();
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == severity)
            lines.append(describe(issue, rows));
    }
    return lines;
}

QString EditPlan::describe(const ValidationIssue& issue, const QList<MetadataEntry>& rows)
{
    QString where;
    switch (issue.field) {
    case ValidationIssue::Field::Name:
        where = tr("name");
        break;
    case ValidationIssue::Field::Id:
        where = tr("id");
        break;
    case ValidationIssue::Field::MetadataCount:
        where = tr("metadata");
        break;
    case ValidationIssue::Field::MetadataKey:
    case ValidationIssue::Field::MetadataValue:
        where = issue.row >= 0 && issue.row < rows.size() ? tr("metadata “%1”").arg(rows.at(issue.row).key.left(40))
                                                          : tr("metadata");
        break;
    }
    const QString severity = issue.isError() ? tr("error") : tr("warning");
    return u"%1: %2: %3"_s.arg(severity, where, issue.message);
}
