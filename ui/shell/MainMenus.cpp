// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MainMenus.h"

#include "ui/shell/MainActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace {

// nullptr stands for a separator.
void addAll(QWidget* to, const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        if (action) {
            to->addAction(action);
        } else {
            auto* separator = new QAction(to);
            separator->setSeparator(true);
            to->addAction(separator);
        }
    }
}

QMenu* addMenu(QMenuBar* bar, const QString& title, const QString& objectName, const QList<QAction*>& actions)
{
    QMenu* menu = bar->addMenu(title);
    menu->setObjectName(objectName);
    addAll(menu, actions);
    return menu;
}

} // namespace

namespace MainMenus {

void fill(QMenuBar* menuBar, const MainActions& a, const QList<QAction*>& metadata, QAction* toolBarToggle)
{
    addMenu(menuBar, QCoreApplication::translate("MainMenus", "&File"), u"fileMenu"_s, {a.connect, nullptr, a.quit});
    addMenu(menuBar, QCoreApplication::translate("MainMenus", "&Edit"), u"editMenu"_s,
        {a.undo, a.redo, nullptr, a.revertAll, nullptr, a.copyId});
    addMenu(menuBar, QCoreApplication::translate("MainMenus", "&Customer"), u"customerMenu"_s,
        {a.save, a.reviewBeforeSaving, a.reload, a.openById, nullptr, a.deactivate, a.reactivate, nullptr, a.addUser,
            a.removeUser, nullptr, a.bulkChange});
    addMenu(menuBar, QCoreApplication::translate("MainMenus", "&Metadata"), u"metadataMenu"_s, metadata);
    addMenu(menuBar, QCoreApplication::translate("MainMenus", "&View"), u"viewMenu"_s,
        {a.showList, toolBarToggle, nullptr, a.filter, a.focusList, a.focusDetail, nullptr, a.history});
    addMenu(menuBar, QCoreApplication::translate("MainMenus", "&Help"), u"helpMenu"_s, {a.about});
}

QToolBar* addToolBar(QMainWindow* window, const MainActions& a, QWidget* end)
{
    auto* toolBar = new QToolBar(QCoreApplication::translate("MainMenus", "Main Toolbar"), window);
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    QAction* toggle = toolBar->toggleViewAction();
    toggle->setObjectName(u"showToolBarAction"_s);
    toggle->setText(QCoreApplication::translate("MainMenus", "&Toolbar"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addAll(toolBar,
        {a.save, nullptr, a.undo, a.redo, a.revertAll, nullptr, a.reload, a.openById, a.copyId, nullptr, a.deactivate,
            a.reactivate});
    // Only the important ones carry text; the rest are icons with tooltips.
    for (QAction* action : {a.undo, a.redo, a.revertAll, a.reload, a.openById, a.copyId})
        action->setPriority(QAction::LowPriority);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(end);
    window->addToolBar(Qt::TopToolBarArea, toolBar);
    return toolBar;
}

} // namespace MainMenus
