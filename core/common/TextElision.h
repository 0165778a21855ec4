// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Shortening text for display: the one place that cuts a string and marks the cut with "…".
namespace TextElision {

// text itself when it has at most maxUnits UTF-16 units; otherwise its start and "…", at most maxUnits units in all
// (maxUnits ≥ 1). The cut never splits a surrogate pair, so an emoji at the cut is dropped whole, never halved.
QString elided(const QString& text, qsizetype maxUnits);

} // namespace TextElision
