// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin: the desktop application (see README.md).

#include "AppController.h"
#include "AppOptions.h"

#include "core/common/EnvironmentIssue.h"
#include "core/common/Logging.h"
#include "core/common/Translations.h"
#include "ui/shell/DarkPalette.h"
#include "ui/shell/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QPalette>
#include <QProcessEnvironment>
#include <QStyleFactory>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();

    // --help and --version need no display, so the arguments are read before QApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Express Admin: look after Avara Express customers."_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, u"Show the version."_s);
    const QCommandLineOption sandboxOption(u"sandbox"_s,
        u"Start a local sandbox with 30 demo customers inside the app (127.0.0.1 only) and connect to it."_s);
    QCommandLineOption quitOption(
        u"quit-after-first-show"_s, u"Print the startup time and peak memory once the window shows, then quit."_s);
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption settingsOption(u"settings"_s, u"Keep the settings in this ini file."_s, u"FILE"_s);
    settingsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption paletteOption(u"palette"_s, u"Fusion style with this palette (dark)."_s, u"NAME"_s);
    paletteOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption langOption(u"lang"_s,
        u"Use this language (e.g. de, en) instead of the system's, for texts, dates and numbers."_s, u"CODE"_s);
    parser.addOptions(
        {helpOption, versionOption, sandboxOption, langOption, quitOption, settingsOption, paletteOption});
    // Qt's own options (-platform, -style, ...) are left to QApplication.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments)) {
        bool qtOption = false;
        for (const QString& name : parser.unknownOptionNames()) {
            qtOption = qtOption
                || QStringList {u"platform"_s, u"style"_s, u"qwindowgeometry"_s, u"reverse"_s, u"stylesheet"_s}
                       .contains(name);
        }
        if (!qtOption) {
            std::fprintf(stderr, "express-admin: %s\nTry 'express-admin --help'.\n", qPrintable(parser.errorText()));
            return 1;
        }
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText().replace(u"<executable_name>"_s, u"express-admin"_s)), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("express-admin %s\n", EXPRESSADMIN_VERSION);
        return 0;
    }
    if (parser.isSet(paletteOption) && parser.value(paletteOption) != "dark"_L1) {
        std::fprintf(
            stderr, "express-admin: unknown palette %s (known: dark)\n", qPrintable(parser.value(paletteOption)));
        return 1;
    }

    QLocale locale; // the system's
    if (parser.isSet(langOption)) {
        locale = QLocale(parser.value(langOption));
        if (locale.language() == QLocale::C) {
            std::fprintf(
                stderr, "express-admin: unknown language %s (e.g. de, en)\n", qPrintable(parser.value(langOption)));
            return 1;
        }
        // Dates and numbers follow the chosen language too.
        QLocale::setDefault(locale);
    }

    QApplication app(argc, argv);
    // The plural forms ("1 user", "4 users") and any translation for the language (the system's, or --lang).
    Translations::install(app, locale);
    QApplication::setOrganizationName(u"Avara"_s);
    QApplication::setApplicationName(u"express-admin"_s);
    QApplication::setApplicationDisplayName(u"Express Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(EXPRESSADMIN_VERSION));
    QApplication::setDesktopFileName(u"com.avarasoftware.expressadmin"_s);
    if (parser.value(paletteOption) == "dark"_L1) {
        // Before any widget exists, so everything is built with it.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(DarkPalette::make());
    }
    QApplication::setWindowIcon(Icons::application());
    // AVARA_LOG, under QT_LOGGING_RULES. An unknown level is a developer's typo: stderr is the place for it.
    if (const std::optional<EnvironmentIssue> issue =
            Logging::applyEnvironment(QProcessEnvironment::systemEnvironment()))
        std::fprintf(stderr, "express-admin: %s\n", qPrintable(issue->message));

    AppOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    options.quitAfterFirstShow = parser.isSet(quitOption);
    options.settingsFile = parser.value(settingsOption);

    AppController controller(options, startup);
    controller.start();
    return QApplication::exec();
}
