// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

// Help › About: the version and the Qt it runs on, in a box opened with open() that deletes itself.
namespace AboutBox {

void open(QWidget* parent);

} // namespace AboutBox
