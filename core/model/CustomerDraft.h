// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/MetadataEntry.h"

#include <QList>
#include <QString>

// A customer as it is being edited: the name as typed and the metadata as ordered rows, which may hold
// duplicates, empty keys or over-long text until Validation passes.
class CustomerDraft
{
public:
    static CustomerDraft fromCustomer(const Customer& customer);

    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    QList<MetadataEntry> metadata() const { return m_metadata; }
    void setMetadata(const QList<MetadataEntry>& metadata) { m_metadata = metadata; }

    // The rows as a map. When a key appears twice the last row wins (Validation flags the duplicate).
    Metadata metadataMap() const;

    bool operator==(const CustomerDraft&) const = default;

private:
    QString m_name;
    QList<MetadataEntry> m_metadata;
};
