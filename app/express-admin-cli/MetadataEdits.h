// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/CustomerDraft.h"
#include "core/model/MetadataEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The edits an update (or create) asks for on the command line, applied to a CustomerDraft in a fixed
// order whatever the order of the options: the metadata file replaces the whole map (or --clear-metadata
// empties it), then --unset removes keys, then --set adds or changes them; --name renames.
class MetadataEdits
{
    Q_DECLARE_TR_FUNCTIONS(MetadataEdits)

public:
    std::optional<QString> name;
    QList<MetadataEntry> sets; // in the order given; keys are unique
    QStringList unsets;
    bool clearMetadata = false;
    QString metadataFile; // empty: none
    // The file's pairs once loaded (loadMetadataFile()), in the file's order.
    std::optional<QList<MetadataEntry>> fileMetadata;

    bool isEmpty() const;

    // "KEY=VALUE" split at the first '='; false when there is none.
    static bool parseSet(const QString& text, MetadataEntry* entry);

    // Reads metadataFile into fileMetadata with MetadataFile::read(), as the app imports it: a .json object of
    // strings or a .csv of key,value records, at most MetadataFile::kMaxFileSize. Returns an empty string on
    // success, else MetadataFile's reason.
    QString loadMetadataFile();

    // Applies the edits; returns the problems that stop it (an --unset key that is not there), or nothing.
    QStringList applyTo(CustomerDraft& draft) const;
};
