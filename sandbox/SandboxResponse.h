// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Sandbox {

// An answer before it is written to the socket: status, headers (Content-Length is added on write), body.
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxResponse json(const QJsonObject& object, int status = 200);
    static SandboxResponse problem(const ApiProblem& problem);
};

} // namespace Sandbox
