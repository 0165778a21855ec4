// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/api/ApiErrorFactory.h"
#include "core/common/Quotation.h"
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

// Translations::install(): the English plural forms embedded in every program that links core.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishPluralFormsAreEmbedded();
    void pluralsReadAsEnglish_data();
    void pluralsReadAsEnglish();
    void messagesOfCoreUseThePluralForms();
    void aLanguageWithoutTranslationFallsBackToEnglish_data();
    void aLanguageWithoutTranslationFallsBackToEnglish();
    void installingAgainReplacesTheTranslators();
    void withoutTranslationsTheSourceTextShows();
    void germanIsEmbeddedAndInstalled();
    void germanTranslatesCoreAndUi_data();
    void germanTranslatesCoreAndUi();
    void germanMessagesOfCore();
    void quotationMarksFollowTheLanguage();

private:
    static QCoreApplication& app() { return *QCoreApplication::instance(); }
    static int installedTranslatorCount();
};

int tst_Translations::installedTranslatorCount()
{
    return int(app().findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly).size());
}

void tst_Translations::englishPluralFormsAreEmbedded()
{
    const QString path = Translations::resourceDirectory() + u"/expressadmin_en.qm"_s;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());

    const QStringList installed = Translations::install(app(), QLocale(u"en"_s));
    QVERIFY2(installed.contains(path), qPrintable(installed.join(u", "_s)));
}

void tst_Translations::pluralsReadAsEnglish_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    const QByteArray attempts = "(%n attempt(s))";
    QTest::addRow("1 attempt") << "ApiError"_ba << attempts << 1 << u"(1 attempt)"_s;
    QTest::addRow("2 attempts") << "ApiError"_ba << attempts << 2 << u"(2 attempts)"_s;
    QTest::addRow("0 attempts") << "ApiError"_ba << attempts << 0 << u"(0 attempts)"_s;
    const QByteArray loaded = "%Ln customer(s) loaded, more available";
    QTest::addRow("1 customer loaded") << "CustomerListPanel"_ba << loaded << 1
                                       << u"1 customer loaded, more available"_s;
    QTest::addRow("50 customers loaded") << "CustomerListPanel"_ba << loaded << 50
                                         << u"50 customers loaded, more available"_s;
    QTest::addRow("1 user") << "CustomerUsersEditor"_ba
                            << "%n user(s)"_ba << 1 << u"1 user"_s;
    QTest::addRow("3 users") << "CustomerUsersEditor"_ba
                             << "%n user(s)"_ba << 3 << u"3 users"_s;
    QTest::addRow("1 key kept") << "UpdateOutcome"_ba
                                << "The server kept %n key(s) you removed: %1."_ba << 1
                                << u"The server kept 1 key you removed: %1."_s;
    QTest::addRow("1 character, spelt as a plural in the code")
        << "Validation"_ba
        << "Key is %n characters; the limit is %1."_ba << 1 << u"Key is 1 character; the limit is %1."_s;
    QTest::addRow("1 metadata pair, spelt as a plural in the code")
        << "Validation"_ba
        << "There are %n metadata pairs; the limit is %1."_ba << 1 << u"There is 1 metadata pair; the limit is %1."_s;
    QTest::addRow("2 errors, spelt as a singular in the code") << "MetadataDocument"_ba
                                                               << "%n error"_ba << 2 << u"2 errors"_s;
}

void tst_Translations::pluralsReadAsEnglish()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    Translations::install(app(), QLocale(u"en"_s));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, count), expected);
}

void tst_Translations::messagesOfCoreUseThePluralForms()
{
    Translations::install(app(), QLocale(u"en"_s));
    const ApiErrorFactory errors(u"Production"_s, u"sk_test_key"_s, u"api.example.com"_s);

    const QString oneSecond = errors.timedOut(std::chrono::milliseconds(1000)).message;
    QVERIFY2(oneSecond.contains(u"within 1 second."_s), qPrintable(oneSecond));
    const QString twoSeconds = errors.timedOut(std::chrono::milliseconds(2000)).message;
    QVERIFY2(twoSeconds.contains(u"within 2 seconds."_s), qPrintable(twoSeconds));

    ApiError error = errors.fromHttpStatus(503, {}, {});
    errors.complete(error, 3, false, ApiRequest::Operation::Retrieve);
    QVERIFY2(error.message.contains(u"(3 attempts)"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"(s)"_s), qPrintable(error.message));
}

void tst_Translations::aLanguageWithoutTranslationFallsBackToEnglish_data()
{
    QTest::addColumn<QLocale>("locale");

    QTest::addRow("French") << QLocale(u"fr_FR"_s);
    QTest::addRow("Spanish") << QLocale(u"es_ES"_s);
    QTest::addRow("American English") << QLocale(u"en_US"_s);
    QTest::addRow("C") << QLocale::c();
}

void tst_Translations::aLanguageWithoutTranslationFallsBackToEnglish()
{
    QFETCH(QLocale, locale);

    const QStringList installed = Translations::install(app(), locale);
    QVERIFY2(installed.contains(Translations::resourceDirectory() + u"/expressadmin_en.qm"_s),
        qPrintable(installed.join(u", "_s)));
    QCOMPARE(QCoreApplication::translate("ApiError", "(%n attempt(s))", nullptr, 1), u"(1 attempt)"_s);
}

void tst_Translations::installingAgainReplacesTheTranslators()
{
    const QStringList first = Translations::install(app(), QLocale(u"en"_s));
    const int count = installedTranslatorCount();
    QCOMPARE(count, first.size());
    QVERIFY(count >= 1);

    const QStringList second = Translations::install(app(), QLocale(u"en"_s));
    QCOMPARE(second, first);
    QCOMPARE(installedTranslatorCount(), count);
}

void tst_Translations::withoutTranslationsTheSourceTextShows()
{
    // The reason for the English file: without it Qt shows the source text with its "(s)".
    Translations::install(app(), QLocale(u"en"_s));
    const QList<QTranslator*> translators = app().findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators)
        QCoreApplication::removeTranslator(translator);
    QCOMPARE(QCoreApplication::translate("ApiError", "(%n attempt(s))", nullptr, 1), u"(1 attempt(s))"_s);

    for (QTranslator* translator : translators)
        QCoreApplication::installTranslator(translator);
    QCOMPARE(QCoreApplication::translate("ApiError", "(%n attempt(s))", nullptr, 1), u"(1 attempt)"_s);
}

void tst_Translations::germanIsEmbeddedAndInstalled()
{
    const QString path = Translations::resourceDirectory() + u"/expressadmin_de.qm"_s;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QStringList installed = Translations::install(app(), QLocale(u"de"_s));
    QVERIFY2(installed.contains(path), qPrintable(installed.join(u", "_s)));
    // German is searched before the English plural forms beneath it.
    QVERIFY(installed.indexOf(path) < installed.indexOf(Translations::resourceDirectory() + u"/expressadmin_en.qm"_s));
}

void tst_Translations::germanTranslatesCoreAndUi_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    const QByteArray customers = "%Ln customer(s)";
    QTest::addRow("1 customer") << "CustomerListPanel"_ba << customers << 1 << u"1 Kunde"_s;
    QTest::addRow("2 customers") << "CustomerListPanel"_ba << customers << 2 << u"2 Kunden"_s;
    QTest::addRow("1234 customers, German digit grouping")
        << "CustomerListPanel"_ba << customers << 1234 << u"1.234 Kunden"_s;
    QTest::addRow("1 attempt") << "ApiError"_ba
                               << "(%n attempt(s))"_ba << 1 << u"(1 Versuch)"_s;
    QTest::addRow("3 attempts") << "ApiError"_ba
                                << "(%n attempt(s))"_ba << 3 << u"(3 Versuche)"_s;
    QTest::addRow("1 row, spelt as a singular in the code") << "MetadataCommands"_ba
                                                            << "Remove %n row"_ba << 1 << u"1 Zeile entfernen"_s;
    QTest::addRow("2 rows, spelt as a singular in the code") << "MetadataCommands"_ba
                                                             << "Remove %n row"_ba << 2 << u"2 Zeilen entfernen"_s;
    QTest::addRow("menu with its mnemonic") << "MainMenus"_ba
                                            << "&File"_ba << -1 << u"&Datei"_s;
    QTest::addRow("table header") << "MetadataTableModel"_ba
                                  << "Key"_ba << -1 << u"Schlüssel"_s;
    QTest::addRow("dialog button") << "ReviewChangesDialog"_ba
                                   << "&Send"_ba << -1 << u"Sen&den"_s;
    QTest::addRow("validation") << "Validation"_ba
                                << "Enter a name."_ba << -1 << u"Geben Sie einen Namen ein."_s;
    QTest::addRow("client, once behind a helper lupdate could not see")
        << "ExpressClient"_ba
        << "Nothing was sent."_ba << -1 << u"Es wurde nichts gesendet."_s;
}

void tst_Translations::germanTranslatesCoreAndUi()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    Translations::install(app(), QLocale(u"de"_s));
    // %Ln follows the default locale, as express-admin --lang de sets it.
    QLocale::setDefault(QLocale(u"de_DE"_s));
    const QString translated = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
    QLocale::setDefault(QLocale::c());
    Translations::install(app(), QLocale(u"en"_s));
    QCOMPARE(translated, expected);
}

void tst_Translations::germanMessagesOfCore()
{
    Translations::install(app(), QLocale(u"de"_s));
    const ApiErrorFactory errors(u"Production"_s, u"sk_test_key"_s, u"api.example.com"_s);
    const QString oneSecond = errors.timedOut(std::chrono::milliseconds(1000)).message;
    const QString twoSeconds = errors.timedOut(std::chrono::milliseconds(2000)).message;
    ApiError error = errors.fromHttpStatus(503, {}, {});
    errors.complete(error, 3, false, ApiRequest::Operation::Retrieve);
    Translations::install(app(), QLocale(u"en"_s));

    QVERIFY2(oneSecond.contains(u"innerhalb von 1 Sekunde geantwortet"_s), qPrintable(oneSecond));
    QVERIFY2(twoSeconds.contains(u"innerhalb von 2 Sekunden geantwortet"_s), qPrintable(twoSeconds));
    QVERIFY2(error.message.contains(u"(3 Versuche)"_s), qPrintable(error.message));
    QVERIFY2(error.message.startsWith(u"Der Server"_s), qPrintable(error.message));
}

void tst_Translations::quotationMarksFollowTheLanguage()
{
    Translations::install(app(), QLocale(u"en"_s));
    QCOMPARE(Quotation::quoted(u"costCenter"_s), u"“costCenter”"_s);
    QCOMPARE(Quotation::quotedElided(u"Klinikum Nord"_s, 7), u"“Klinik…”"_s);

    Translations::install(app(), QLocale(u"de"_s));
    const QString german = Quotation::quoted(u"costCenter"_s);
    const QString germanElided = Quotation::quotedElided(u"Klinikum Nord"_s, 7);
    Translations::install(app(), QLocale(u"en"_s));
    QCOMPARE(german, u"„costCenter“"_s);
    QCOMPARE(germanElided, u"„Klinik…“"_s);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
