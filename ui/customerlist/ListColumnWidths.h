// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace ListColumnWidths {

// The name takes whatever room is left; the other columns of the customer list start as wide as their usual content.
void applyDefaults(QTableView* view);

} // namespace ListColumnWidths
