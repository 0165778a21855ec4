// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QRandomGenerator;

namespace Sandbox {

// Random lowercase hex strings: the digits of customer ids, user ids and API keys.
namespace RandomHex {

// byteCount random bytes from random, as 2 * byteCount lowercase hex digits.
QString generate(QRandomGenerator& random, int byteCount);

} // namespace RandomHex

} // namespace Sandbox
