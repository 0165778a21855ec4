// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Metadata of a customer: string keys to string values, sorted by key.
using Metadata = QMap<QString, QString>;

// An Express customer as the server returned it (the contract's ExpressCustomer), as a plain value.
// Remembers whether optional fields were absent or null, and keeps unknown fields, so it writes back what it read.
class Customer
{
    Q_GADGET

public:
    // How an optional field appeared in JSON. The app treats Absent and Null alike; only the JSON writer tells them
    // apart.
    enum class FieldState { Absent, Null, Present };
    Q_ENUM(FieldState)

    QString id() const { return m_id; }
    void setId(const QString& id) { m_id = id; }

    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    bool isActive() const { return m_active; }
    void setActive(bool active) { m_active = active; }

    // Never negative.
    qint64 userCount() const { return m_userCount; }
    void setUserCount(qint64 count);

    // Required by the contract but may be null (nullopt). Stored in UTC whatever the time spec passed in.
    std::optional<QDateTime> createdAt() const { return m_createdAt; }
    void setCreatedAt(const std::optional<QDateTime>& createdAt);
    std::optional<QDateTime> updatedAt() const { return m_updatedAt; }
    void setUpdatedAt(const std::optional<QDateTime>& updatedAt);

    // nullopt when the field was absent or null.
    std::optional<QString> createdByApiKeyId() const { return m_createdByApiKeyId; }
    FieldState createdByApiKeyIdState() const;
    void setCreatedByApiKeyId(const QString& keyId);
    // state is Absent or Null.
    void unsetCreatedByApiKeyId(FieldState state = FieldState::Absent);

    std::optional<QString> createdByUserId() const { return m_createdByUserId; }
    FieldState createdByUserIdState() const;
    void setCreatedByUserId(const QString& userId);
    void unsetCreatedByUserId(FieldState state = FieldState::Absent);

    // Empty when metadata was absent, null or {}.
    Metadata metadata() const { return m_metadata; }
    FieldState metadataState() const { return m_metadataState; }
    // Marks metadata Present, even when the map is empty ({} in JSON).
    void setMetadata(const Metadata& metadata);
    void unsetMetadata(FieldState state = FieldState::Absent);

    // Top-level fields this version does not know, written back unchanged (CustomerJson leaves the known ones out).
    QJsonObject extraFields() const { return m_extraFields; }
    void setExtraFields(const QJsonObject& extraFields) { m_extraFields = extraFields; }

    // Exact equality: also compares absent-versus-null and the extra fields.
    bool operator==(const Customer& other) const = default;

private:
    QString m_id;
    QString m_name;
    bool m_active = false;
    qint64 m_userCount = 0;
    std::optional<QDateTime> m_createdAt;
    std::optional<QDateTime> m_updatedAt;
    std::optional<QString> m_createdByApiKeyId;
    bool m_createdByApiKeyIdNull = false;
    std::optional<QString> m_createdByUserId;
    bool m_createdByUserIdNull = false;
    Metadata m_metadata;
    FieldState m_metadataState = FieldState::Absent;
    QJsonObject m_extraFields;
};
