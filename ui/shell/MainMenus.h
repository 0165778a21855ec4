// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QAction;
class QMainWindow;
class QMenuBar;
class QWidget;
class QToolBar;
struct MainActions;

// Where the main window's actions appear: every action in a menu, with its shortcut; the important ones on the
// toolbar too.
namespace MainMenus {

// metadata: the metadata editor's actions (the Metadata menu); toolBarToggle shows or hides the toolbar (View).
void fill(QMenuBar* menuBar, const MainActions& actions, const QList<QAction*>& metadata, QAction* toolBarToggle);
// The window's toolbar (the important actions), with end at its right end (the profile badge), added to window.
QToolBar* addToolBar(QMainWindow* window, const MainActions& actions, QWidget* end);

} // namespace MainMenus
