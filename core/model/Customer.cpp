// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Customer.h"

namespace {

std::optional<QDateTime> toUtc(const std::optional<QDateTime>& dateTime)
{
    if (!dateTime) {
        return std::nullopt;
    }
    return dateTime->toUTC();
}

} // namespace

void Customer::setUserCount(qint64 count)
{
    Q_ASSERT(count >= 0);
    m_userCount = qMax<qint64>(count, 0);
}

void Customer::setCreatedAt(const std::optional<QDateTime>& createdAt)
{
    m_createdAt = toUtc(createdAt);
}

void Customer::setUpdatedAt(const std::optional<QDateTime>& updatedAt)
{
    m_updatedAt = toUtc(updatedAt);
}

Customer::FieldState Customer::createdByApiKeyIdState() const
{
    if (m_createdByApiKeyId) {
        return FieldState::Present;
    }
    return m_createdByApiKeyIdNull ? FieldState::Null : FieldState::Absent;
}

void Customer::setCreatedByApiKeyId(const QString& keyId)
{
    m_createdByApiKeyId = keyId;
    m_createdByApiKeyIdNull = false;
}

void Customer::unsetCreatedByApiKeyId(FieldState state)
{
    Q_ASSERT(state != FieldState::Present);
    m_createdByApiKeyId.reset();
    m_createdByApiKeyIdNull = state == FieldState::Null;
}

Customer::FieldState Customer::createdByUserIdState() const
{
    if (m_createdByUserId) {
        return FieldState::Present;
    }
    return m_createdByUserIdNull ? FieldState::Null : FieldState::Absent;
}

void Customer::setCreatedByUserId(const QString& userId)
{
    m_createdByUserId = userId;
    m_createdByUserIdNull = false;
}

void Customer::unsetCreatedByUserId(FieldState state)
{
    Q_ASSERT(state != FieldState::Present);
    m_createdByUserId.reset();
    m_createdByUserIdNull = state == FieldState::Null;
}

void Customer::setMetadata(const Metadata& metadata)
{
    m_metadata = metadata;
    m_metadataState = FieldState::Present;
}

void Customer::unsetMetadata(FieldState state)
{
    Q_ASSERT(state != FieldState::Present);
    m_metadata.clear();
    m_metadataState = state == FieldState::Null ? FieldState::Null : FieldState::Absent;
}
