// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MainActions.h"

#include "ui/shell/Icons.h"

#include <QAction>
#include <QUndoGroup>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

const char* const kIconProperty = "expressAdminIcon";

QString withoutMnemonic(QString text)
{
    return text.remove(u'&').remove(u"…"_s);
}

// The tooltip names the first shortcut, as the menus do.
void describe(QAction* action, const QString& statusTip)
{
    action->setShortcutContext(Qt::WindowShortcut);
    const QKeySequence shortcut = action->shortcut();
    action->setToolTip(shortcut.isEmpty()
            ? withoutMnemonic(action->text())
            : u"%1 (%2)"_s.arg(withoutMnemonic(action->text()), shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(statusTip);
}

QAction* make(QWidget* window, const QString& objectName, const QString& text, const QString& icon,
    const QList<QKeySequence>& shortcuts, const QString& statusTip)
{
    auto* action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setProperty(kIconProperty, icon);
    describe(action, statusTip);
    window->addAction(action);
    return action;
}

} // namespace

MainActions MainActions::create(QWidget* window, QUndoGroup* undoGroup)
{
    using K = QKeySequence;
    MainActions a;
    a.connect = make(window, u"connectAction"_s, tr("&Connect…"), u"connect"_s, {K(Qt::CTRL | Qt::Key_O)},
        tr("Connect to another profile or manage profiles"));
    a.quit = make(window, u"quitAction"_s, tr("&Quit"), u"quit"_s, {K(Qt::CTRL | Qt::Key_Q)}, tr("Quit Express Admin"));
    a.quit->setMenuRole(QAction::QuitRole);

    // The group's actions say what they undo ("Undo Edit name") and are enabled exactly when the open customer's
    // stack can undo or redo.
    a.undo = undoGroup->createUndoAction(window, tr("&Undo"));
    a.undo->setObjectName(u"undoAction"_s);
    a.undo->setShortcuts({K(Qt::CTRL | Qt::Key_Z)});
    a.undo->setProperty(kIconProperty, u"undo"_s);
    describe(a.undo, tr("Undo the last edit"));
    window->addAction(a.undo);
    a.redo = undoGroup->createRedoAction(window, tr("&Redo"));
    a.redo->setObjectName(u"redoAction"_s);
    a.redo->setShortcuts({K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)});
    a.redo->setProperty(kIconProperty, u"redo"_s);
    describe(a.redo, tr("Redo the last undone edit"));
    window->addAction(a.redo);

    a.revertAll = make(window, u"revertAllAction"_s, tr("Re&vert All Changes"), u"revert"_s,
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, tr("Put the name and metadata back as the server has them"));
    a.copyId = make(window, u"copyIdAction"_s, tr("Copy &Id"), u"copy"_s, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        tr("Copy the customer's id to the clipboard"));

    a.save = make(window, u"saveAction"_s, tr("&Save…"), u"save"_s, {K(Qt::CTRL | Qt::Key_S)},
        tr("Review the changes and send them to the server"));
    a.reviewBeforeSaving = make(window, u"reviewBeforeSavingAction"_s, tr("&Review Before Saving"), {},
        {K(Qt::CTRL | Qt::ALT | Qt::Key_R)}, tr("Show the changes for review before they are sent"));
    a.reviewBeforeSaving->setCheckable(true);
    a.reload = make(window, u"reloadAction"_s, tr("Re&load"), u"refresh"_s, {K(Qt::Key_F5)},
        tr("Read the customer and the list from the server again"));
    a.openById = make(window, u"openByIdAction"_s, tr("&Open by Id…"), u"open"_s, {K(Qt::CTRL | Qt::Key_L)},
        tr("Type a customer id to open it"));
    a.deactivate = make(window, u"deactivateAction"_s, tr("&Deactivate…"), u"deactivate"_s,
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, tr("Deactivate the customer (asks first)"));
    a.reactivate = make(window, u"reactivateAction"_s, tr("Re&activate…"), u"reactivate"_s,
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, tr("Reactivate the customer (asks first)"));
    a.addUser = make(window, u"addUserAction"_s, tr("Add &User"), u"add-user"_s, {K(Qt::CTRL | Qt::Key_U)},
        tr("Add the user whose id is typed in the Users field"));
    a.removeUser = make(window, u"removeUserAction"_s, tr("Re&move User…"), u"remove-user"_s,
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}, tr("Remove the user whose id is typed in the Users field (asks first)"));
    a.bulkChange = make(window, u"bulkChangeAction"_s, tr("&Bulk Change…"), {}, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        tr("Change many customers at once: preview, run, pause, resume, report"));

    a.showList = make(window, u"showListAction"_s, tr("Customer &List"), u"users"_s,
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, tr("Show or hide the customer list"));
    a.showList->setCheckable(true);
    a.showList->setChecked(true);
    a.filter = make(window, u"filterAction"_s, tr("&Filter Customers"), {}, {K(Qt::CTRL | Qt::Key_F)},
        tr("Type to filter the customer list"));
    a.focusList = make(window, u"focusListAction"_s, tr("Go to &List"), {}, {K(Qt::ALT | Qt::Key_1)},
        tr("Move the keyboard focus to the customer list"));
    a.focusDetail = make(window, u"focusDetailAction"_s, tr("Go to &Details"), {}, {K(Qt::ALT | Qt::Key_2)},
        tr("Move the keyboard focus to the customer's name"));
    a.history = make(window, u"historyAction"_s, tr("&History"), {}, {K(Qt::CTRL | Qt::Key_H)},
        tr("Every change made to customers through this connection: filter, export, undo"));
    a.about = make(
        window, u"aboutAction"_s, tr("&About Express Admin"), u"about"_s, {K(Qt::Key_F1)}, tr("Version and licence"));
    a.about->setMenuRole(QAction::AboutRole);
    return a;
}

QList<QAction*> MainActions::all() const
{
    return {connect, quit, undo, redo, revertAll, copyId, save, reviewBeforeSaving, reload, openById, deactivate,
        reactivate, addUser, removeUser, bulkChange, showList, filter, focusList, focusDetail, history, about};
}

void MainActions::updateIcons(const QWidget* window) const
{
    for (QAction* action : all()) {
        const QString icon = action->property(kIconProperty).toString();
        if (!icon.isEmpty())
            action->setIcon(Icons::themed(icon, window->palette()));
    }
}
