// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Sandbox {

// Looking up a header in a received header list (SandboxRequest, RequestRecord).
namespace HttpHeaders {

// The value of the first header called name, case-insensitively; empty when absent.
QByteArray value(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name);

} // namespace HttpHeaders

} // namespace Sandbox
