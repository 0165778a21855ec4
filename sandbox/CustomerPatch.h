// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace Sandbox {

// The validated content of a create or update body: only the fields that were present.
struct CustomerPatch
{
    std::optional<QString> name;
    bool hasMetadata = false; // metadata was present in the body (possibly null)
    std::optional<QMap<QString, QString>> metadata; // nullopt with hasMetadata: clear (PATCH null)
};

} // namespace Sandbox
