// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// One message of a .ts file, keyed by "context | source | comment".
struct TsMessage
{
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete"; empty when finished
    QStringList forms;
};

using TsMessages = QMap<QString, TsMessage>;

TsMessages readTs(const QString& path, QString* error)
{
    TsMessages messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                source.clear();
                comment.clear();
                message = TsMessage {};
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                source = xml.readElementText();
            } else if (name == "comment"_L1) {
                comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
            } else if (name == "numerusform"_L1) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.insert(context + u" | "_s + source + u" | "_s + comment, message);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The %1…%99 and %n/%Ln placeholders of a text, sorted.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%(L?n|\\d{1,2})"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(u'L'));
    found.sort();
    return found;
}

QString sourceOf(const QString& key)
{
    return key.section(u" | "_s, 1, 1);
}

} // namespace

// Keeps resources/translations/expressadmin_en.ts complete: every %n string of the code has English singular and
// plural forms, so that no user ever reads "1 customer(s)". See resources/README.md for how to refresh it.
class tst_TranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishFileHoldsOnlyFinishedPluralForms();
    void everyPluralStringOfTheCodeHasEnglishForms();
    void germanFileTranslatesEveryEntry();
    void everyStringOfTheCodeIsInTheGermanFile();

private:
    // lupdate over the sources of the update_translations target into a scratch .ts file.
    static TsMessages runLupdate(QString* error);

    TsMessages m_committed;
    TsMessages m_german;
    // Every string of the code, as lupdate reads it (once, in initTestCase); %n strings are marked numerus.
    bool m_haveLupdate = false;
    TsMessages m_code;
    QString m_codeError;
};

void tst_TranslationFiles::initTestCase()
{
    QString error;
    m_committed = readTs(QStringLiteral(EXPRESSADMIN_EN_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_committed.isEmpty());
    m_german = readTs(QStringLiteral(EXPRESSADMIN_DE_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_german.isEmpty());
    m_haveLupdate = QFileInfo(QStringLiteral(EXPRESSADMIN_LUPDATE_PATH)).isExecutable();
    if (m_haveLupdate)
        m_code = runLupdate(&m_codeError);
}

TsMessages tst_TranslationFiles::runLupdate(QString* error)
{
    const QString sourceList = QStringLiteral(EXPRESSADMIN_TRANSLATED_SOURCES_LIST);
    if (!QFile::exists(sourceList)) {
        *error = u"no source list: "_s + sourceList;
        return {};
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = u"no scratch directory"_s;
        return {};
    }
    const QString scratchTs = scratch.filePath(u"expressadmin_xx.ts"_s);
    QProcess process;
    process.setProgram(QStringLiteral(EXPRESSADMIN_LUPDATE_PATH));
    process.setArguments({u"-silent"_s, u"-locations"_s, u"none"_s, u"-I"_s, QStringLiteral(EXPRESSADMIN_SOURCE_DIR),
        u"@"_s + sourceList, u"-ts"_s, scratchTs});
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(120000)) {
        *error = u"lupdate did not finish"_s;
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAll());
        return {};
    }
    return readTs(scratchTs, error);
}

void tst_TranslationFiles::englishFileHoldsOnlyFinishedPluralForms()
{
    QStringList problems;
    for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it) {
        const QString source = sourceOf(it.key());
        const TsMessage& message = it.value();
        if (!message.numerus)
            problems.append(u"not a plural string (lupdate -pluralonly keeps only those): "_s + it.key());
        else if (!message.type.isEmpty())
            problems.append(message.type + u": "_s + it.key());
        else if (message.forms.size() != 2)
            problems.append(u"%1 forms instead of singular and plural: %2"_s.arg(message.forms.size()).arg(it.key()));
        for (const QString& form : message.forms) {
            if (form.isEmpty())
                problems.append(u"empty form: "_s + it.key());
            else if (placeholders(form) != placeholders(source))
                problems.append(u"\"%1\" does not keep the placeholders of \"%2\""_s.arg(form, source));
            else if (form.contains(u"(s)"_s))
                problems.append(u"\"%1\" still says (s)"_s.arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TranslationFiles::everyPluralStringOfTheCodeHasEnglishForms()
{
    if (!m_haveLupdate)
        QSKIP("lupdate is not installed (scripts/install-deps.sh installs it)");
    QVERIFY2(m_codeError.isEmpty(), qPrintable(m_codeError));
    // The plural strings of the code are what lupdate -pluralonly (update_translations for this file) keeps.
    const auto isPlural = [this](const QString& key) { return m_code.contains(key) && m_code.value(key).numerus; };
    const QStringList keys = m_code.keys();
    QVERIFY2(std::any_of(keys.cbegin(), keys.cend(), isPlural), "lupdate found no plural strings at all");

    QStringList missing;
    for (const QString& key : keys) {
        if (isPlural(key) && !m_committed.contains(key))
            missing.append(key);
    }
    for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it) {
        if (!isPlural(it.key()))
            qWarning("no longer in the code (update_translations drops it): %s", qPrintable(it.key()));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"Plural strings without English forms in resources/translations/expressadmin_en.ts. Run "
                   "`cmake --build <build dir> --target update_translations` and fill in their singular and plural "
                   "(see resources/README.md):\n"_s
            + missing.join(u'\n')));
}

// Every entry of expressadmin_de.ts is translated: finished, not empty, with the placeholders and the mnemonic of its
// source, and two forms (singular, plural) for a %n string.
void tst_TranslationFiles::germanFileTranslatesEveryEntry()
{
    static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
    QStringList problems;
    for (auto it = m_german.cbegin(); it != m_german.cend(); ++it) {
        const QString source = sourceOf(it.key());
        const TsMessage& message = it.value();
        if (!message.type.isEmpty())
            problems.append(message.type + u": "_s + it.key());
        if (message.numerus && message.forms.size() != 2)
            problems.append(u"%1 forms instead of singular and plural: %2"_s.arg(message.forms.size()).arg(it.key()));
        for (const QString& form : message.forms) {
            if (form.isEmpty())
                problems.append(u"empty: "_s + it.key());
            else if (placeholders(form) != placeholders(source))
                problems.append(u"\"%1\" does not keep the placeholders of \"%2\""_s.arg(form, source));
            else if (source.contains(mnemonic) != form.contains(mnemonic))
                problems.append(u"\"%1\" does not keep the mnemonic (&) of \"%2\""_s.arg(form, source));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TranslationFiles::everyStringOfTheCodeIsInTheGermanFile()
{
    if (!m_haveLupdate)
        QSKIP("lupdate is not installed (scripts/install-deps.sh installs it)");
    QVERIFY2(m_codeError.isEmpty(), qPrintable(m_codeError));
    const TsMessages& code = m_code;
    QVERIFY2(code.size() > 100, "lupdate found hardly any strings");

    QStringList missing;
    for (auto it = code.cbegin(); it != code.cend(); ++it) {
        if (!m_german.contains(it.key()))
            missing.append(it.key());
        else if (m_german.value(it.key()).numerus != it.value().numerus)
            missing.append(u"(plural or not changed) "_s + it.key());
    }
    for (auto it = m_german.cbegin(); it != m_german.cend(); ++it) {
        if (!code.contains(it.key()))
            qWarning("no longer in the code (update_translations drops it): %s", qPrintable(it.key()));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"Strings without a German translation in resources/translations/expressadmin_de.ts. Run "
                   "`cmake --build <build dir> --target update_translations` and translate them "
                   "(see resources/README.md):\n"_s
            + missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_translationfiles.moc"
