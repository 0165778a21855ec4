// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/common/Translations.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Marks the translators this file installed, so that a second install() replaces them.
constexpr auto kTranslatorName = "expressadmin-translator"_L1;

// Installs `translator` if `loaded`; the newest translator is searched first.
QString installIfLoaded(QCoreApplication& app, std::unique_ptr<QTranslator> translator, bool loaded)
{
    if (!loaded)
        return {};
    translator->setObjectName(kTranslatorName);
    translator->setParent(&app);
    QTranslator* installed = translator.release();
    if (!QCoreApplication::installTranslator(installed)) {
        delete installed;
        return {};
    }
    return installed->filePath();
}

} // namespace

namespace Translations {

QString resourceDirectory()
{
    return u":/i18n"_s;
}

QStringList install(QCoreApplication& app, const QLocale& locale)
{
    const QList<QTranslator*> previous = app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    QStringList installed;
    // English first: a translator installed later is searched before it, so it is the fallback for every language.
    auto english = std::make_unique<QTranslator>();
    const bool englishLoaded = english->load(u"expressadmin_en"_s, resourceDirectory());
    if (!englishLoaded)
        qCWarning(lcUi) << "The English plural forms are missing from" << resourceDirectory();
    const QString englishFile = installIfLoaded(app, std::move(english), englishLoaded);
    if (!englishFile.isEmpty())
        installed.prepend(englishFile);

    auto localized = std::make_unique<QTranslator>();
    const bool localizedLoaded =
        localized->load(locale, u"expressadmin"_s, u"_"_s, resourceDirectory()) && localized->filePath() != englishFile;
    const QString localizedFile = installIfLoaded(app, std::move(localized), localizedLoaded);
    if (!localizedFile.isEmpty())
        installed.prepend(localizedFile);

    // Qt's own strings (standard buttons, shortcuts); absent on a system without Qt's translations, and then
    // Qt shows its English originals.
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString qtFile = installIfLoaded(app, std::move(qt), qtLoaded);
    if (!qtFile.isEmpty())
        installed.prepend(qtFile);
    return installed;
}

} // namespace Translations
