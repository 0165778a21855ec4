// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// How the review shows values: long or multi-line values shortened to one line, the full text in a tooltip.
namespace ReviewText {

// One line of at most maxChars characters: line breaks and tabs shown as ⏎ and →, the rest cut with "…".
QString shortened(const QString& value, int maxChars = 60);
// The full value for a tooltip, as plain text that keeps its line breaks (never read as rich text).
QString toolTip(const QString& value);
// For a value that may be absent: the shortened value, or absentText ("removed", "not set").
QString shown(const std::optional<QString>& value, const QString& absentText, int maxChars = 60);

} // namespace ReviewText
