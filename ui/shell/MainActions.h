// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QUndoGroup;
class QWidget;

// Every action of the main window, created once, in one typed place: text, shortcut, status tip, icon name and
// shortcut scope (the whole window) are decided here. Undo and Redo are the undo group's own actions, so they
// follow the open customer's stack, with its texts. Connecting them to what they do is the window's job.
struct MainActions
{
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    // File
    QAction* connect = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* revertAll = nullptr;
    QAction* copyId = nullptr;
    // Customer
    QAction* save = nullptr;
    QAction* reviewBeforeSaving = nullptr;
    QAction* reload = nullptr;
    QAction* openById = nullptr;
    QAction* deactivate = nullptr;
    QAction* reactivate = nullptr;
    QAction* addUser = nullptr;
    QAction* removeUser = nullptr;
    QAction* bulkChange = nullptr;
    // View
    QAction* showList = nullptr;
    QAction* filter = nullptr;
    QAction* focusList = nullptr;
    QAction* focusDetail = nullptr;
    QAction* history = nullptr;
    // Help
    QAction* about = nullptr;

    // The actions are children of window and added to it, so their shortcuts work wherever focus is in it.
    static MainActions create(QWidget* window, QUndoGroup* undoGroup);

    QList<QAction*> all() const;
    // The app's monochrome icons in the colours of window's palette (again after a palette change).
    void updateIcons(const QWidget* window) const;
};
