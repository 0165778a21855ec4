// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// express-admin-cli as users and scripts see it: the real executable, started with QProcess against an
// in-process sandbox, judged by its exit code, its output and what the server received and stored.

#include "core/io/CustomerJson.h"
#include "core/io/MetadataFile.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClosedPort.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Exit codes as documented in express-admin-cli --help.
constexpr int kSuccess = 0;
constexpr int kInvalidInput = 2;
constexpr int kApiRefused = 3;
constexpr int kUnreachable = 4;
constexpr int kNotExact = 5;

const QString kUserId = u"usr_0123456789abcdef0123456789abcdef"_s;
const QString kUnknownCustomerId = u"cus_00000000000000000000000000000000"_s;

// What one run of the CLI produced.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

// How the CLI's environment is set up.
enum class Environment { Sandbox, NoKey, NoVariables };

// The customer with its timestamps as instants: the sandbox writes "…:42.000Z" where core writes "…:42Z", both
// RFC 3339 for the same moment.
QJsonObject withInstants(QJsonObject customer)
{
    for (const QString& key : {u"createdAt"_s, u"updatedAt"_s}) {
        if (customer.value(key).isString()) {
            const QDateTime instant = QDateTime::fromString(customer.value(key).toString(), Qt::ISODateWithMs);
            customer.insert(key, instant.isValid() ? QJsonValue(instant.toMSecsSinceEpoch()) : customer.value(key));
        }
    }
    return customer;
}

QString repeated(QChar c, int times)
{
    return QString(times, c);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void versionPrintsTheProjectVersion();
    void helpDocumentsCommandsAndExitCodes_data();
    void helpDocumentsCommandsAndExitCodes();

    void listShowsAnAlignedTable();
    void listJsonIsThePageAsTheApiReturnsIt();
    void listAllFollowsEveryPage_data();
    void listAllFollowsEveryPage();
    void listAllPrintsEachPageAsItArrives_data();
    void listAllPrintsEachPageAsItArrives();
    void getShowsEveryField();
    void getJsonParsesBackToTheStoredCustomer();

    void updateSendsOnlyWhatChanged_data();
    void updateSendsOnlyWhatChanged();
    void updateWithoutChangeSendsNothing_data();
    void updateWithoutChangeSendsNothing();
    void dryRunPrintsTheBodyAndSendsNothing_data();
    void dryRunPrintsTheBodyAndSendsNothing();
    void staleAnswerIsReadAgainAndIsExitZeroWithANote_data();
    void staleAnswerIsReadAgainAndIsExitZeroWithANote();
    void serverHoldingSomethingElseIsExitFiveNamingWhatDiffers_data();
    void serverHoldingSomethingElseIsExitFiveNamingWhatDiffers();
    void answerThatCannotBeCheckedIsExitFive();
    void validationErrorsListEveryIssue();

    void invalidInputSendsNoRequest_data();
    void invalidInputSendsNoRequest();
    void usageErrorIsJsonOnlyWithTheJsonOption_data();
    void usageErrorIsJsonOnlyWithTheJsonOption();
    void invalidAfterLoadingSendsNoPatch_data();
    void invalidAfterLoadingSendsNoPatch();

    void apiFailuresMapToExitCodes_data();
    void apiFailuresMapToExitCodes();
    void pluralsReadAsEnglish_data();
    void pluralsReadAsEnglish();
    void jsonErrorsGoToStdout();
    void unreachableServerIsExitFour();
    void missingKeyIsAClearError();
    void wrongKeyIsRefusedAndNeverShown();

    void createStoresTheCustomer();
    void deactivateAndReactivate();
    void staleActivationAnswerIsReadAgain();
    void usersAddAndRemove();

    void sandboxOptionNeedsNoKey();

private:
    CliRun run(const QStringList& arguments, Environment environment = Environment::Sandbox,
        const QString& baseUrl = {}, const QString& apiKey = {});
    // A customer with a known name and metadata, created directly in the store.
    QString createStored(const QString& name, const std::optional<QMap<QString, QString>>& metadata);
    // "Harbor View Clinic" with region=north and tier=gold, created directly in the store.
    QString createHarborView();
    // After each PATCH is answered, the customer is set back to Harbor View Clinic as by another admin.
    void restoreHarborViewAfterEachPatch(const QString& id);
    QList<Sandbox::RequestRecord> requests(const QByteArray& method = {}) const;
    QString writeFile(const QByteArray& contents, const QString& suffix = u"json"_s);
    // The arguments with each "@51" replaced by a metadata file of 51 keys, each "@large" by a .json file over
    // MetadataFile::kMaxFileSize, each "@.SUFFIX:..." by a file with that suffix holding what follows the ":",
    // and each other "@..." by a .json file holding what follows the "@".
    QStringList withFiles(QStringList arguments);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QTemporaryDir m_files;
    int m_fileCount = 0;
    QString m_leak; // the first run that showed the key, checked in cleanup()
};

void tst_Cli::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(EXPRESSADMIN_CLI_PATH)).isExecutable());
    QVERIFY(m_files.isValid());
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void tst_Cli::init()
{
    m_server->store().reset(Sandbox::SandboxSeed::generate(1));
    m_server->clearFaults();
    m_server->requestLog().clear();
    m_leak.clear();
}

void tst_Cli::cleanup()
{
    QVERIFY2(m_leak.isEmpty(), qPrintable(u"the API key appeared in the output of: "_s + m_leak));
}

CliRun tst_Cli::run(
    const QStringList& arguments, Environment environment, const QString& baseUrl, const QString& apiKey)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(u"AVARA_API_KEY"_s);
    variables.remove(u"AVARA_BASE_URL"_s);
    variables.remove(u"QT_LOGGING_RULES"_s);
    const QString key = apiKey.isEmpty() ? m_server->apiKey() : apiKey;
    if (environment != Environment::NoVariables)
        variables.insert(u"AVARA_BASE_URL"_s, baseUrl.isEmpty() ? m_server->baseUrl().toString() : baseUrl);
    if (environment == Environment::Sandbox)
        variables.insert(u"AVARA_API_KEY"_s, key);

    QProcess process;
    process.setProcessEnvironment(variables);
    process.setProgram(QStringLiteral(EXPRESSADMIN_CLI_PATH));
    process.setArguments(arguments);
    // The in-process server needs this thread's event loop: wait with a spy, never waitForFinished().
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun result;
    result.finished = finished.wait(30000);
    if (!result.finished) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    const QByteArray keyBytes = key.toUtf8();
    if (m_leak.isEmpty() && (result.out.contains(keyBytes) || result.err.contains(keyBytes)))
        m_leak = arguments.join(u' ');
    return result;
}

QString tst_Cli::createStored(const QString& name, const std::optional<QMap<QString, QString>>& metadata)
{
    Sandbox::CustomerPatch input;
    input.name = name;
    input.hasMetadata = metadata.has_value();
    input.metadata = metadata;
    return m_server->store().create(input, m_server->apiKeyId()).customer->id;
}

QString tst_Cli::createHarborView()
{
    return createStored(
        u"Harbor View Clinic"_s, QMap<QString, QString> {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}});
}

void tst_Cli::restoreHarborViewAfterEachPatch(const QString& id)
{
    connect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, [this, id] {
        if (m_server->requestLog().last()->method != "PATCH")
            return;
        Sandbox::CustomerPatch restore;
        restore.name = u"Harbor View Clinic"_s;
        restore.hasMetadata = true;
        restore.metadata = QMap<QString, QString> {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
        QVERIFY(m_server->store().update(id, restore).ok());
    });
}

QList<Sandbox::RequestRecord> tst_Cli::requests(const QByteArray& method) const
{
    QList<Sandbox::RequestRecord> result;
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records()) {
        if (method.isEmpty() || record.method == method)
            result.append(record);
    }
    return result;
}

QString tst_Cli::writeFile(const QByteArray& contents, const QString& suffix)
{
    const QString path = m_files.filePath(u"metadata-%1.%2"_s.arg(++m_fileCount).arg(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList tst_Cli::withFiles(QStringList arguments)
{
    for (QString& argument : arguments) {
        if (argument == u"@51"_s) {
            QJsonObject many;
            for (int i = 0; i < 51; ++i)
                many.insert(u"key%1"_s.arg(i), u"v"_s);
            argument = writeFile(QJsonDocument(many).toJson());
        } else if (argument == u"@large"_s) {
            argument = writeFile("{\"k\": \"" + QByteArray(MetadataFile::kMaxFileSize, 'v') + "\"}");
        } else if (argument.startsWith(u"@."_s) && argument.contains(u':')) {
            const qsizetype colon = argument.indexOf(u':');
            argument = writeFile(argument.mid(colon + 1).toUtf8(), argument.mid(2, colon - 2));
        } else if (argument.startsWith(u'@')) {
            argument = writeFile(argument.mid(1).toUtf8());
        }
    }
    return arguments;
}

void tst_Cli::versionPrintsTheProjectVersion()
{
    const CliRun result = run({u"--version"_s});
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    QCOMPARE(result.out, "express-admin-cli " EXPRESSADMIN_VERSION "\n");
}

void tst_Cli::helpDocumentsCommandsAndExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::addRow("--help") << QStringList {u"--help"_s} << u"users add|remove ID USER_ID"_s;
    QTest::addRow("update --help") << QStringList {u"update"_s, u"--help"_s} << u"--dry-run"_s;
    QTest::addRow("help list") << QStringList {u"help"_s, u"list"_s} << u"--cursor CURSOR"_s;
    QTest::addRow("-h after a command") << QStringList {u"create"_s, u"-h"_s} << u"--metadata-file FILE"_s;
}

void tst_Cli::helpDocumentsCommandsAndExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    const CliRun result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    QVERIFY2(result.outText().contains(mentions), result.describe().constData());
    for (const QString& code : {u"  2  invalid input"_s, u"  3  the API refused"_s, u"  4  the API was unreachable"_s,
             u"  5  the server answered but did not do exactly"_s}) {
        QVERIFY2(result.outText().contains(code), qPrintable(code));
    }
    QVERIFY(requests().isEmpty());
}

void tst_Cli::listShowsAnAlignedTable()
{
    const CliRun result = run({u"list"_s});
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());

    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 20); // the header and the server's default page
    QVERIFY(lines.first().startsWith(u"NAME"_s));
    // Every column starts at the same place on every line: the id column is aligned.
    const qsizetype idColumn = lines.first().indexOf(u"ID"_s);
    const QList<Sandbox::CustomerRecord> stored = m_server->store().customers();
    for (int i = 1; i < lines.size(); ++i) {
        const Sandbox::CustomerRecord& customer = stored.at(i - 1);
        QCOMPARE(lines.at(i).mid(idColumn, customer.id.size()), customer.id);
        QVERIFY2(lines.at(i).startsWith(customer.name.left(40)), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).endsWith(CustomerJson::formatTimestamp(customer.updatedAt)), qPrintable(lines.at(i)));
    }
    // There are 30 customers: the user is told how to see the rest.
    QVERIFY2(result.errText().contains(u"--all"_s), result.describe().constData());
}

void tst_Cli::listJsonIsThePageAsTheApiReturnsIt()
{
    const CliRun result = run({u"--json"_s, u"list"_s, u"--limit"_s, u"5"_s});
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());

    const QJsonObject page = result.json().object();
    QCOMPARE(page.value(u"hasMore"_s).toBool(), true);
    QVERIFY(!page.value(u"cursor"_s).toString().isEmpty());
    const QJsonArray customers = page.value(u"expressCustomers"_s).toArray();
    QCOMPARE(customers.size(), 5);
    const QList<Sandbox::CustomerRecord> stored = m_server->store().customers();
    for (int i = 0; i < customers.size(); ++i) {
        QCOMPARE(withInstants(customers.at(i).toObject()), withInstants(stored.at(i).toApiJson()));
        QVERIFY(CustomerJson::fromJson(customers.at(i)).isOk());
    }
    QCOMPARE(requests().size(), 1);
    QCOMPARE(requests().first().query, u"limit=5"_s);

    // The printed cursor leads to the next page.
    const CliRun next =
        run({u"--json"_s, u"list"_s, u"--limit"_s, u"5"_s, u"--cursor"_s, page.value(u"cursor"_s).toString()});
    QVERIFY2(next.finished && next.exitCode == kSuccess, next.describe().constData());
    const QJsonArray nextCustomers = next.json().object().value(u"expressCustomers"_s).toArray();
    QCOMPARE(nextCustomers.size(), 5);
    QCOMPARE(nextCustomers.first().toObject().value(u"expressCustomerId"_s).toString(), stored.at(5).id);
}

void tst_Cli::listAllFollowsEveryPage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("pages");

    QTest::addRow("pages of 100") << QStringList {} << 2;
    QTest::addRow("pages of 40") << QStringList {u"--limit"_s, u"40"_s} << 4;
}

void tst_Cli::listAllFollowsEveryPage()
{
    QFETCH(QStringList, options);
    QFETCH(int, pages);

    m_server->store().reset(Sandbox::SandboxSeed::generate(3, 150));
    const QList<Sandbox::CustomerRecord> stored = m_server->store().customers();

    const CliRun json = run(QStringList {u"--json"_s, u"list"_s, u"--all"_s} + options);
    QVERIFY2(json.finished && json.exitCode == kSuccess, json.describe().left(2000).constData());
    const QJsonArray customers = json.json().array();
    QCOMPARE(customers.size(), 150);
    // Written page by page, the document is exactly what one QJsonDocument of the whole list would be.
    QCOMPARE(json.out, QJsonDocument(customers).toJson(QJsonDocument::Indented));
    for (int i = 0; i < customers.size(); ++i)
        QCOMPARE(customers.at(i).toObject().value(u"expressCustomerId"_s).toString(), stored.at(i).id);
    QCOMPARE(requests("GET").size(), pages);

    const CliRun human = run(QStringList {u"list"_s, u"--all"_s} + options);
    QVERIFY2(human.finished && human.exitCode == kSuccess, human.describe().left(2000).constData());
    QCOMPARE(human.outText().split(u'\n', Qt::SkipEmptyParts).size(), 1 + 150);
    QVERIFY2(human.err.isEmpty(), human.describe().left(2000).constData());
}

void tst_Cli::listAllPrintsEachPageAsItArrives_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("table") << false;
    QTest::addRow("json") << true;
}

// Pages are printed as they arrive, not held until the last: when the second page fails, the first is out already.
void tst_Cli::listAllPrintsEachPageAsItArrives()
{
    QFETCH(bool, json);

    m_server->store().reset(Sandbox::SandboxSeed::generate(3, 150));
    QVERIFY(m_server->addFault(u"status=503,should-retry=false,after=1,method=GET"_s));
    QStringList arguments {u"list"_s, u"--all"_s, u"--limit"_s, u"40"_s};
    if (json)
        arguments.prepend(u"--json"_s);
    const CliRun result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == kUnreachable, result.describe().left(3000).constData());
    QCOMPARE(requests("GET").size(), 2);
    QVERIFY2(result.errText().contains(u"503"_s), result.describe().left(3000).constData());

    const QList<Sandbox::CustomerRecord> stored = m_server->store().customers();
    if (json) {
        // The array is left open: no JSON reader takes the first page for the whole list.
        QVERIFY(result.out.startsWith("[\n"));
        QVERIFY(result.json().isNull());
        QCOMPARE(result.out.count("\"expressCustomerId\""), 40);
        QVERIFY(result.out.contains(stored.at(39).id.toUtf8()));
    } else {
        const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 40);
        QVERIFY(lines.first().startsWith(u"NAME"_s));
        QVERIFY(lines.last().contains(stored.at(39).id));
        // The pages line up: every row's id starts in the same column as the header's.
        const qsizetype idColumn = lines.first().indexOf(u"ID"_s);
        for (const QString& line : lines.mid(1))
            QCOMPARE(line.indexOf(u"cus_"_s), idColumn);
    }
}

void tst_Cli::getShowsEveryField()
{
    const QString id = createHarborView();
    const CliRun result = run({u"get"_s, id});
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());

    const QString text = result.outText();
    for (const QString& expected :
        {u"Harbor View Clinic"_s, id, u"Active:"_s, u"Users:"_s, u"Created:"_s, u"Updated:"_s, u"Created by API key:"_s,
            m_server->apiKeyId(), u"Metadata (2):"_s, u"region = north"_s, u"tier   = gold"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }
}

void tst_Cli::getJsonParsesBackToTheStoredCustomer()
{
    const Sandbox::CustomerRecord stored = m_server->store().customers().at(3);
    const CliRun result = run({u"get"_s, stored.id, u"--json"_s});
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());

    QCOMPARE(withInstants(result.json().object()), withInstants(stored.toApiJson()));
    const auto parsed = CustomerJson::fromJson(result.out);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value().id(), stored.id);
    QCOMPARE(parsed.value().name(), stored.name);
}

void tst_Cli::updateSendsOnlyWhatChanged_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<QVariantMap>("storedMetadata"); // empty: none

    const QVariantMap before {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};

    QTest::addRow("name only") << QStringList {u"--name"_s, u"Harbour View Clinic"_s}
                               << R"({"expressCustomerName":"Harbour View Clinic"})"_ba << u"Harbour View Clinic"_s
                               << before;
    QTest::addRow("name is sent trimmed") << QStringList {u"--name"_s, u"  Harbour  "_s}
                                          << R"({"expressCustomerName":"Harbour"})"_ba << u"Harbour"_s << before;
    QTest::addRow("set adds a key") << QStringList {u"--set"_s, u"floor=3"_s}
                                    << R"({"metadata":{"floor":"3","region":"north","tier":"gold"}})"_ba
                                    << u"Harbor View Clinic"_s
                                    << QVariantMap {
                                           {u"floor"_s, u"3"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("set changes a value, = in the value")
        << QStringList {u"--set=tier=a=b"_s} << R"({"metadata":{"region":"north","tier":"a=b"}})"_ba
        << u"Harbor View Clinic"_s << QVariantMap {{u"region"_s, u"north"_s}, {u"tier"_s, u"a=b"_s}};
    QTest::addRow("unset removes a key") << QStringList {u"--unset"_s, u"tier"_s}
                                         << R"({"metadata":{"region":"north"}})"_ba << u"Harbor View Clinic"_s
                                         << QVariantMap {{u"region"_s, u"north"_s}};
    QTest::addRow("unsetting every key clears")
        << QStringList {u"--unset"_s, u"tier"_s, u"--unset"_s, u"region"_s} << R"({"metadata":null})"_ba
        << u"Harbor View Clinic"_s << QVariantMap {};
    QTest::addRow("clear metadata") << QStringList {u"--clear-metadata"_s} << R"({"metadata":null})"_ba
                                    << u"Harbor View Clinic"_s << QVariantMap {};
    QTest::addRow("clear metadata, then set")
        << QStringList {u"--set"_s, u"wing=B"_s, u"--clear-metadata"_s} << R"({"metadata":{"wing":"B"}})"_ba
        << u"Harbor View Clinic"_s << QVariantMap {{u"wing"_s, u"B"_s}};
    QTest::addRow("metadata file replaces the map")
        << QStringList {u"--metadata-file"_s, u"@{\"region\": \"south\", \"beds\": \"120\"}"_s}
        << R"({"metadata":{"beds":"120","region":"south"}})"_ba << u"Harbor View Clinic"_s
        << QVariantMap {{u"beds"_s, u"120"_s}, {u"region"_s, u"south"_s}};
    QTest::addRow("CSV metadata file replaces the map")
        << QStringList {u"--metadata-file"_s, u"@.csv:key,value\r\nregion,south\r\nnote,\"a, b\"\r\n"_s}
        << R"({"metadata":{"note":"a, b","region":"south"}})"_ba << u"Harbor View Clinic"_s
        << QVariantMap {{u"note"_s, u"a, b"_s}, {u"region"_s, u"south"_s}};
    QTest::addRow("name and metadata together")
        << QStringList {u"--name"_s, u"Ünïcode “Clinic”"_s, u"--set"_s, u"note=Grüße"_s}
        << R"({"expressCustomerName":"Ünïcode “Clinic”","metadata":{"note":"Grüße","region":"north","tier":"gold"}})"_ba
        << u"Ünïcode “Clinic”"_s
        << QVariantMap {{u"note"_s, u"Grüße"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
}

void tst_Cli::updateSendsOnlyWhatChanged()
{
    QFETCH(QStringList, edits);
    QFETCH(QByteArray, body);
    QFETCH(QString, storedName);
    QFETCH(QVariantMap, storedMetadata);

    // "@{...}" in a row stands for a metadata file with that content.
    const QString id = createHarborView();
    const CliRun result = run(QStringList {u"update"_s, id} + withFiles(edits));
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    QVERIFY2(result.outText().contains(u"Updated “"_s), result.describe().constData());

    const QList<Sandbox::RequestRecord> patches = requests("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().path, u"/v1/express/"_s + id);
    QCOMPARE(patches.first().body, body);
    // The customer was loaded first, and nothing else was sent.
    QCOMPARE(requests().size(), 2);
    QCOMPARE(requests().first().method, "GET"_ba);

    const auto stored = m_server->store().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, storedName);
    QVariantMap metadata;
    for (auto it = stored->metadata.value_or(QMap<QString, QString> {}).cbegin();
         it != stored->metadata.value_or(QMap<QString, QString> {}).cend(); ++it) {
        metadata.insert(it.key(), it.value());
    }
    QCOMPARE(metadata, storedMetadata);
}

void tst_Cli::updateWithoutChangeSendsNothing_data()
{
    QTest::addColumn<QStringList>("edits");

    QTest::addRow("the same name") << QStringList {u"--name"_s, u"Harbor View Clinic"_s};
    QTest::addRow("the same name with spaces") << QStringList {u"--name"_s, u" Harbor View Clinic  "_s};
    QTest::addRow("the same value") << QStringList {u"--set"_s, u"tier=gold"_s};
    QTest::addRow("a file with the same map")
        << QStringList {u"--metadata-file"_s, u"@{\"tier\": \"gold\", \"region\": \"north\"}"_s};
    QTest::addRow("--json") << QStringList {u"--json"_s, u"--set"_s, u"region=north"_s};
}

void tst_Cli::updateWithoutChangeSendsNothing()
{
    QFETCH(QStringList, edits);

    const QString id = createHarborView();
    const CliRun result = run(QStringList {u"update"_s, id} + withFiles(edits));
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    QVERIFY2((result.outText() + result.errText()).contains(u"No changes."_s), result.describe().constData());
    if (edits.contains(u"--json"_s))
        QCOMPARE(result.json().object().value(u"expressCustomerId"_s).toString(), id);
    QCOMPARE(requests("PATCH").size(), 0);
    QCOMPARE(requests().size(), 1); // only the GET
}

void tst_Cli::dryRunPrintsTheBodyAndSendsNothing_data()
{
    QTest::addColumn<bool>("json");

    QTest::addRow("human") << false;
    QTest::addRow("--json") << true;
}

void tst_Cli::dryRunPrintsTheBodyAndSendsNothing()
{
    QFETCH(bool, json);

    const QString id = createStored(u"Harbor View Clinic"_s, QMap<QString, QString> {{u"region"_s, u"north"_s}});
    const QByteArray body = R"({"expressCustomerName":"Renamed","metadata":{"floor":"3"}})";
    const QStringList edits {u"--name"_s, u"Renamed"_s, u"--set"_s, u"floor=3"_s, u"--unset"_s, u"region"_s};

    const CliRun result = run(
        QStringList {u"update"_s, id, u"--dry-run"_s} + edits + (json ? QStringList {u"--json"_s} : QStringList {}));
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    if (json) {
        QCOMPARE(result.out, body + '\n');
        // The review goes to stderr, so stdout stays one JSON document.
        QVERIFY2(result.errText().contains(u"Removed “region”"_s), result.describe().constData());
    } else {
        QVERIFY2(result.out.split('\n').contains(body), result.describe().constData());
        QVERIFY2(result.outText().contains(u"PATCH /v1/express/"_s + id), result.describe().constData());
        QVERIFY2(result.outText().contains(u"Renamed from “Harbor View Clinic” to “Renamed”"_s),
            result.describe().constData());
        QVERIFY2(result.outText().contains(u"Added “floor”: “3”"_s), result.describe().constData());
    }
    QCOMPARE(requests("PATCH").size(), 0);
    QCOMPARE(m_server->store().find(id)->name, u"Harbor View Clinic"_s);

    // Sent for real, the body is the one printed.
    const CliRun sent = run(QStringList {u"update"_s, id} + edits);
    QVERIFY2(sent.finished && sent.exitCode == kSuccess, sent.describe().constData());
    QCOMPARE(requests("PATCH").size(), 1);
    QCOMPARE(requests("PATCH").first().body, body);
}

void tst_Cli::serverHoldingSomethingElseIsExitFiveNamingWhatDiffers_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QStringList>("lines"); // each on a line of its own on stderr
    QTest::addColumn<QString>("storedName");

    QTest::addRow("name") << QStringList {u"--name"_s, u"Harbour View Clinic"_s}
                          << QStringList {u"name: sent “Harbour View Clinic”, answered “Harbor View Clinic”"_s}
                          << u"Harbour View Clinic"_s;
    QTest::addRow("a value changed, a key removed")
        << QStringList {u"--set"_s, u"region=south"_s, u"--unset"_s, u"tier"_s}
        << QStringList {u"metadata region: sent “south”, answered “north”"_s,
               u"metadata tier: removed, but the answer still has “gold”"_s}
        << u"Harbor View Clinic"_s;
    QTest::addRow("a key added") << QStringList {u"--set"_s, u"wing=B"_s}
                                 << QStringList {u"metadata wing: sent “B”, missing from the answer"_s}
                                 << u"Harbor View Clinic"_s;
}

void tst_Cli::serverHoldingSomethingElseIsExitFiveNamingWhatDiffers()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, lines);

    // The server stores the update but answers with the customer as it was (sandbox/README.md, "stale"); before
    // the CLI reads it again, another admin sets it back: what the server holds is not what was asked.
    const QString id = createHarborView();
    restoreHarborViewAfterEachPatch(id);
    QVERIFY(m_server->addFault(u"stale,method=PATCH"_s));
    const CliRun result = run(QStringList {u"update"_s, id} + edits);
    QVERIFY2(result.finished && result.exitCode == kNotExact, result.describe().constData());
    QVERIFY2(result.err.startsWith("express-admin-cli: The server accepted the update, but holds something other "
                                   "than what was sent"),
        result.describe().constData());
    QVERIFY2(result.errText().contains(u"express-admin-cli get "_s + id), result.describe().constData());
    const QStringList errLines = result.errText().split(u'\n');
    for (const QString& line : lines)
        QVERIFY2(errLines.contains(u"  "_s + line), result.describe().constData());
    QCOMPARE(errLines.size(), 1 + lines.size() + 1); // the message, the details, the final newline
    QVERIFY2(!result.outText().contains(u"Updated"_s), result.describe().constData());
    QCOMPARE(requests("PATCH").size(), 1);
    QCOMPARE(requests("GET").size(), 2); // the customer to edit, and again after the answer

    // --json: the error object on stdout carries the same lines and the customer as read again.
    QVERIFY(m_server->addFault(u"stale,method=PATCH"_s));
    const CliRun json = run(QStringList {u"--json"_s, u"update"_s, id, u"--set"_s, u"json=1"_s});
    QVERIFY2(json.finished && json.exitCode == kNotExact, json.describe().constData());
    const QJsonObject error = json.json().object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"UpdateNotExact"_s);
    QCOMPARE(
        error.value(u"details"_s).toArray().first().toString(), u"metadata json: sent “1”, missing from the answer"_s);
    QCOMPARE(error.value(u"customer"_s).toObject().value(u"expressCustomerId"_s).toString(), id);
    QCOMPARE(
        error.value(u"customer"_s).toObject().value(u"metadata"_s).toObject().value(u"tier"_s).toString(), u"gold"_s);
    QObject::disconnect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, nullptr);
}

void tst_Cli::staleAnswerIsReadAgainAndIsExitZeroWithANote_data()
{
    serverHoldingSomethingElseIsExitFiveNamingWhatDiffers_data();
}

void tst_Cli::staleAnswerIsReadAgainAndIsExitZeroWithANote()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, storedName);

    // The server stores the update but answers with the customer as it was (sandbox/README.md, "stale"): the CLI
    // reads it again, finds what was asked, and succeeds with a note.
    const QString id = createHarborView();
    QVERIFY(m_server->addFault(u"stale,method=PATCH"_s));
    const CliRun result = run(QStringList {u"update"_s, id} + edits);
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    QCOMPARE(result.errText(),
        u"Note: the server's answer was out of date; reading the customer again shows the update is stored.\n"_s);
    QVERIFY2(result.outText().contains(u"Updated “%1”"_s.arg(storedName)), result.describe().constData());
    QCOMPARE(requests("PATCH").size(), 1);
    QCOMPARE(requests("GET").size(), 2); // the customer to edit, and again after the answer
    QCOMPARE(m_server->store().find(id)->name, storedName);

    // An exact answer is not read again.
    m_server->requestLog().clear();
    const CliRun exact = run({u"update"_s, id, u"--set"_s, u"exact=1"_s});
    QVERIFY2(exact.finished && exact.exitCode == kSuccess, exact.describe().constData());
    QVERIFY2(exact.err.isEmpty(), exact.describe().constData());
    QCOMPARE(requests("PATCH").size(), 1);
    QCOMPARE(requests("GET").size(), 1);
}

void tst_Cli::answerThatCannotBeCheckedIsExitFive()
{
    // Stored, answered as it was, and reading the customer again fails: what the server holds is not known.
    const QString id = createHarborView();
    connect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, [this] {
        if (m_server->requestLog().last()->method == "PATCH")
            QVERIFY(m_server->addFault(u"status=404,method=GET"_s));
    });
    QVERIFY(m_server->addFault(u"stale,method=PATCH"_s));
    const CliRun result = run({u"update"_s, id, u"--name"_s, u"Harbour View Clinic"_s});
    QObject::disconnect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, nullptr);
    QVERIFY2(result.finished && result.exitCode == kNotExact, result.describe().constData());
    QVERIFY2(result.err.startsWith("express-admin-cli: The server accepted the update, but its answer differs from "
                                   "what was sent, and reading the customer again failed ("),
        result.describe().constData());
    QVERIFY2(result.errText().contains(u"express-admin-cli get "_s + id), result.describe().constData());
    QVERIFY2(
        result.errText().split(u'\n').contains(u"  name: sent “Harbour View Clinic”, answered “Harbor View Clinic”"_s),
        result.describe().constData());
    QCOMPARE(m_server->store().find(id)->name, u"Harbour View Clinic"_s);
}

void tst_Cli::validationErrorsListEveryIssue()
{
    const QString id = m_server->store().customers().first().id;
    const CliRun result = run({u"update"_s, id, u"--name"_s, u"   "_s, u"--set"_s, repeated(u'k', 101) + u"=v"_s,
        u"--set"_s, u"long="_s + repeated(u'v', 1001)});
    QVERIFY2(result.finished && result.exitCode == kInvalidInput, result.describe().constData());
    const QString text = result.errText();
    QVERIFY2(text.contains(u"Enter a name."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Key is 101 characters; the limit is 100."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Value is 1001 characters; the limit is 1000."_s), qPrintable(text));
    QVERIFY(requests().isEmpty());
}

void tst_Cli::invalidInputSendsNoRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    const QString id = u"cus_0123456789abcdef0123456789abcdef"_s;
    QTest::addRow("no command") << QStringList {} << u"No command"_s;
    QTest::addRow("unknown command") << QStringList {u"frobnicate"_s} << u"frobnicate"_s;
    QTest::addRow("unknown option") << QStringList {u"list"_s, u"--colour"_s} << u"--colour"_s;
    QTest::addRow("the key as an option") << QStringList {u"--api-key"_s, u"secret"_s, u"list"_s} << u"--api-key"_s;
    QTest::addRow("malformed id") << QStringList {u"get"_s, u"cus_123"_s} << u"cus_123"_s;
    QTest::addRow("uppercase hex id") << QStringList {u"deactivate"_s, u"cus_0123456789ABCDEF0123456789ABCDEF"_s}
                                      << u"lowercase"_s;
    QTest::addRow("malformed id in update") << QStringList {u"update"_s, u"42"_s, u"--name"_s, u"x"_s} << u"42"_s;
    QTest::addRow("malformed user id") << QStringList {u"users"_s, u"add"_s, id, u"usr_x"_s} << u"usr_x"_s;
    QTest::addRow("users without action") << QStringList {u"users"_s, u"grant"_s, id, kUserId} << u"grant"_s;
    QTest::addRow("missing id") << QStringList {u"get"_s} << u"Missing"_s;
    QTest::addRow("extra argument") << QStringList {u"get"_s, id, u"more"_s} << u"more"_s;
    QTest::addRow("limit out of range") << QStringList {u"list"_s, u"--limit"_s, u"101"_s} << u"--limit"_s;
    QTest::addRow("retries not a number") << QStringList {u"--retries"_s, u"many"_s, u"list"_s} << u"--retries"_s;
    QTest::addRow("update without edits") << QStringList {u"update"_s, id} << u"Nothing to change"_s;
    QTest::addRow("set without =") << QStringList {u"update"_s, id, u"--set"_s, u"region"_s} << u"KEY=VALUE"_s;
    QTest::addRow("the same key set twice")
        << QStringList {u"update"_s, id, u"--set"_s, u"a=1"_s, u"--set"_s, u"a=2"_s} << u"more than once"_s;
    QTest::addRow("set and unset one key")
        << QStringList {u"update"_s, id, u"--set"_s, u"a=1"_s, u"--unset"_s, u"a"_s} << u"--unset"_s;
    QTest::addRow("clear and file") << QStringList {u"update"_s, id, u"--clear-metadata"_s, u"--metadata-file"_s,
        u"x.json"_s} << u"exclude"_s;
    QTest::addRow("empty name") << QStringList {u"update"_s, id, u"--name"_s, u" "_s} << u"Enter a name."_s;
    QTest::addRow("empty key") << QStringList {u"update"_s, id, u"--set"_s, u"=value"_s} << u"Enter a key"_s;
    QTest::addRow("value too long") << QStringList {u"update"_s, id, u"--set"_s, u"k="_s + repeated(u'v', 1001)}
                                    << u"limit is 1000"_s;
    // The messages are MetadataFile's, the same as the app's import shows.
    QTest::addRow("metadata file missing") << QStringList {u"update"_s, id, u"--metadata-file"_s,
        u"/nonexistent/metadata.json"_s} << u"Could not open “metadata.json”"_s;
    QTest::addRow("metadata file neither JSON nor CSV") << QStringList {u"update"_s, id, u"--metadata-file"_s,
        u"@.txt:region=north"_s} << u"is neither a .json nor a .csv file"_s;
    QTest::addRow("metadata file over 1 MiB")
        << QStringList {u"update"_s, id, u"--metadata-file"_s, u"@large"_s} << u"is too large to be metadata"_s;
    QTest::addRow("metadata file not JSON") << QStringList {u"update"_s, id, u"--metadata-file"_s,
        u"@{region: north}"_s} << u"The file is not valid JSON"_s;
    QTest::addRow("metadata file with a number") << QStringList {u"update"_s, id, u"--metadata-file"_s,
        u"@{\"beds\": 120}"_s} << u"The value of “beds” is a number; metadata values must be text"_s;
    QTest::addRow("metadata file with an array") << QStringList {u"update"_s, id, u"--metadata-file"_s, u"@[\"a\"]"_s}
                                                 << u"The file must hold one JSON object of keys and text values."_s;
    QTest::addRow("CSV metadata file with an unclosed quote") << QStringList {u"update"_s, id, u"--metadata-file"_s,
        u"@.csv:key,value\nregion,\"north\n"_s} << u"The quoted text that starts on line 2 is never closed."_s;
    QTest::addRow("CSV metadata file with a key twice")
        << QStringList {u"update"_s, id, u"--metadata-file"_s, u"@.csv:a,1\na,2\n"_s} << u"is already used in row 1"_s;
    QTest::addRow("metadata file over 50 pairs")
        << QStringList {u"update"_s, id, u"--metadata-file"_s, u"@51"_s} << u"the limit is 50"_s;
    QTest::addRow("create without name") << QStringList {u"create"_s, u"--set"_s, u"a=b"_s} << u"--name"_s;
    QTest::addRow("create with blank name") << QStringList {u"create"_s, u"--name"_s, u"\t"_s} << u"Enter a name."_s;
    QTest::addRow("sandbox and base url")
        << QStringList {u"--sandbox"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, u"list"_s} << u"exclude"_s;
}

void tst_Cli::invalidInputSendsNoRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    arguments = withFiles(arguments);
    const CliRun result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == kInvalidInput, result.describe().constData());
    QVERIFY2(result.errText().contains(mentions), result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(requests().isEmpty());

    // With --json the same error is a JSON object on stdout.
    const CliRun json = run(QStringList {u"--json"_s} + arguments);
    QVERIFY2(json.finished && json.exitCode == kInvalidInput, json.describe().constData());
    const QJsonObject error = json.json().object().value(u"error"_s).toObject();
    QString everything = error.value(u"message"_s).toString();
    for (const QJsonValue detail : error.value(u"details"_s).toArray())
        everything += u'\n' + detail.toString();
    QVERIFY2(everything.contains(mentions), json.describe().constData());
    QVERIFY2(!error.value(u"kind"_s).toString().isEmpty(), json.describe().constData());
    QVERIFY(error.value(u"status"_s).isNull());
    QVERIFY(requests().isEmpty());
}

void tst_Cli::usageErrorIsJsonOnlyWithTheJsonOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("json");

    QTest::addRow("--json after the mistake") << QStringList {u"list"_s, u"--colour"_s, u"--json"_s} << true;
    QTest::addRow("--json after an unknown command") << QStringList {u"frobnicate"_s, u"--json"_s} << true;
    QTest::addRow("--json=value") << QStringList {u"--json=yes"_s, u"list"_s} << false;
    QTest::addRow("--json as the value of --cursor")
        << QStringList {u"list"_s, u"--cursor"_s, u"--json"_s, u"--limit"_s, u"0"_s} << false;
    QTest::addRow("--json as the value of --name")
        << QStringList {u"create"_s, u"--name"_s, u"--json"_s, u"--set"_s, u"novalue"_s} << false;
    QTest::addRow("--json after --") << QStringList {u"list"_s, u"--"_s, u"--json"_s} << false;
}

void tst_Cli::usageErrorIsJsonOnlyWithTheJsonOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, json);

    const CliRun result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == kInvalidInput, result.describe().constData());
    if (json) {
        QVERIFY2(result.json().object().value(u"error"_s).toObject().value(u"kind"_s).toString() == u"Usage"_s,
            result.describe().constData());
        QVERIFY2(result.err.isEmpty(), result.describe().constData());
    } else {
        QVERIFY2(result.out.isEmpty(), result.describe().constData());
        QVERIFY2(result.err.startsWith("express-admin-cli: "), result.describe().constData());
    }
    QVERIFY(requests().isEmpty());
}

void tst_Cli::invalidAfterLoadingSendsNoPatch_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("mentions");

    QTest::addRow("unset a key the customer lacks") << QStringList {u"--unset"_s, u"wing"_s} << u"“wing”"_s;
    QTest::addRow("more than 50 pairs in all") << QStringList {u"--set"_s, u"one-too-many=1"_s} << u"limit is 50"_s;
}

void tst_Cli::invalidAfterLoadingSendsNoPatch()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, mentions);

    QMap<QString, QString> fifty;
    for (int i = 0; i < 50; ++i)
        fifty.insert(u"key%1"_s.arg(i, 2, 10, QChar(u'0')), u"v"_s);
    const QString id = createStored(u"Full House"_s, fifty);

    const CliRun result = run(QStringList {u"update"_s, id} + edits);
    QVERIFY2(result.finished && result.exitCode == kInvalidInput, result.describe().constData());
    QVERIFY2(result.errText().contains(mentions), result.describe().constData());
    QCOMPARE(requests("PATCH").size(), 0);
}

void tst_Cli::apiFailuresMapToExitCodes_data()
{
    QTest::addColumn<QString>("fault"); // empty: none
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("attempts");

    const QString id = u"@first"_s;
    QTest::addRow("404 unknown customer")
        << QString() << QStringList {u"get"_s, kUnknownCustomerId} << kApiRefused << 1;
    QTest::addRow("404 update of an unknown customer")
        << QString() << QStringList {u"update"_s, kUnknownCustomerId, u"--name"_s, u"x"_s} << kApiRefused << 1;
    QTest::addRow("422 from the server") << u"status=422"_s << QStringList {u"get"_s, id} << kApiRefused << 1;
    QTest::addRow("503 without retries") << u"status=503,count=always"_s
                                         << QStringList {u"--retries"_s, u"0"_s, u"get"_s, id} << kUnreachable << 1;
    QTest::addRow("503 with one retry") << u"status=503,count=always"_s
                                        << QStringList {u"--retries"_s, u"1"_s, u"list"_s} << kUnreachable << 2;
    QTest::addRow("503 then success") << u"status=503,count=1"_s << QStringList {u"--retries"_s, u"1"_s, u"list"_s}
                                      << kSuccess << 2;
    QTest::addRow("malformed answer") << u"malformed"_s << QStringList {u"--retries"_s, u"0"_s, u"get"_s, id}
                                      << kUnreachable << 1;
    QTest::addRow("timeout") << u"hang,count=always"_s
                             << QStringList {u"--retries"_s, u"0"_s, u"--timeout"_s, u"0.5"_s, u"get"_s, id}
                             << kUnreachable << 1;
}

void tst_Cli::apiFailuresMapToExitCodes()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(int, attempts);

    for (QString& argument : arguments) {
        if (argument == u"@first"_s)
            argument = m_server->store().customers().first().id;
    }
    if (!fault.isEmpty()) {
        QString error;
        QVERIFY2(m_server->addFault(fault, &error), qPrintable(error));
    }
    const CliRun result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == exitCode, result.describe().constData());
    if (exitCode != kSuccess)
        QVERIFY2(result.err.startsWith("express-admin-cli: "), result.describe().constData());
    QCOMPARE(requests().size(), attempts);
}

void tst_Cli::pluralsReadAsEnglish_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QString id = u"@first"_s;
    QTest::addRow("2 attempts") << u"status=503,count=always"_s << QStringList {u"--retries"_s, u"1"_s, u"get"_s, id}
                                << u"(2 attempts)"_s;
    QTest::addRow("1 second") << u"hang,count=always"_s
                              << QStringList {u"--retries"_s, u"0"_s, u"--timeout"_s, u"1"_s, u"get"_s, id}
                              << u"within 1 second."_s;
}

void tst_Cli::pluralsReadAsEnglish()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    for (QString& argument : arguments) {
        if (argument == u"@first"_s)
            argument = m_server->store().customers().first().id;
    }
    QString error;
    QVERIFY2(m_server->addFault(fault, &error), qPrintable(error));
    const CliRun result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == kUnreachable, result.describe().constData());
    // The English plural forms are installed: "(2 attempts)", never "(2 attempt(s))".
    QVERIFY2(result.errText().contains(expected), result.describe().constData());
    QVERIFY2(!result.errText().contains(u"(s)"_s), result.describe().constData());
}

void tst_Cli::jsonErrorsGoToStdout()
{
    const CliRun result = run({u"--json"_s, u"get"_s, kUnknownCustomerId});
    QVERIFY2(result.finished && result.exitCode == kApiRefused, result.describe().constData());
    const QJsonObject error = result.json().object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"NotFound"_s);
    QCOMPARE(error.value(u"status"_s).toInt(), 404);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
}

void tst_Cli::unreachableServerIsExitFour()
{
    // Held by this test and never listening: nothing can answer there.
    const ClosedPort closed;
    QVERIFY2(closed.isValid(), qPrintable(closed.errorString()));
    const QString url = closed.url().toString();

    const CliRun result = run({u"--retries"_s, u"0"_s, u"list"_s}, Environment::Sandbox, url);
    QVERIFY2(result.finished && result.exitCode == kUnreachable, result.describe().constData());
    QVERIFY2(!result.err.isEmpty(), result.describe().constData());

    const CliRun json = run({u"--json"_s, u"--retries"_s, u"0"_s, u"list"_s}, Environment::Sandbox, url);
    QVERIFY2(json.finished && json.exitCode == kUnreachable, json.describe().constData());
    QCOMPARE(json.json().object().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"Connection"_s);
}

void tst_Cli::missingKeyIsAClearError()
{
    const CliRun result = run({u"list"_s}, Environment::NoKey);
    QVERIFY2(result.finished && result.exitCode == kInvalidInput, result.describe().constData());
    QVERIFY2(result.errText().contains(u"AVARA_API_KEY"_s), result.describe().constData());
    QVERIFY(requests().isEmpty());
}

void tst_Cli::wrongKeyIsRefusedAndNeverShown()
{
    const QString wrongKey = u"sk_wrong_0123456789abcdef"_s;
    const CliRun result = run({u"list"_s}, Environment::Sandbox, {}, wrongKey);
    QVERIFY2(result.finished && result.exitCode == kApiRefused, result.describe().constData());
    // run() checks that the key used (here the wrong one) appears nowhere in the output.
    QCOMPARE(requests().size(), 1);
    QCOMPARE(requests().first().status, 401);
    // The CLI has no settings: the message names where the key came from.
    QVERIFY2(result.errText().contains(u"AVARA_API_KEY"_s), result.describe().constData());
    QVERIFY2(!result.errText().contains(u"settings"_s), result.describe().constData());
}

void tst_Cli::createStoresTheCustomer()
{
    const qsizetype before = m_server->store().size();
    const CliRun result = run({u"--json"_s, u"create"_s, u"--name"_s, u" Lakeside Imaging "_s, u"--set"_s,
        u"region=west"_s, u"--set"_s, u"beds=40"_s});
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());

    QCOMPARE(m_server->store().size(), before + 1);
    const Sandbox::CustomerRecord created = m_server->store().customers().last();
    QCOMPARE(created.name, u"Lakeside Imaging"_s);
    QCOMPARE(created.metadata, (QMap<QString, QString> {{u"beds"_s, u"40"_s}, {u"region"_s, u"west"_s}}));
    QCOMPARE(withInstants(result.json().object()), withInstants(created.toApiJson()));
    QCOMPARE(requests("POST").size(), 1);
    QCOMPARE(requests("POST").first().jsonBody(),
        (QJsonObject {{u"expressCustomerName"_s, u"Lakeside Imaging"_s},
            {u"metadata"_s, QJsonObject {{u"beds"_s, u"40"_s}, {u"region"_s, u"west"_s}}}}));

    const CliRun human = run({u"create"_s, u"--name"_s, u"Hilltop Clinic"_s});
    QVERIFY2(human.finished && human.exitCode == kSuccess, human.describe().constData());
    const QString id = m_server->store().customers().last().id;
    QVERIFY2(human.outText().startsWith(u"Created “Hilltop Clinic” (%1)."_s.arg(id)), human.describe().constData());
}

void tst_Cli::deactivateAndReactivate()
{
    const QString id = createStored(u"Active Clinic"_s, std::nullopt);
    QVERIFY(m_server->store().find(id)->active);

    const CliRun deactivated = run({u"deactivate"_s, id});
    QVERIFY2(deactivated.finished && deactivated.exitCode == kSuccess, deactivated.describe().constData());
    QVERIFY(!m_server->store().find(id)->active);
    QVERIFY2(deactivated.outText().startsWith(u"Deactivated “"_s), deactivated.describe().constData());

    const CliRun reactivated = run({u"--json"_s, u"reactivate"_s, id});
    QVERIFY2(reactivated.finished && reactivated.exitCode == kSuccess, reactivated.describe().constData());
    QVERIFY(m_server->store().find(id)->active);
    QCOMPARE(reactivated.json().object().value(u"isActive"_s).toBool(), true);
    QCOMPARE(requests("POST").size(), 2);
    QCOMPARE(requests("POST").first().path, u"/v1/express/%1/deactivate"_s.arg(id));
    QCOMPARE(requests("GET").size(), 0); // exact answers are not read again
}

void tst_Cli::staleActivationAnswerIsReadAgain()
{
    // Deactivated, but answered as still active (sandbox "stale"): reading it again shows it is done.
    const QString id = createStored(u"Active Clinic"_s, std::nullopt);
    QVERIFY(m_server->addFault(u"stale,method=POST"_s));
    const CliRun deactivated = run({u"deactivate"_s, id});
    QVERIFY2(deactivated.finished && deactivated.exitCode == kSuccess, deactivated.describe().constData());
    QVERIFY(!m_server->store().find(id)->active);
    QCOMPARE(requests("GET").size(), 1);

    // Reactivated, answered as still inactive, and the read fails: the answer is all there is, so exit 5.
    connect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, [this] {
        if (m_server->requestLog().last()->method == "POST")
            QVERIFY(m_server->addFault(u"status=404,method=GET"_s));
    });
    QVERIFY(m_server->addFault(u"stale,method=POST"_s));
    const CliRun reactivated = run({u"reactivate"_s, id});
    QObject::disconnect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, nullptr);
    QVERIFY2(reactivated.finished && reactivated.exitCode == kNotExact, reactivated.describe().constData());
    QVERIFY2(reactivated.errText().contains(u"still inactive"_s), reactivated.describe().constData());
    QVERIFY(m_server->store().find(id)->active);
}

void tst_Cli::usersAddAndRemove()
{
    const QString id = createStored(u"Member Test"_s, std::nullopt);

    const CliRun added = run({u"users"_s, u"add"_s, id, kUserId});
    QVERIFY2(added.finished && added.exitCode == kSuccess, added.describe().constData());
    QVERIFY(m_server->store().find(id)->members.contains(kUserId));
    QCOMPARE(requests("POST").first().jsonBody(), (QJsonObject {{u"userId"_s, kUserId}}));

    const CliRun removed = run({u"--json"_s, u"users"_s, u"remove"_s, id, kUserId});
    QVERIFY2(removed.finished && removed.exitCode == kSuccess, removed.describe().constData());
    QVERIFY(!m_server->store().find(id)->members.contains(kUserId));
    QCOMPARE(removed.json().object().value(u"success"_s).toBool(), true);
    QCOMPARE(requests("DELETE").first().jsonBody(), (QJsonObject {{u"userId"_s, kUserId}}));

    // Removing a user who is not a member is refused (404).
    const CliRun again = run({u"users"_s, u"remove"_s, id, kUserId});
    QVERIFY2(again.finished && again.exitCode == kApiRefused, again.describe().constData());

    // A deactivated customer takes no new users (409, not retried).
    m_server->store().setActive(id, false);
    m_server->requestLog().clear();
    const CliRun inactive = run({u"users"_s, u"add"_s, id, kUserId});
    QVERIFY2(inactive.finished && inactive.exitCode == kApiRefused, inactive.describe().constData());
    QCOMPARE(requests().size(), 1);
    QVERIFY(!m_server->store().find(id)->members.contains(kUserId));
}

void tst_Cli::sandboxOptionNeedsNoKey()
{
    // AVARA_BASE_URL and AVARA_API_KEY name the in-process server; --sandbox wins over them.
    const CliRun result = run({u"--sandbox"_s, u"--json"_s, u"list"_s, u"--limit"_s, u"30"_s}, Environment::Sandbox);
    QVERIFY2(result.finished && result.exitCode == kSuccess, result.describe().constData());
    const QJsonArray customers = result.json().object().value(u"expressCustomers"_s).toArray();
    // A fresh sandbox with its 30 seeded demo customers, the same as an in-process one with the default seed.
    QCOMPARE(customers.size(), Sandbox::SandboxSeed::DefaultCount);
    QCOMPARE(customers.first().toObject().value(u"expressCustomerId"_s).toString(),
        Sandbox::SandboxSeed::generate().first().id);
    QVERIFY(requests().isEmpty()); // the in-process server was not asked

    // Changes go to the child sandbox, which is gone afterwards: each run starts fresh.
    const QString id = Sandbox::SandboxSeed::generate().first().id;
    const CliRun update =
        run({u"--sandbox"_s, u"update"_s, id, u"--name"_s, u"Changed in the sandbox"_s}, Environment::NoVariables);
    QVERIFY2(update.finished && update.exitCode == kSuccess, update.describe().constData());
    const CliRun get = run({u"--sandbox"_s, u"get"_s, id}, Environment::NoVariables);
    QVERIFY2(get.finished && get.exitCode == kSuccess, get.describe().constData());
    QVERIFY2(!get.outText().contains(u"Changed in the sandbox"_s), get.describe().constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
