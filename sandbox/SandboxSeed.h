// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/CustomerRecord.h"

#include <QList>

namespace Sandbox {

// Deterministic, realistic demo customers (hospitals and imaging centres): the same seed always
// gives the same ids, names, metadata, members and timestamps (from a fixed epoch, not the clock).
class SandboxSeed
{
public:
    static constexpr quint32 DefaultSeed = 1;
    static constexpr int DefaultCount = 30;

    static QList<CustomerRecord> generate(quint32 seed = DefaultSeed, int count = DefaultCount);
};

} // namespace Sandbox
