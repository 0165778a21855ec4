// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Quoting a key, value or name inside a message: the one place that chooses the quotation marks, so that each
// language gets its own (“…” in English, „…“ in German).
namespace Quotation {

// text between the current language's quotation marks, unchanged otherwise.
QString quoted(const QString& text);

// text shortened to at most maxUnits UTF-16 units (see TextElision::elided), then quoted.
QString quotedElided(const QString& text, qsizetype maxUnits);

} // namespace Quotation
