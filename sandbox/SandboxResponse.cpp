// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxResponse.h"

#include <QJsonDocument>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

SandboxResponse SandboxResponse::json(const QJsonObject& object, int status)
{
    SandboxResponse response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, "application/json"_ba});
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::problem(const ApiProblem& problem)
{
    SandboxResponse response;
    response.status = problem.status;
    response.headers.append({"Content-Type"_ba, "application/json"_ba});
    response.headers.append(problem.headers);
    response.body = problem.toJson();
    return response;
}

} // namespace Sandbox
