// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

// An error answer of the sandbox: status plus the JSON body {"error", "message", "field"?}.
struct ApiProblem
{
    int status = 400;
    QString code;
    QString message;
    QString field; // empty when no single field is at fault
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray toJson() const;

    static ApiProblem make(int status, const QString& code, const QString& message, const QString& field = {});
    static ApiProblem validation(const QString& field, const QString& message);
    static ApiProblem notFound(const QString& message, const QString& field = {});
};

} // namespace Sandbox
