// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The answer of users add and users remove: {"success": true, "message": "..."}.
struct OperationStatus
{
    bool success = false;
    QString message;

    bool operator==(const OperationStatus&) const = default;
};
