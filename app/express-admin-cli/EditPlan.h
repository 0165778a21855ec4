// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "MetadataEdits.h"

#include "core/model/Customer.h"
#include "core/model/CustomerChange.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerPatch.h"
#include "core/model/ValidationIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The command line's edits applied to a customer as loaded (or to an empty one, for create): the draft,
// what core's Validation says about it, the changes for people and the PATCH body with only those changes.
class EditPlan
{
    Q_DECLARE_TR_FUNCTIONS(EditPlan)

public:
    static EditPlan make(const Customer& before, const MetadataEdits& edits);

    // The errors that can be found before anything is fetched: an empty --name, over-long --set keys or
    // values, a metadata file over the limits. Formatted for people; empty when there are none.
    static QStringList precheck(const MetadataEdits& edits);

    CustomerDraft draft;
    // Edits that could not be applied (an --unset key that is not there).
    QStringList problems;
    QList<ValidationIssue> issues;
    QList<CustomerChange> changes;
    CustomerPatch patch;

    bool hasErrors() const;
    // "error: metadata “region”: Value is 1001 characters; …", one line per issue of that severity.
    QStringList describeIssues(ValidationIssue::Severity severity) const;

    // One issue, named after its field (and key) rather than a row number, which means nothing here.
    static QString describe(const ValidationIssue& issue, const QList<MetadataEntry>& rows);
};
