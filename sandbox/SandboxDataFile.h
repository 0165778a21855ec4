// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/CustomerRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

// The sandbox's JSON data file {"format": "express-sandbox-data", "version": 1, "customers": [...]}: read
// for --load, --import and --data, written for --export. Read as strictly as requests.
namespace SandboxDataFile {

// The customers in creation order; nullopt with "PATH: reason" in *errorMessage when any part is invalid.
std::optional<QList<CustomerRecord>> read(const QString& path, QString* errorMessage);
// Writes atomically (QSaveFile); false with "PATH: reason" in *errorMessage.
bool write(const QString& path, const QList<CustomerRecord>& customers, QString* errorMessage);

} // namespace SandboxDataFile

} // namespace Sandbox
