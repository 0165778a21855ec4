// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/model/CustomerDraft.h"
#include "core/model/MetadataEntry.h"
#include "core/model/Validation.h"
#include "core/model/ValidationIssue.h"

#include <QMetaEnum>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// "Error MetadataKey 3": severity, field and row of an issue, so rows can list the expected issues compactly.
QString signature(const ValidationIssue& issue)
{
    return u"%1 %2 %3"_s.arg(QString::fromLatin1(QMetaEnum::fromType<ValidationIssue::Severity>().valueToKey(
                                 static_cast<int>(issue.severity))),
        QString::fromLatin1(QMetaEnum::fromType<ValidationIssue::Field>().valueToKey(static_cast<int>(issue.field))),
        QString::number(issue.row));
}

QStringList signatures(const QList<ValidationIssue>& issues)
{
    QStringList list;
    for (const ValidationIssue& issue : issues) {
        list.append(signature(issue));
    }
    return list;
}

QList<MetadataEntry> pairs(int count)
{
    QList<MetadataEntry> entries;
    for (int i = 0; i < count; ++i) {
        entries.append({u"key%1"_s.arg(i), u"value"_s});
    }
    return entries;
}

QString repeated(const QString& unit, int times)
{
    return unit.repeated(times);
}

const QString kEmoji = u"😀"_s; // U+1F600: one code point, two UTF-16 units
const QString kCombiningE = u"e\u0301"_s; // "é" as e + COMBINING ACUTE ACCENT: two code points
const QString kArabicLetter = u"م"_s;
const QString kHebrewLetter = u"ש"_s;

} // namespace

// The rules the editor enforces before a customer can be saved.
class tst_Validation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void characterCount_data();
    void characterCount();
    void checkName_data();
    void checkName();
    void checkMetadata_data();
    void checkMetadata();
    void messagesSayLimitAndCount_data();
    void messagesSayLimitAndCount();
    void checkDraftReportsNameAndMetadataIssues();
    void warningsDoNotCountAsErrors();
    void limitsMatchTheContract();
    void ids_data();
    void ids();
};

void tst_Validation::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::addRow("empty") << QString() << 0;
    QTest::addRow("ASCII letters count 1 each") << u"region"_s << 6;
    QTest::addRow("an emoji counts 2 (UTF-16 surrogate pair)") << kEmoji << 2;
    QTest::addRow("a flag (two regional indicators) counts 4") << u"🇩🇪"_s << 4;
    QTest::addRow("e + combining acute counts 2") << kCombiningE << 2;
    QTest::addRow("precomposed é counts 1") << u"é"_s << 1;
    QTest::addRow("Arabic letters count 1 each") << u"مرحبا"_s << 5;
    QTest::addRow("Hebrew letters count 1 each") << u"שלום"_s << 4;
    QTest::addRow("CJK ideographs count 1 each") << u"漢字"_s << 2;
    QTest::addRow("a newline counts 1") << u"a\nb"_s << 3;
    QTest::addRow("a tab counts 1") << u"a\tb"_s << 3;
}

void tst_Validation::characterCount()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(Validation::characterCount(text), expected);
}

void tst_Validation::checkName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    const QStringList emptyName {u"Error Name -1"_s};
    QTest::addRow("an ordinary name is fine") << u"City Medical Center"_s << none;
    QTest::addRow("one character is enough") << u"X"_s << none;
    QTest::addRow("surrounding spaces are fine (the name is sent trimmed)") << u"  Lakeside  "_s << none;
    QTest::addRow("an RTL name is fine") << u"مركز المدينة الطبي"_s << none;
    QTest::addRow("an emoji name is fine") << kEmoji << none;
    QTest::addRow("an empty name is an error") << QString() << emptyName;
    QTest::addRow("spaces only is an error") << u"   "_s << emptyName;
    QTest::addRow("tabs and newlines only is an error") << u"\t\n "_s << emptyName;
}

void tst_Validation::checkName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(signatures(Validation::checkName(name)), expected);
}

void tst_Validation::checkMetadata_data()
{
    QTest::addColumn<QList<MetadataEntry>>("entries");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    const QString a99 = QString(99, u'a');
    const QString a98 = QString(98, u'a');

    QTest::addRow("no rows") << QList<MetadataEntry>() << none;
    QTest::addRow("the contract example")
        << QList<MetadataEntry> {{u"department"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}} << none;

    QTest::addRow("50 pairs is the limit") << pairs(50) << none;
    QTest::addRow("51 pairs is one too many") << pairs(51) << QStringList {u"Error MetadataCount -1"_s};

    QTest::addRow("a key of 100 characters is the limit")
        << QList<MetadataEntry> {{QString(100, u'k'), u"v"_s}} << none;
    QTest::addRow("a key of 101 characters is too long")
        << QList<MetadataEntry> {{QString(101, u'k'), u"v"_s}} << QStringList {u"Error MetadataKey 0"_s};
    QTest::addRow("a value of 1000 characters is the limit")
        << QList<MetadataEntry> {{u"k"_s, QString(1000, u'v')}} << none;
    QTest::addRow("a value of 1001 characters is too long")
        << QList<MetadataEntry> {{u"k"_s, QString(1001, u'v')}} << QStringList {u"Error MetadataValue 0"_s};
    QTest::addRow("an empty value is allowed") << QList<MetadataEntry> {{u"k"_s, QString()}} << none;

    QTest::addRow("98 letters + an emoji make a key of 100") << QList<MetadataEntry> {{a98 + kEmoji, u"v"_s}} << none;
    QTest::addRow("99 letters + an emoji make a key of 101")
        << QList<MetadataEntry> {{a99 + kEmoji, u"v"_s}} << QStringList {u"Error MetadataKey 0"_s};
    QTest::addRow("998 letters + an emoji make a value of 1000")
        << QList<MetadataEntry> {{u"k"_s, QString(998, u'a') + kEmoji}} << none;
    QTest::addRow("999 letters + an emoji make a value of 1001")
        << QList<MetadataEntry> {{u"k"_s, QString(999, u'a') + kEmoji}} << QStringList {u"Error MetadataValue 0"_s};
    QTest::addRow("50 e+combining accents make a key of 100")
        << QList<MetadataEntry> {{repeated(kCombiningE, 50), u"v"_s}} << none;
    QTest::addRow("50 e+combining accents and one letter make a key of 101")
        << QList<MetadataEntry> {{repeated(kCombiningE, 50) + u'x', u"v"_s}} << QStringList {u"Error MetadataKey 0"_s};
    QTest::addRow("an Arabic key of 100 letters is the limit")
        << QList<MetadataEntry> {{repeated(kArabicLetter, 100), u"v"_s}} << none;
    QTest::addRow("a Hebrew value of 1001 letters is too long")
        << QList<MetadataEntry> {{u"k"_s, repeated(kHebrewLetter, 1001)}} << QStringList {u"Error MetadataValue 0"_s};
    QTest::addRow("a newline and a tab in a value are allowed and count 1 each")
        << QList<MetadataEntry> {{u"address"_s, QString(998, u'a') + u"\n\t"_s}} << none;
    QTest::addRow("a newline that takes a value past 1000 is counted") << QList<MetadataEntry> {
        {u"address"_s, QString(1000, u'a') + u'\n'}} << QStringList {u"Error MetadataValue 0"_s};

    QTest::addRow("an empty key is an error")
        << QList<MetadataEntry> {{QString(), u"v"_s}} << QStringList {u"Error MetadataKey 0"_s};
    QTest::addRow("a key of spaces only is an error")
        << QList<MetadataEntry> {{u"   "_s, u"v"_s}} << QStringList {u"Error MetadataKey 0"_s};
    QTest::addRow("two empty keys are two errors, not a duplicate") << QList<MetadataEntry> {
        {QString(), u"a"_s}, {QString(), u"b"_s}} << QStringList {u"Error MetadataKey 0"_s, u"Error MetadataKey 1"_s};

    QTest::addRow("a duplicate key is an error on the second row only") << QList<MetadataEntry> {
        {u"region"_s, u"north"_s}, {u"region"_s, u"south"_s}} << QStringList {u"Error MetadataKey 1"_s};
    QTest::addRow("a key used three times is an error on every row after the first") << QList<MetadataEntry> {
        {u"region"_s, u"1"_s}, {u"other"_s, u"x"_s}, {u"region"_s, u"2"_s},
        {u"region"_s, u"3"_s}} << QStringList {u"Error MetadataKey 2"_s, u"Error MetadataKey 3"_s};
    QTest::addRow("a duplicate with the same value is still an error") << QList<MetadataEntry> {
        {u"region"_s, u"north"_s}, {u"region"_s, u"north"_s}} << QStringList {u"Error MetadataKey 1"_s};

    QTest::addRow("keys differing only by case warn on the later row") << QList<MetadataEntry> {
        {u"region"_s, u"1"_s}, {u"Region"_s, u"2"_s}} << QStringList {u"Warning MetadataKey 1"_s};
    QTest::addRow("keys differing only by surrounding spaces warn twice on the later row")
        << QList<MetadataEntry> {{u"region"_s, u"1"_s}, {u"region "_s, u"2"_s}}
        << QStringList {u"Warning MetadataKey 1"_s, u"Warning MetadataKey 1"_s};
    QTest::addRow("an exact duplicate after a case variant is an error, not a warning")
        << QList<MetadataEntry> {{u"region"_s, u"1"_s}, {u"Region"_s, u"2"_s}, {u"Region"_s, u"3"_s}}
        << QStringList {u"Warning MetadataKey 1"_s, u"Error MetadataKey 2"_s};
    QTest::addRow("a leading space in a key warns")
        << QList<MetadataEntry> {{u" region"_s, u"v"_s}} << QStringList {u"Warning MetadataKey 0"_s};
    QTest::addRow("a tab inside a key warns")
        << QList<MetadataEntry> {{u"a\tb"_s, u"v"_s}} << QStringList {u"Warning MetadataKey 0"_s};
    QTest::addRow("a trailing newline in a key warns as control character and as whitespace") << QList<MetadataEntry> {
        {u"region\n"_s, u"v"_s}} << QStringList {u"Warning MetadataKey 0"_s, u"Warning MetadataKey 0"_s};
    QTest::addRow("spaces inside a key are fine") << QList<MetadataEntry> {{u"cost centre"_s, u"v"_s}} << none;
    QTest::addRow("an RTL key and value are fine") << QList<MetadataEntry> {{u"منطقة"_s, u"שלום עולם"_s}} << none;

    QList<MetadataEntry> everything = pairs(50);
    everything.append({QString(), QString(1001, u'v')});
    everything.append({QString(101, u'k'), u"v"_s});
    everything.append({u"key3"_s, u"again"_s});
    QTest::addRow("every issue is reported, not only the first")
        << everything
        << QStringList {u"Error MetadataCount -1"_s, u"Error MetadataKey 50"_s, u"Error MetadataValue 50"_s,
               u"Error MetadataKey 51"_s, u"Error MetadataKey 52"_s};
}

void tst_Validation::checkMetadata()
{
    QFETCH(QList<MetadataEntry>, entries);
    QFETCH(QStringList, expected);

    const QList<ValidationIssue> issues = Validation::checkMetadata(entries);
    QCOMPARE(signatures(issues), expected);
    for (const ValidationIssue& issue : issues) {
        QVERIFY2(!issue.message.isEmpty(), qPrintable(signature(issue)));
    }
}

void tst_Validation::messagesSayLimitAndCount_data()
{
    QTest::addColumn<QList<MetadataEntry>>("entries");
    QTest::addColumn<QString>("message");

    QTest::addRow("key too long") << QList<MetadataEntry> {{QString(104, u'k'), u"v"_s}}
                                  << u"Key is 104 characters; the limit is 100."_s;
    QTest::addRow("key too long by an emoji")
        << QList<MetadataEntry> {{QString(99, u'k') + kEmoji, u"v"_s}} << u"Key is 101 characters; the limit is 100."_s;
    QTest::addRow("value too long") << QList<MetadataEntry> {{u"k"_s, QString(1001, u'v')}}
                                    << u"Value is 1001 characters; the limit is 1000."_s;
    QTest::addRow("too many pairs") << pairs(51) << u"There are 51 metadata pairs; the limit is 50."_s;
    QTest::addRow("empty key") << QList<MetadataEntry> {{QString(), u"v"_s}} << u"Enter a key or remove the row."_s;
    QTest::addRow("duplicate names the first row (counted from 1)") << QList<MetadataEntry> {{u"a"_s, u"1"_s},
        {u"region"_s, u"2"_s}, {u"region"_s, u"3"_s}} << u"The key “region” is already used in row 2."_s;
    QTest::addRow("case variant names the other key and its row") << QList<MetadataEntry> {{u"region"_s, u"1"_s},
        {u"Region"_s, u"2"_s}} << u"The key “Region” differs from “region” in row 1 only by case or spaces."_s;
    QTest::addRow("a long duplicate key is shortened in the message")
        << QList<MetadataEntry> {{QString(60, u'k'), u"1"_s}, {QString(60, u'k'), u"2"_s}}
        << u"The key “%1…” is already used in row 1."_s.arg(QString(39, u'k'));
}

void tst_Validation::messagesSayLimitAndCount()
{
    QFETCH(QList<MetadataEntry>, entries);
    QFETCH(QString, message);

    const QList<ValidationIssue> issues = Validation::checkMetadata(entries);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, message);
}

void tst_Validation::checkDraftReportsNameAndMetadataIssues()
{
    CustomerDraft draft;
    draft.setName(u"  "_s);
    draft.setMetadata({{u"region"_s, u"north"_s}, {QString(), u"orphan value"_s}});

    const QList<ValidationIssue> issues = Validation::checkDraft(draft);
    QCOMPARE(signatures(issues), (QStringList {u"Error Name -1"_s, u"Error MetadataKey 1"_s}));
    QCOMPARE(issues.first().message, u"Enter a name."_s);
    QVERIFY(Validation::hasErrors(issues));

    draft.setName(u"Lakeside"_s);
    draft.setMetadata({{u"region"_s, u"north"_s}});
    QVERIFY(Validation::checkDraft(draft).isEmpty());
}

void tst_Validation::warningsDoNotCountAsErrors()
{
    const QList<ValidationIssue> issues = Validation::checkMetadata({{u"region"_s, u"1"_s}, {u" Region"_s, u"2"_s}});
    QVERIFY(!issues.isEmpty());
    QVERIFY(!Validation::hasErrors(issues));
}

void tst_Validation::limitsMatchTheContract()
{
    QCOMPARE(Validation::kMaxMetadataPairs, 50);
    QCOMPARE(Validation::kMaxKeyLength, 100);
    QCOMPARE(Validation::kMaxValueLength, 1000);
}

void tst_Validation::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("customerId");
    QTest::addColumn<bool>("userId");

    const QString hex32 = u"1234567890abcdef1234567890abcdef"_s;
    QTest::addRow("cus_ + 32 lowercase hex is a customer id") << u"cus_"_s + hex32 << true << false;
    QTest::addRow("usr_ + 32 lowercase hex is a user id") << u"usr_"_s + hex32 << false << true;
    QTest::addRow("the contract's second customer id") << u"cus_fedcba0987654321fedcba0987654321"_s << true << false;
    QTest::addRow("uppercase hex is refused") << u"cus_1234567890ABCDEF1234567890ABCDEF"_s << false << false;
    QTest::addRow("one uppercase hex digit is refused") << u"cus_1234567890abcdeF1234567890abcdef"_s << false << false;
    QTest::addRow("an uppercase prefix is refused") << u"CUS_"_s + hex32 << false << false;
    QTest::addRow("a different prefix is refused") << u"cst_"_s + hex32 << false << false;
    QTest::addRow("a missing underscore is refused") << u"cus"_s + hex32 << false << false;
    QTest::addRow("31 hex digits are too few") << u"cus_"_s + hex32.left(31) << false << false;
    QTest::addRow("33 hex digits are too many") << u"cus_"_s + hex32 + u'0' << false << false;
    QTest::addRow("a letter beyond f is refused") << u"cus_1234567890abcdeg1234567890abcdef"_s << false << false;
    QTest::addRow("a trailing newline is refused") << u"cus_"_s + hex32 + u'\n' << false << false;
    QTest::addRow("a trailing space is refused") << u"cus_"_s + hex32 + u' ' << false << false;
    QTest::addRow("a leading space is refused") << u" usr_"_s + hex32 << false << false;
    QTest::addRow("fullwidth digits are refused") << u"cus_１２34567890abcdef1234567890abcdef"_s << false << false;
    QTest::addRow("the prefix alone is refused") << u"cus_"_s << false << false;
    QTest::addRow("empty is refused") << QString() << false << false;
}

void tst_Validation::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, customerId);
    QFETCH(bool, userId);

    QCOMPARE(Validation::isValidCustomerId(id), customerId);
    QCOMPARE(Validation::isValidUserId(id), userId);
    QCOMPARE(signatures(Validation::checkCustomerId(id)), customerId ? QStringList() : QStringList {u"Error Id -1"_s});
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
