// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/CustomerJson.h"
#include "core/io/CustomerJsonError.h"
#include "core/model/Customer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString contractDir()
{
    return QStringLiteral(EXPRESSADMIN_TEST_DATA_DIR) + u"/contract"_s;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Cannot open test data file %s", qPrintable(path));
    }
    return file.readAll();
}

QJsonObject contractObject(const QString& name)
{
    return QJsonDocument::fromJson(readFile(contractDir() + u'/' + name)).object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The vendor's example customer with one field replaced.
QByteArray withField(const QString& field, const QJsonValue& value)
{
    QJsonObject object = contractObject(u"cityMedicalCenter.json"_s);
    object.insert(field, value);
    return compact(object);
}

QByteArray withoutField(const QString& field)
{
    QJsonObject object = contractObject(u"cityMedicalCenter.json"_s);
    object.remove(field);
    return compact(object);
}

QByteArray withMetadataValue(const QJsonValue& value)
{
    return withField(u"metadata"_s, QJsonObject {{u"department"_s, u"radiology"_s}, {u"region"_s, value}});
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

// Reading and writing the contract's ExpressCustomer object.
class tst_CustomerJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExamplesRoundTripByteForByte_data();
    void contractExamplesRoundTripByteForByte();
    void contractExampleFieldsAreRead();
    void listLastPageItemHasNullAndAbsentFields();
    void absentAndNullAreReadAlikeButWrittenBack_data();
    void absentAndNullAreReadAlikeButWrittenBack();
    void unknownFieldsAreKeptAndWrittenBack();
    void timestamps_data();
    void timestamps();
    void serverDecidedShapesAreAccepted_data();
    void serverDecidedShapesAreAccepted();
    void malformedInputIsRefused_data();
    void malformedInputIsRefused();
    void jsonValueThatIsNotAnObjectIsRefused();
    void customersWrittenInAnyTimeSpecComeOutInUtc();
    void equalityTellsAbsentFromNull();
    void metadataIsWrittenAsAnObjectOfStrings();
};

void tst_CustomerJson::contractExamplesRoundTripByteForByte_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files = QDir(contractDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    // Five distinct example customers in the contract; a missing copy must not pass silently.
    QVERIFY2(files.size() >= 5, qPrintable(contractDir()));
    for (const QString& file : files) {
        QTest::addRow("%s round-trips", qPrintable(file)) << file;
    }
}

void tst_CustomerJson::contractExamplesRoundTripByteForByte()
{
    QFETCH(QString, fileName);
    const QJsonObject original = contractObject(fileName);
    QVERIFY(!original.isEmpty());

    const auto parsed = CustomerJson::fromJson(readFile(contractDir() + u'/' + fileName));
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
    QVERIFY(parsed.value().extraFields().isEmpty());

    QCOMPARE(compact(CustomerJson::toJson(parsed.value())), compact(original));
}

void tst_CustomerJson::contractExampleFieldsAreRead()
{
    const auto parsed = CustomerJson::fromJson(QJsonValue(contractObject(u"cityMedicalCenter.json"_s)));
    QVERIFY(parsed.isOk());
    const Customer& customer = parsed.value();

    QCOMPARE(customer.id(), u"cus_1234567890abcdef1234567890abcdef"_s);
    QCOMPARE(customer.name(), u"City Medical Center - Radiology Department"_s);
    QCOMPARE(customer.isActive(), true);
    QCOMPARE(customer.userCount(), 15);
    QCOMPARE(customer.createdAt(), std::optional(utc(2024, 1, 15, 9, 0, 0)));
    QCOMPARE(customer.updatedAt(), std::optional(utc(2024, 3, 15, 14, 20, 0)));
    QCOMPARE(customer.createdAt()->timeSpec(), Qt::UTC);
    QCOMPARE(customer.createdByApiKeyId(), std::optional(u"550e8400-e29b-41d4-a716-446655440000"_s));
    QCOMPARE(customer.createdByUserId(), std::optional(u"usr_1234567890abcdef1234567890abcdef"_s));
    QCOMPARE(customer.metadata(), (Metadata {{u"department"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}}));
    QCOMPARE(customer.metadataState(), Customer::FieldState::Present);
}

void tst_CustomerJson::listLastPageItemHasNullAndAbsentFields()
{
    const auto parsed = CustomerJson::fromJson(QJsonValue(contractObject(u"listLastPageItem.json"_s)));
    QVERIFY(parsed.isOk());
    const Customer& customer = parsed.value();

    QCOMPARE(customer.isActive(), false);
    QCOMPARE(customer.userCount(), 0);
    QCOMPARE(customer.updatedAt(), std::nullopt);
    QCOMPARE(customer.createdByApiKeyId(), std::nullopt);
    QCOMPARE(customer.createdByApiKeyIdState(), Customer::FieldState::Absent);
    QVERIFY(customer.metadata().isEmpty());
    QCOMPARE(customer.metadataState(), Customer::FieldState::Absent);
}

void tst_CustomerJson::absentAndNullAreReadAlikeButWrittenBack_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined = leave the field out
    QTest::addColumn<Customer::FieldState>("expectedState");

    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    for (const QString& field : {u"createdByApiKeyId"_s, u"createdByUserId"_s, u"metadata"_s}) {
        QTest::addRow("%s absent reads as unset and stays absent", qPrintable(field))
            << field << absent << Customer::FieldState::Absent;
        QTest::addRow("%s null reads as unset and stays null", qPrintable(field))
            << field << null << Customer::FieldState::Null;
    }
    QTest::addRow("metadata {} reads as empty and stays {}")
        << u"metadata"_s << QJsonValue(QJsonObject()) << Customer::FieldState::Present;
}

void tst_CustomerJson::absentAndNullAreReadAlikeButWrittenBack()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(Customer::FieldState, expectedState);

    QJsonObject input = contractObject(u"cityMedicalCenter.json"_s);
    if (value.isUndefined()) {
        input.remove(field);
    } else {
        input.insert(field, value);
    }

    const auto parsed = CustomerJson::fromJson(QJsonValue(input));
    QVERIFY(parsed.isOk());
    const Customer& customer = parsed.value();
    if (field == u"createdByApiKeyId") {
        QCOMPARE(customer.createdByApiKeyId(), std::nullopt);
        QCOMPARE(customer.createdByApiKeyIdState(), expectedState);
    } else if (field == u"createdByUserId") {
        QCOMPARE(customer.createdByUserId(), std::nullopt);
        QCOMPARE(customer.createdByUserIdState(), expectedState);
    } else {
        QVERIFY(customer.metadata().isEmpty());
        QCOMPARE(customer.metadataState(), expectedState);
    }

    const QJsonObject written = CustomerJson::toJson(customer);
    QCOMPARE(written.contains(field), !value.isUndefined());
    QCOMPARE(compact(written), compact(input));
}

void tst_CustomerJson::unknownFieldsAreKeptAndWrittenBack()
{
    QJsonObject input = contractObject(u"cityMedicalCenter.json"_s);
    input.insert(u"billingPlan"_s, u"enterprise"_s);
    input.insert(u"tags"_s, QJsonArray {1, u"two"_s, true});
    input.insert(u"owner"_s, QJsonObject {{u"team"_s, u"radiology"_s}, {u"since"_s, QJsonValue::Null}});

    const auto parsed = CustomerJson::fromJson(QJsonValue(input));
    QVERIFY(parsed.isOk());
    const QJsonObject extras = parsed.value().extraFields();
    QCOMPARE(extras.keys(), (QStringList {u"billingPlan"_s, u"owner"_s, u"tags"_s}));
    QCOMPARE(extras.value(u"tags"_s), QJsonValue(QJsonArray {1, u"two"_s, true}));

    QCOMPARE(compact(CustomerJson::toJson(parsed.value())), compact(input));
}

void tst_CustomerJson::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("written");

    QTest::addRow("UTC without fraction")
        << u"2024-01-15T09:00:00Z"_s << utc(2024, 1, 15, 9, 0, 0) << u"2024-01-15T09:00:00Z"_s;
    QTest::addRow("milliseconds are kept")
        << u"2024-01-15T09:00:00.123Z"_s << utc(2024, 1, 15, 9, 0, 0, 123) << u"2024-01-15T09:00:00.123Z"_s;
    QTest::addRow("one fractional digit is tenths")
        << u"2024-01-15T09:00:00.1Z"_s << utc(2024, 1, 15, 9, 0, 0, 100) << u"2024-01-15T09:00:00.100Z"_s;
    QTest::addRow("microseconds are truncated to milliseconds")
        << u"2024-01-15T09:00:00.123456Z"_s << utc(2024, 1, 15, 9, 0, 0, 123) << u"2024-01-15T09:00:00.123Z"_s;
    QTest::addRow("nine fractional digits are truncated to milliseconds")
        << u"2024-01-15T09:00:00.999999999Z"_s << utc(2024, 1, 15, 9, 0, 0, 999) << u"2024-01-15T09:00:00.999Z"_s;
    QTest::addRow("a zero fraction is written without milliseconds")
        << u"2024-01-15T09:00:00.000Z"_s << utc(2024, 1, 15, 9, 0, 0) << u"2024-01-15T09:00:00Z"_s;
    QTest::addRow("a positive offset is converted to UTC")
        << u"2024-01-15T09:00:00+02:00"_s << utc(2024, 1, 15, 7, 0, 0) << u"2024-01-15T07:00:00Z"_s;
    QTest::addRow("a negative offset can move to the next day")
        << u"2024-01-15T23:30:00-01:00"_s << utc(2024, 1, 16, 0, 30, 0) << u"2024-01-16T00:30:00Z"_s;
    QTest::addRow("fraction and half-hour offset together")
        << u"2024-01-15T09:00:00.5+05:30"_s << utc(2024, 1, 15, 3, 30, 0, 500) << u"2024-01-15T03:30:00.500Z"_s;
    QTest::addRow("offset +00:00 is UTC")
        << u"2024-01-15T09:00:00+00:00"_s << utc(2024, 1, 15, 9, 0, 0) << u"2024-01-15T09:00:00Z"_s;
    QTest::addRow("lowercase t and z are accepted (RFC 3339)")
        << u"2024-01-15t09:00:00z"_s << utc(2024, 1, 15, 9, 0, 0) << u"2024-01-15T09:00:00Z"_s;
    QTest::addRow("leap day") << u"2024-02-29T12:00:00Z"_s << utc(2024, 2, 29, 12, 0, 0) << u"2024-02-29T12:00:00Z"_s;
}

void tst_CustomerJson::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(QString, written);

    const std::optional<QDateTime> direct = CustomerJson::parseTimestamp(text);
    QVERIFY(direct.has_value());
    QCOMPARE(*direct, expected);
    QCOMPARE(direct->timeSpec(), Qt::UTC);
    QCOMPARE(CustomerJson::formatTimestamp(*direct), written);

    const auto parsed = CustomerJson::fromJson(withField(u"updatedAt"_s, text));
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value().updatedAt(), std::optional(expected));
    QCOMPARE(CustomerJson::toJson(parsed.value()).value(u"updatedAt"_s).toString(), written);
}

void tst_CustomerJson::serverDecidedShapesAreAccepted_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::addRow("an id that does not match cus_ + 32 hex") << withField(u"expressCustomerId"_s, u"CUS-legacy-42"_s);
    QTest::addRow("an empty name") << withField(u"expressCustomerName"_s, u""_s);
    QTest::addRow("a createdByUserId that is not a user id") << withField(u"createdByUserId"_s, u"dashboard"_s);
    QByteArray fifteenPointZero = withoutField(u"userCount"_s);
    fifteenPointZero.chop(1); // the closing brace
    QTest::addRow("a whole number written as 15.0") << fifteenPointZero + R"(,"userCount":15.0})";
    QJsonObject many;
    for (int i = 0; i < 60; ++i) {
        many.insert(u"key%1"_s.arg(i), u"value"_s);
    }
    QTest::addRow("more than 50 metadata pairs") << withField(u"metadata"_s, many);
    QTest::addRow("a metadata key of 150 characters")
        << withField(u"metadata"_s, QJsonObject {{QString(150, u'k'), u"v"_s}});
}

void tst_CustomerJson::serverDecidedShapesAreAccepted()
{
    QFETCH(QByteArray, json);
    const auto parsed = CustomerJson::fromJson(json);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
}

void tst_CustomerJson::malformedInputIsRefused_data()
{
    using Kind = CustomerJsonError::Kind;
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<CustomerJsonError::Kind>("kind");
    QTest::addColumn<QString>("field");

    QTest::addRow("empty input is not JSON") << QByteArray() << Kind::NotJson << QString();
    QTest::addRow("a truncated object is not JSON")
        << QByteArray(R"({"createdAt": "2024-)") << Kind::NotJson << QString();
    QTest::addRow("text after the object is not JSON")
        << withField(u"x"_s, 1) + " trailing" << Kind::NotJson << QString();
    QTest::addRow("HTML error page is not JSON")
        << QByteArray("<html>502 Bad Gateway</html>") << Kind::NotJson << QString();
    QTest::addRow("an array is not an object") << QByteArray("[{}]") << Kind::NotAnObject << QString();

    for (const QString& field : {u"createdAt"_s, u"expressCustomerId"_s, u"expressCustomerName"_s, u"isActive"_s,
             u"updatedAt"_s, u"userCount"_s}) {
        QTest::addRow("missing %s", qPrintable(field)) << withoutField(field) << Kind::MissingField << field;
    }

    QTest::addRow("id null") << withField(u"expressCustomerId"_s, QJsonValue::Null) << Kind::WrongType
                             << u"expressCustomerId"_s;
    QTest::addRow("id a number") << withField(u"expressCustomerId"_s, 42) << Kind::WrongType << u"expressCustomerId"_s;
    QTest::addRow("name null") << withField(u"expressCustomerName"_s, QJsonValue::Null) << Kind::WrongType
                               << u"expressCustomerName"_s;
    QTest::addRow("name an object") << withField(u"expressCustomerName"_s, QJsonObject()) << Kind::WrongType
                                    << u"expressCustomerName"_s;
    QTest::addRow("isActive the string \"true\"")
        << withField(u"isActive"_s, u"true"_s) << Kind::WrongType << u"isActive"_s;
    QTest::addRow("isActive the number 1") << withField(u"isActive"_s, 1) << Kind::WrongType << u"isActive"_s;
    QTest::addRow("isActive null") << withField(u"isActive"_s, QJsonValue::Null) << Kind::WrongType << u"isActive"_s;
    QTest::addRow("userCount a string") << withField(u"userCount"_s, u"15"_s) << Kind::WrongType << u"userCount"_s;
    QTest::addRow("userCount null") << withField(u"userCount"_s, QJsonValue::Null) << Kind::WrongType << u"userCount"_s;
    QTest::addRow("userCount a fraction") << withField(u"userCount"_s, 1.5) << Kind::InvalidValue << u"userCount"_s;
    QTest::addRow("userCount negative") << withField(u"userCount"_s, -1) << Kind::InvalidValue << u"userCount"_s;
    QTest::addRow("userCount beyond 64 bits")
        << withField(u"userCount"_s, 1e30) << Kind::InvalidValue << u"userCount"_s;

    QTest::addRow("createdAt a number") << withField(u"createdAt"_s, 1705309200) << Kind::WrongType << u"createdAt"_s;
    QTest::addRow("createdAt an object") << withField(u"createdAt"_s, QJsonObject()) << Kind::WrongType
                                         << u"createdAt"_s;
    const QList<std::pair<const char*, QString>> badTimestamps = {
        {"a plain date", u"2024-01-15"_s},
        {"no offset (local time is ambiguous)", u"2024-01-15T09:00:00"_s},
        {"no seconds", u"2024-01-15T09:00Z"_s},
        {"a space instead of T", u"2024-01-15 09:00:00Z"_s},
        {"an offset without colon", u"2024-01-15T09:00:00+0200"_s},
        {"a one-digit offset hour", u"2024-01-15T09:00:00+2:00"_s},
        {"an offset of 24 hours", u"2024-01-15T09:00:00+24:00"_s},
        {"ten fractional digits", u"2024-01-15T09:00:00.1234567890Z"_s},
        {"an empty fraction", u"2024-01-15T09:00:00.Z"_s},
        {"month 13", u"2024-13-15T09:00:00Z"_s},
        {"February 30", u"2024-02-30T09:00:00Z"_s},
        {"hour 24", u"2024-01-15T24:00:00Z"_s},
        {"second 60", u"2024-01-15T09:00:60Z"_s},
        {"surrounding whitespace", u" 2024-01-15T09:00:00Z"_s},
        {"an empty string", u""_s},
        {"garbage", u"yesterday"_s},
        {"non-ASCII digits", u"٢٠٢٤-01-15T09:00:00Z"_s},
    };
    for (const auto& [what, text] : badTimestamps) {
        QTest::addRow("createdAt %s", what) << withField(u"createdAt"_s, text) << Kind::InvalidValue << u"createdAt"_s;
    }
    QTest::addRow("updatedAt a plain date")
        << withField(u"updatedAt"_s, u"2024-03-15"_s) << Kind::InvalidValue << u"updatedAt"_s;

    QTest::addRow("metadata an array") << withField(u"metadata"_s, QJsonArray {u"a"_s}) << Kind::WrongType
                                       << u"metadata"_s;
    QTest::addRow("metadata a string") << withField(u"metadata"_s, u"region=northeast"_s) << Kind::WrongType
                                       << u"metadata"_s;
    QTest::addRow("metadata value a number names its key")
        << withMetadataValue(42) << Kind::WrongType << u"metadata.region"_s;
    QTest::addRow("metadata value a boolean names its key")
        << withMetadataValue(true) << Kind::WrongType << u"metadata.region"_s;
    QTest::addRow("metadata value null names its key")
        << withMetadataValue(QJsonValue::Null) << Kind::WrongType << u"metadata.region"_s;
    QTest::addRow("metadata value an object names its key")
        << withMetadataValue(QJsonObject {{u"a"_s, u"b"_s}}) << Kind::WrongType << u"metadata.region"_s;
    QTest::addRow("createdByApiKeyId a number")
        << withField(u"createdByApiKeyId"_s, 7) << Kind::WrongType << u"createdByApiKeyId"_s;
    QTest::addRow("createdByUserId a boolean")
        << withField(u"createdByUserId"_s, false) << Kind::WrongType << u"createdByUserId"_s;
}

void tst_CustomerJson::malformedInputIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(CustomerJsonError::Kind, kind);
    QFETCH(QString, field);

    const auto parsed = CustomerJson::fromJson(json);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().kind, kind);
    QCOMPARE(parsed.error().field, field);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
}

void tst_CustomerJson::jsonValueThatIsNotAnObjectIsRefused()
{
    for (const QJsonValue& value :
        {QJsonValue(42), QJsonValue(u"customer"_s), QJsonValue(QJsonArray()), QJsonValue(QJsonValue::Null)}) {
        const auto parsed = CustomerJson::fromJson(value);
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.error().kind, CustomerJsonError::Kind::NotAnObject);
    }
}

void tst_CustomerJson::customersWrittenInAnyTimeSpecComeOutInUtc()
{
    Customer customer;
    customer.setCreatedAt(QDateTime(QDate(2024, 1, 15), QTime(10, 0), Qt::OffsetFromUTC, 3600));
    customer.setUpdatedAt(std::nullopt);
    QCOMPARE(customer.createdAt()->timeSpec(), Qt::UTC);

    const QJsonObject json = CustomerJson::toJson(customer);
    QCOMPARE(json.value(u"createdAt"_s).toString(), u"2024-01-15T09:00:00Z"_s);
    QVERIFY(json.value(u"updatedAt"_s).isNull());
    QVERIFY(!json.contains(u"metadata"_s));
}

void tst_CustomerJson::equalityTellsAbsentFromNull()
{
    const auto first = CustomerJson::fromJson(withoutField(u"createdByUserId"_s));
    const auto again = CustomerJson::fromJson(withoutField(u"createdByUserId"_s));
    const auto null = CustomerJson::fromJson(withField(u"createdByUserId"_s, QJsonValue::Null));
    QVERIFY(first.isOk() && again.isOk() && null.isOk());

    QVERIFY(first.value() == again.value());
    QVERIFY(!(first.value() == null.value()));
    QCOMPARE(first.value().createdByUserId(), null.value().createdByUserId());
}

void tst_CustomerJson::metadataIsWrittenAsAnObjectOfStrings()
{
    QCOMPARE(CustomerJson::metadataToJson({}), QJsonObject());
    QCOMPARE(CustomerJson::metadataToJson({{u"department"_s, u"radiology"_s}, {u"note"_s, QString()}}),
        (QJsonObject {{u"department"_s, u"radiology"_s}, {u"note"_s, u""_s}}));
}

QTEST_GUILESS_MAIN(tst_CustomerJson)
#include "tst_customerjson.moc"
