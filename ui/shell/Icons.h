// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

// The app's monochrome SVG icons (resources/icons), drawn in the palette's text colour so that they read on
// light and dark themes alike.
namespace Icons {

// name without folder or extension: "save", "undo", ...; a null icon when there is no such file.
QIcon themed(const QString& name, const QPalette& palette);
// The coloured application icon.
QIcon application();

} // namespace Icons
