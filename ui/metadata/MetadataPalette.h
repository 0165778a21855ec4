// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

// Colours of the metadata editor, derived from the current palette so that light and dark themes both work:
// fixed hues (red, amber, green) are blended into QPalette::Base, and text colours are picked for contrast
// against Base.
namespace MetadataPalette {

// a blended towards b by amount (0 keeps a, 1 gives b).
QColor blend(const QColor& a, const QColor& b, qreal amount);
bool isDark(const QPalette& palette);

QColor errorBackground(const QPalette& palette);
QColor warningBackground(const QPalette& palette);
QColor addedBackground(const QPalette& palette);
QColor changedBackground(const QPalette& palette);
QColor removedBackground(const QPalette& palette);

// Text on Base (or on the tints above) that reads as an error or a warning.
QColor errorText(const QPalette& palette);
QColor warningText(const QPalette& palette);
QColor removedText(const QPalette& palette);

} // namespace MetadataPalette
