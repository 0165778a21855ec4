// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace Sandbox {

// One stored Express customer, with its member set and its place in the creation sequence.
struct CustomerRecord
{
    QString id;
    QString name;
    std::optional<QMap<QString, QString>> metadata; // nullopt: the response omits metadata
    bool active = true;
    QDateTime createdAt; // invalid: null in JSON
    QDateTime updatedAt; // invalid: null in JSON
    QString createdByApiKeyId; // empty: absent
    QString createdByUserId; // empty: absent
    QSet<QString> members;
    qint64 sequence = 0; // immutable creation order, the list's sort key

    // The ExpressCustomer object of the contract.
    QJsonObject toApiJson() const;
    // The persisted form: the API object plus the member list.
    QJsonObject toStorageJson() const;
    // Reads the persisted form; on failure returns nullopt and says why in *error.
    static std::optional<CustomerRecord> fromStorageJson(const QJsonObject& object, QString* error);
};

} // namespace Sandbox
