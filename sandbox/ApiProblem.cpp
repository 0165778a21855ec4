// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/ApiProblem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

QByteArray ApiProblem::toJson() const
{
    QJsonObject object {{u"error"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        object.insert(u"field"_s, field);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiProblem ApiProblem::make(int status, const QString& code, const QString& message, const QString& field)
{
    ApiProblem problem;
    problem.status = status;
    problem.code = code;
    problem.message = message;
    problem.field = field;
    return problem;
}

ApiProblem ApiProblem::validation(const QString& field, const QString& message)
{
    return make(422, u"validation_error"_s, message, field);
}

ApiProblem ApiProblem::notFound(const QString& message, const QString& field)
{
    return make(404, u"not_found"_s, message, field);
}

} // namespace Sandbox
