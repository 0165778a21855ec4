// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>

// A dark palette for the Fusion style (express-admin --palette dark), with every role and the disabled group set, as
// a dark desktop theme would: nothing may fall back to a light default. It shows whether every colour of the app comes
// from the palette.
namespace DarkPalette {

QPalette make();

} // namespace DarkPalette
