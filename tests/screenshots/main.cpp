// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin-screenshots: the desktop app on its embedded sandbox, brought into a scripted state and grabbed to a
// PNG (docs/screenshots, through scripts/screenshot.sh). A tool of the test tree, never installed: the shipped
// express-admin carries no scripting.
#include "ScreenshotScenario.h"

#include "core/common/Translations.h"
#include "core/settings/ProfileStore.h"
#include "ui/connection/ConnectionController.h"
#include "ui/connection/SecretStore.h"
#include "ui/shell/DarkPalette.h"
#include "ui/shell/Icons.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Scripted screenshots of Express Admin on its embedded sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(
        u"scenario"_s, u"One of: %1."_s.arg(ScreenshotScenario::scenarios().join(u", "_s)), u"NAME"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PNG to write."_s, u"FILE"_s);
    const QCommandLineOption paletteOption(u"palette"_s, u"dark: Fusion style with a dark palette."_s, u"NAME"_s);
    const QCommandLineOption langOption(u"lang"_s, u"The language (e.g. de)."_s, u"CODE"_s);
    parser.addOptions({scenarioOption, outOption, paletteOption, langOption});
    parser.process(app);
    if (!parser.isSet(scenarioOption) || !parser.isSet(outOption)) {
        std::fputs("express-admin-screenshots: --scenario and --out are required\n", stderr);
        return 1;
    }
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    QLocale::setDefault(locale);
    Translations::install(app, locale);
    QApplication::setApplicationDisplayName(u"Express Admin"_s);
    if (parser.value(paletteOption) == "dark"_L1) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(DarkPalette::make());
    }
    QApplication::setWindowIcon(Icons::application());

    // Fresh settings and no keychain each time, so every run looks the same.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QNetworkAccessManager nam;
    SecretStore secrets(SecretStore::Backend::Memory);
    ProfileStore profiles(&settings);
    MainWindow window(&settings);
    ConnectionController connections(&window, &profiles, &secrets, &nam, QProcessEnvironment());
    ScreenshotScenario scenario(&window, parser.value(scenarioOption), parser.value(outOption));
    window.show();
    connections.start(true);
    return QApplication::exec();
}
