// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

// One request of the contract, before it becomes a QNetworkRequest: which operation, method, path below the
// base URL, query and JSON body.
struct ApiRequest
{
    enum class Operation { Create, Retrieve, Update, List, Deactivate, Reactivate, AddUser, RemoveUser };

    Operation operation = Operation::Retrieve;
    QByteArray method = "GET";
    QString path; // "/v1/express/cus_…", ids already validated
    QUrlQuery query;
    std::optional<QByteArray> body; // compact JSON; nullopt: no body, no Content-Type

    bool isCreate() const { return operation == Operation::Create; }
    // GET only reads; anything else may change the server's state.
    bool changesState() const { return method != "GET"; }
};
