// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataPalette.h"

namespace MetadataPalette {

namespace {

// Hues only: how much of them is used depends on the palette.
const QColor kRed(220, 50, 47);
const QColor kAmber(230, 160, 0);
const QColor kGreen(46, 160, 67);

QColor base(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Base);
}

} // namespace

QColor blend(const QColor& a, const QColor& b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amount),
        static_cast<float>(a.greenF() * keep + b.greenF() * amount),
        static_cast<float>(a.blueF() * keep + b.blueF() * amount));
}

bool isDark(const QPalette& palette)
{
    return base(palette).lightnessF() < 0.5;
}

QColor errorBackground(const QPalette& palette)
{
    return blend(base(palette), kRed, isDark(palette) ? 0.30 : 0.16);
}

QColor warningBackground(const QPalette& palette)
{
    return blend(base(palette), kAmber, isDark(palette) ? 0.25 : 0.18);
}

QColor addedBackground(const QPalette& palette)
{
    return blend(base(palette), kGreen, isDark(palette) ? 0.22 : 0.12);
}

QColor changedBackground(const QPalette& palette)
{
    // The selection colour is the theme's own accent: a changed cell looks related to, but not like, a selection.
    return blend(base(palette), palette.color(QPalette::Active, QPalette::Highlight), isDark(palette) ? 0.25 : 0.12);
}

QColor removedBackground(const QPalette& palette)
{
    return blend(base(palette), palette.color(QPalette::Active, QPalette::Text), 0.08);
}

QColor errorText(const QPalette& palette)
{
    return isDark(palette) ? blend(kRed, Qt::white, 0.45) : blend(kRed, Qt::black, 0.25);
}

QColor warningText(const QPalette& palette)
{
    return isDark(palette) ? blend(kAmber, Qt::white, 0.3) : blend(kAmber, Qt::black, 0.45);
}

QColor removedText(const QPalette& palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

} // namespace MetadataPalette
