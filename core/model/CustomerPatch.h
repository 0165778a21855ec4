// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"

#include <QMetaType>
#include <QString>

#include <optional>

// The body of a PATCH /v1/express/{id}: only the top-level fields that change. Metadata goes out whole
// (the contract reads a provided map as a whole-map replacement) or as null to clear it.
class CustomerPatch
{
    Q_GADGET

public:
    enum class MetadataChange {
        Unchanged, // "metadata" is left out
        Clear, // "metadata": null
        Replace, // "metadata": the full desired map
    };
    Q_ENUM(MetadataChange)

    // nullopt leaves the name as stored.
    std::optional<QString> name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    MetadataChange metadataChange() const { return m_metadataChange; }
    // The map sent with Replace; empty otherwise.
    Metadata metadata() const { return m_metadata; }
    void replaceMetadata(const Metadata& metadata);
    void clearMetadata();

    // Nothing to send (the body would be {}).
    bool isEmpty() const;

    bool operator==(const CustomerPatch&) const = default;

private:
    std::optional<QString> m_name;
    MetadataChange m_metadataChange = MetadataChange::Unchanged;
    Metadata m_metadata;
};
