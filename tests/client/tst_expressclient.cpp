// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// ExpressClient end to end against an in-process sandbox: every operation, the exact bytes a PATCH sends,
// the headers of every request, and the requests that must never be sent.

#include "core/api/ApiEndpoint.h"
#include "core/api/ExpressClient.h"
#include "core/model/CustomerDiff.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CallRecorder.h"
#include "tests/support/ClientTestCase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Sandbox::RequestRecord;

namespace {

const QString kUnknownCustomer = u"cus_00000000000000000000000000000000"_s;
const QString kUser = u"usr_0123456789abcdef0123456789abcdef"_s;

} // namespace

class tst_ExpressClient : public ClientTestCase
{
    Q_OBJECT

public:
    tst_ExpressClient()
        : ClientTestCase(1, 30, [](ClientOptions& options) {
            options.profileName = u"Sandbox"_s;
            options.attemptTimeout = std::chrono::milliseconds(5000);
        })
    { }

private Q_SLOTS:
    void createsACustomer();
    void retrievesACustomer();
    void patchSendsOnlyWhatChanged_data();
    void patchSendsOnlyWhatChanged();
    void answerThatDiffersIsReadAgain_data();
    void answerThatDiffersIsReadAgain();
    void listsOnePageAndTheNext();
    void listsAllCustomersAcrossPages();
    void deactivatesAndReactivates();
    void activationAnswerShowingTheOldStateIsReadAgain_data();
    void activationAnswerShowingTheOldStateIsReadAgain();
    void addsAndRemovesAUser();
    void sendsTheContractHeaders();
    void refusesInvalidIdsBeforeSending_data();
    void refusesInvalidIdsBeforeSending();
    void refusesUnsafeOptionsBeforeSending_data();
    void refusesUnsafeOptionsBeforeSending();
    void knowsLoopbackHosts_data();
    void knowsLoopbackHosts();
    void reportsAWrongKeyNamingTheProfile();
    void reportsBusyWhileCallsAreInFlight();
    void readsOptionsFromTheEnvironment();

private:
    // The first active customer.
    QString firstId() const;
};

QString tst_ExpressClient::firstId() const
{
    for (const Sandbox::CustomerRecord& record : server().store().customers()) {
        if (record.active)
            return record.id;
    }
    return {};
}

void tst_ExpressClient::createsACustomer()
{
    CallRecorder<Customer> created;
    client().createCustomer(u"  Harbor Clinic  "_s, Metadata {{u"region"_s, u"north"_s}}, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), created.errorText());
    const Customer customer = created.result().value();
    QCOMPARE(customer.name(), u"Harbor Clinic"_s);
    QCOMPARE(customer.metadata(), (Metadata {{u"region"_s, u"north"_s}}));
    QVERIFY(customer.isActive());
    QVERIFY(server().store().find(customer.id()).has_value());
    QCOMPARE(server().requestLog().last()->body,
        R"({"expressCustomerName":"Harbor Clinic","metadata":{"region":"north"}})"_ba);
    QCOMPARE(created.count(), 1);
}

void tst_ExpressClient::retrievesACustomer()
{
    const Sandbox::CustomerRecord stored = server().store().customers().at(3);
    CallRecorder<Customer> retrieved;
    client().retrieveCustomer(stored.id, this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QVERIFY(retrieved.isOk());
    QCOMPARE(retrieved.result().value().id(), stored.id);
    QCOMPARE(retrieved.result().value().name(), stored.name);
    QCOMPARE(server().requestLog().last()->path, u"/v1/express/"_s + stored.id);

    CallRecorder<Customer> missing;
    client().retrieveCustomer(kUnknownCustomer, this, missing.callback());
    QVERIFY(missing.wait());
    QCOMPARE(missing.errorKind(), ApiError::Kind::NotFound);
    QCOMPARE(missing.result().error().httpStatus, 404);
    QVERIFY(!missing.result().error().serverMessage.isEmpty());
    QCOMPARE(missing.result().error().attempts, 1);
}

void tst_ExpressClient::patchSendsOnlyWhatChanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<QByteArray>("expectedBody"); // empty: no PATCH at all

    QTest::addRow("name only") << u"Renamed Clinic"_s << Metadata() << R"({"expressCustomerName":"Renamed Clinic"})"_ba;
    QTest::addRow("metadata only") << QString() << Metadata {{u"wing"_s, u"east"_s}}
                                   << R"({"metadata":{"wing":"east"}})"_ba;
    QTest::addRow("clear all metadata") << QString() << Metadata() << R"({"metadata":null})"_ba;
    QTest::addRow("no change") << QString() << Metadata() << QByteArray();
}

void tst_ExpressClient::patchSendsOnlyWhatChanged()
{
    QFETCH(QString, name);
    QFETCH(Metadata, metadata);
    QFETCH(QByteArray, expectedBody);

    // A customer with metadata, so that clearing it is a change.
    Customer before;
    {
        CallRecorder<Customer> created;
        client().createCustomer(u"Lakeside"_s, Metadata {{u"region"_s, u"south"_s}}, this, created.callback());
        QVERIFY(created.wait());
        before = created.result().value();
    }
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const Metadata after = tag == "metadata only"_L1 ? metadata
        : tag == "clear all metadata"_L1             ? Metadata()
                                                     : before.metadata();
    const CustomerPatch patch = CustomerDiff::between(before, name.isEmpty() ? before.name() : name, after);
    server().requestLog().clear();

    CallRecorder<UpdateOutcome> updated;
    client().updateCustomer(before.id(), patch, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated.isOk(), updated.errorText());
    QVERIFY2(updated.result().value().isExact(), qPrintable(updated.result().value().describe()));

    const QList<RequestRecord> patches = records("PATCH");
    if (expectedBody.isEmpty()) {
        QVERIFY(patches.isEmpty());
        QCOMPARE(records("GET").size(), 1);
        QCOMPARE(updated.result().value().customer.id(), before.id());
    } else {
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().body, expectedBody);
        QCOMPARE(patches.first().header("Content-Type"), "application/json"_ba);
    }
}

void tst_ExpressClient::answerThatDiffersIsReadAgain_data()
{
    QTest::addColumn<QString>("answer"); // a fault for the PATCH ("stale": stored, answered as it was)
    QTest::addColumn<QString>("afterPatch"); // what happens on the server once the PATCH is answered
    QTest::addColumn<UpdateOutcome::Basis>("basis");
    QTest::addColumn<QString>("outcomeName"); // the name outcome.customer has
    QTest::addColumn<QStringList>("methods"); // the requests, in order

    const QStringList patchOnly {u"PATCH"_s};
    const QStringList patchAndGet {u"PATCH"_s, u"GET"_s};
    QTest::addRow("exact answer: nothing read again")
        << QString() << QString() << UpdateOutcome::Basis::Answer << u"Renamed"_s << patchOnly;
    QTest::addRow("stale answer, the store has it all")
        << u"stale,method=PATCH"_s << QString() << UpdateOutcome::Basis::ReadAgain << u"Renamed"_s << patchAndGet;
    QTest::addRow("stale answer, renamed meanwhile: the store differs")
        << u"stale,method=PATCH"_s << u"rename"_s << UpdateOutcome::Basis::ReadAgain << u"Renamed Elsewhere"_s
        << patchAndGet;
    QTest::addRow("stale answer, the read fails: the answer is all there is")
        << u"stale,method=PATCH"_s << u"status=404,method=GET"_s << UpdateOutcome::Basis::Unchecked << u"Before"_s
        << patchAndGet;
    QTest::addRow("stale answer, the read is cancelled: the answer is all there is")
        << u"stale,method=PATCH"_s << u"hang,method=GET"_s << UpdateOutcome::Basis::Unchecked << u"Before"_s
        << patchAndGet;
    // A 2xx says the PATCH was carried out: an answer that cannot be read is no reason to say it may not have been.
    QTest::addRow("answer not JSON: the store decides")
        << u"malformed,method=PATCH"_s << QString() << UpdateOutcome::Basis::ReadAgain << u"Renamed"_s << patchAndGet;
    QTest::addRow("answer cut short: the store decides")
        << u"truncate,method=PATCH"_s << u"rename"_s << UpdateOutcome::Basis::ReadAgain << u"Renamed Elsewhere"_s
        << patchAndGet;
}

void tst_ExpressClient::answerThatDiffersIsReadAgain()
{
    QFETCH(QString, answer);
    QFETCH(QString, afterPatch);
    QFETCH(UpdateOutcome::Basis, basis);
    QFETCH(QString, outcomeName);
    QFETCH(QStringList, methods);

    const QString id = firstId();
    Sandbox::CustomerPatch before;
    before.name = u"Before"_s;
    QVERIFY(server().store().update(id, before).ok());
    server().requestLog().clear();
    if (!answer.isEmpty())
        QVERIFY(server().addFault(answer));
    connect(&server(), &Sandbox::SandboxServer::requestFinished, this, [this, id, afterPatch] {
        if (afterPatch.isEmpty() || server().requestLog().last()->method != "PATCH")
            return;
        if (afterPatch == u"rename"_s) {
            Sandbox::CustomerPatch rename;
            rename.name = u"Renamed Elsewhere"_s;
            QVERIFY(server().store().update(id, rename).ok());
        } else {
            QVERIFY(server().addFault(afterPatch));
        }
    });

    CustomerPatch patch;
    patch.setName(u"Renamed"_s);
    CallRecorder<UpdateOutcome> updated;
    const ExpressClient::CallId call = client().updateCustomer(id, patch, this, updated.callback());
    if (afterPatch.startsWith(u"hang"_s)) {
        QTRY_COMPARE(records("GET").size(), 1);
        client().cancel(call);
        QCOMPARE(updated.count(), 1); // at once
    }
    QVERIFY(updated.wait());
    QObject::disconnect(&server(), &Sandbox::SandboxServer::requestFinished, this, nullptr);
    QVERIFY2(updated.isOk(), updated.errorText());

    const UpdateOutcome outcome = updated.result().value();
    QCOMPARE(outcome.basis, basis);
    QCOMPARE(outcome.customer.name(), outcomeName);
    QCOMPARE(outcome.isExact(), outcomeName == u"Renamed"_s);
    QCOMPARE(outcome.nameDiffers, outcomeName != u"Renamed"_s);
    QCOMPARE(outcome.answerWasStale(), basis == UpdateOutcome::Basis::ReadAgain && outcomeName == u"Renamed"_s);
    QCOMPARE(outcome.readAgainError.isEmpty(), basis != UpdateOutcome::Basis::Unchecked);
    QStringList sent;
    for (const RequestRecord& record : records())
        sent.append(QString::fromLatin1(record.method));
    QCOMPARE(sent, methods);
    QCOMPARE(server().store().find(id)->name, outcomeName == u"Renamed Elsewhere"_s ? outcomeName : u"Renamed"_s);
    QCOMPARE(updated.count(), 1);
    QVERIFY(!client().isBusy());
}

void tst_ExpressClient::listsOnePageAndTheNext()
{
    CallRecorder<CustomerPage> first;
    client().listCustomers(QString(), 20, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.isOk());
    QCOMPARE(first.result().value().customers.size(), 20);
    QVERIFY(first.result().value().hasMore);
    QVERIFY(!first.result().value().nextCursor.isEmpty());
    QCOMPARE(server().requestLog().last()->query, u"limit=20"_s);

    CallRecorder<CustomerPage> second;
    client().listCustomers(first.result().value().nextCursor, 20, this, second.callback());
    QVERIFY(second.wait());
    QVERIFY2(second.isOk(), second.errorText());
    QCOMPARE(second.result().value().customers.size(), 10);
    QVERIFY(!second.result().value().hasMore);
    QVERIFY(second.result().value().nextCursor.isEmpty());

    CallRecorder<CustomerPage> badLimit;
    client().listCustomers(QString(), 101, this, badLimit.callback());
    QVERIFY(badLimit.wait());
    QCOMPARE(badLimit.errorKind(), ApiError::Kind::InvalidRequest);
}

void tst_ExpressClient::listsAllCustomersAcrossPages()
{
    server().store().reset(Sandbox::SandboxSeed::generate(7, 250));
    QSignalSpy pages(&client(), &ExpressClient::pageLoaded);
    CallRecorder<QList<Customer>> all;
    const ExpressClient::CallId call = client().listAllCustomers(100, this, all.callback());
    QVERIFY(all.wait());
    QVERIFY2(all.isOk(), all.errorText());
    const QList<Customer> customers = all.result().value();
    QCOMPARE(customers.size(), 250);
    const QList<Sandbox::CustomerRecord> stored = server().store().customers();
    for (int i = 0; i < customers.size(); ++i)
        QCOMPARE(customers.at(i).id(), stored.at(i).id);
    QCOMPARE(server().requestLog().size(), 3);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).at(0).value<ExpressClient::CallId>(), call);
    QCOMPARE(pages.at(2).at(1).toInt(), 250);
    QCOMPARE(all.count(), 1);
}

void tst_ExpressClient::deactivatesAndReactivates()
{
    const QString id = firstId();
    CallRecorder<Customer> deactivated;
    client().deactivateCustomer(id, this, deactivated.callback());
    QVERIFY(deactivated.wait());
    QVERIFY(deactivated.isOk());
    QVERIFY(!deactivated.result().value().isActive());
    QCOMPARE(server().requestLog().last()->path, u"/v1/express/%1/deactivate"_s.arg(id));
    QVERIFY(server().requestLog().last()->body.isEmpty());

    CallRecorder<Customer> reactivated;
    client().reactivateCustomer(id, this, reactivated.callback());
    QVERIFY(reactivated.wait());
    QVERIFY(reactivated.isOk());
    QVERIFY(reactivated.result().value().isActive());
    QCOMPARE(server().requestLog().last()->path, u"/v1/express/%1/reactivate"_s.arg(id));
    QCOMPARE(records("GET").size(), 0); // exact answers are not read again
}

void tst_ExpressClient::activationAnswerShowingTheOldStateIsReadAgain_data()
{
    QTest::addColumn<QString>("readFault"); // a fault for the read after the answer
    QTest::addColumn<bool>("deliveredActive");
    QTest::addRow("the store has it: the customer as read again") << QString() << false;
    QTest::addRow("the read fails: the answer is all there is") << u"status=404,method=GET"_s << true;
}

void tst_ExpressClient::activationAnswerShowingTheOldStateIsReadAgain()
{
    QFETCH(QString, readFault);
    QFETCH(bool, deliveredActive);
    const QString id = firstId();
    QVERIFY(server().store().find(id)->active);
    server().requestLog().clear();
    QVERIFY(server().addFault(u"stale,method=POST"_s));
    if (!readFault.isEmpty())
        QVERIFY(server().addFault(readFault));

    CallRecorder<Customer> deactivated;
    client().deactivateCustomer(id, this, deactivated.callback());
    QVERIFY(deactivated.wait());
    QVERIFY2(deactivated.isOk(), deactivated.errorText());
    QCOMPARE(deactivated.result().value().isActive(), deliveredActive);
    QVERIFY(!server().store().find(id)->active);
    QCOMPARE(records("POST").size(), 1);
    QCOMPARE(records("GET").size(), 1);
}

void tst_ExpressClient::addsAndRemovesAUser()
{
    const QString id = firstId();
    const qsizetype membersBefore = server().store().find(id)->members.size();

    CallRecorder<OperationStatus> added;
    client().addUser(id, kUser, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.isOk(), added.errorText());
    QVERIFY(added.result().value().success);
    QCOMPARE(server().store().find(id)->members.size(), membersBefore + 1);

    CallRecorder<OperationStatus> removed;
    client().removeUser(id, kUser, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.isOk());
    const RequestRecord remove = *server().requestLog().last();
    QCOMPARE(remove.method, "DELETE"_ba);
    QCOMPARE(remove.path, u"/v1/express/%1/users"_s.arg(id));
    QVERIFY(remove.query.isEmpty());
    QCOMPARE(remove.body, u"{\"userId\":\"%1\"}"_s.arg(kUser).toUtf8());
    QCOMPARE(server().store().find(id)->members.size(), membersBefore);

    CallRecorder<OperationStatus> notMember;
    client().removeUser(id, kUser, this, notMember.callback());
    QVERIFY(notMember.wait());
    QCOMPARE(notMember.errorKind(), ApiError::Kind::NotFound);
}

void tst_ExpressClient::sendsTheContractHeaders()
{
    CallRecorder<Customer> retrieved;
    client().retrieveCustomer(firstId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    CallRecorder<OperationStatus> added;
    client().addUser(firstId(), kUser, this, added.callback());
    QVERIFY(added.wait());

    const QList<RequestRecord> sent = server().requestLog().records();
    QCOMPARE(sent.size(), 2);
    for (const RequestRecord& record : sent) {
        QCOMPARE(record.header("Accept"), "application/json"_ba);
        QVERIFY(record.header("User-Agent").startsWith("ExpressAdmin/" EXPRESSADMIN_VERSION " (Qt "));
        QCOMPARE(record.header("Authorization"), "Bearer [redacted]"_ba);
        QCOMPARE(record.header("x-stainless-retry-count"), "0"_ba);
    }
    QVERIFY(sent.at(0).header("Content-Type").isEmpty()); // a GET carries no body
    QCOMPARE(sent.at(1).header("Content-Type"), "application/json"_ba);
}

void tst_ExpressClient::refusesInvalidIdsBeforeSending_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("userId");

    const QString good = u"cus_0123456789abcdef0123456789abcdef"_s;
    QTest::addRow("retrieve, empty id") << u"retrieve"_s << QString() << kUser;
    QTest::addRow("retrieve, uppercase hex") << u"retrieve"_s << u"cus_0123456789ABCDEF0123456789ABCDEF"_s << kUser;
    QTest::addRow("retrieve, path traversal") << u"retrieve"_s << u"cus_../../v1/express"_s << kUser;
    QTest::addRow("update, trailing newline") << u"update"_s << good + u'\n' << kUser;
    QTest::addRow("deactivate, query smuggled") << u"deactivate"_s << good + u"?limit=1"_s << kUser;
    QTest::addRow("reactivate, user id as customer id") << u"reactivate"_s << kUser << kUser;
    QTest::addRow("add user, bad user id") << u"addUser"_s << good << u"usr_123"_s;
    QTest::addRow("remove user, customer id as user id") << u"removeUser"_s << good << good;
}

void tst_ExpressClient::refusesInvalidIdsBeforeSending()
{
    QFETCH(QString, operation);
    QFETCH(QString, customerId);
    QFETCH(QString, userId);

    CallRecorder<Customer> customer;
    CallRecorder<UpdateOutcome> update;
    CallRecorder<OperationStatus> status;
    CustomerPatch patch;
    patch.setName(u"New name"_s);
    if (operation == "retrieve"_L1)
        client().retrieveCustomer(customerId, this, customer.callback());
    else if (operation == "update"_L1)
        client().updateCustomer(customerId, patch, this, update.callback());
    else if (operation == "deactivate"_L1)
        client().deactivateCustomer(customerId, this, customer.callback());
    else if (operation == "reactivate"_L1)
        client().reactivateCustomer(customerId, this, customer.callback());
    else if (operation == "addUser"_L1)
        client().addUser(customerId, userId, this, status.callback());
    else
        client().removeUser(customerId, userId, this, status.callback());

    // Never synchronously: the caller holds the call id before the callback runs.
    QCOMPARE(customer.count() + update.count() + status.count(), 0);
    QTRY_COMPARE(customer.count() + update.count() + status.count(), 1);
    const ApiError error = customer.count() ? customer.result().error()
        : update.count()                    ? update.result().error()
                                            : status.result().error();
    QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(error.attempts, 0);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!client().isBusy());
    QCOMPARE(server().requestLog().size(), 0);
}

void tst_ExpressClient::refusesUnsafeOptionsBeforeSending_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<bool>("allowInsecureHttp");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("http to a remote host")
        << QUrl(u"http://api.avarasoftware.com"_s) << u"k_secret"_s << false << u"http://"_s;
    QTest::addRow("http to a private address")
        << QUrl(u"http://10.1.2.3:8080"_s) << u"k_secret"_s << false << u"unencrypted"_s;
    QTest::addRow("ftp") << QUrl(u"ftp://api.avarasoftware.com"_s) << u"k_secret"_s << false << u"https://"_s;
    QTest::addRow("user info in the URL")
        << QUrl(u"https://me:pw@api.avarasoftware.com"_s) << u"k_secret"_s << false << u"user name"_s;
    QTest::addRow("empty key") << QUrl() << QString() << false << u"No API key"_s;
    QTest::addRow("key with a newline") << QUrl() << u"k_sec\nret"_s << false << u"API key"_s;
}

void tst_ExpressClient::refusesUnsafeOptionsBeforeSending()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, apiKey);
    QFETCH(bool, allowInsecureHttp);
    QFETCH(QString, messagePart);

    ClientOptions options = client().options();
    if (!baseUrl.isEmpty())
        options.baseUrl = baseUrl;
    options.apiKey = apiKey;
    options.allowInsecureHttp = allowInsecureHttp;
    client().setOptions(options);

    CallRecorder<Customer> retrieved;
    client().retrieveCustomer(firstId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QCOMPARE(retrieved.errorKind(), ApiError::Kind::InvalidRequest);
    QVERIFY2(retrieved.result().error().message.contains(messagePart), retrieved.errorText());
    QVERIFY(!apiKey.isEmpty() ? !retrieved.result().error().message.contains(apiKey) : true);
    QCOMPARE(server().requestLog().size(), 0);
}

void tst_ExpressClient::knowsLoopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::addRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::addRow("127.5.6.7") << u"127.5.6.7"_s << true;
    QTest::addRow("::1") << u"::1"_s << true;
    QTest::addRow("[::1]") << u"[::1]"_s << true;
    QTest::addRow("localhost") << u"localhost"_s << true;
    QTest::addRow("LocalHost") << u"LocalHost"_s << true;
    QTest::addRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::addRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::addRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::addRow("api.avarasoftware.com") << u"api.avarasoftware.com"_s << false;
}

void tst_ExpressClient::knowsLoopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ApiEndpoint::isLoopbackHost(host), loopback);
}

void tst_ExpressClient::reportsAWrongKeyNamingTheProfile()
{
    ClientOptions options = client().options();
    options.apiKey = u"sbx_wrongwrongwrongwrongwrongwrong"_s;
    options.profileName = u"Production"_s;
    bed().keyLeakCheck().addKey(options.apiKey);
    client().setOptions(options);

    CallRecorder<Customer> retrieved;
    client().retrieveCustomer(firstId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    const ApiError error = retrieved.result().error();
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.attempts, 1); // 401 is not retried
    QVERIFY2(error.message.startsWith(u"The API key was refused (401). Check the key for profile “Production”."_s),
        qPrintable(error.message));
    QVERIFY(!error.message.contains(options.apiKey));
}

void tst_ExpressClient::reportsBusyWhileCallsAreInFlight()
{
    QSignalSpy busy(&client(), &ExpressClient::busyChanged);
    QVERIFY(!client().isBusy());
    CallRecorder<Customer> first;
    CallRecorder<Customer> second;
    client().retrieveCustomer(firstId(), this, first.callback());
    client().retrieveCustomer(firstId(), nullptr, second.callback()); // no context: the client's own
    QVERIFY(client().isBusy());
    QCOMPARE(client().callsInFlight(), 2);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QTRY_VERIFY(!client().isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(first.count(), 1);
    QCOMPARE(second.count(), 1);
}

void tst_ExpressClient::readsOptionsFromTheEnvironment()
{
    QProcessEnvironment environment;
    QCOMPARE(ClientOptions::fromEnvironment(environment).baseUrl, QUrl(u"https://api.avarasoftware.com"_s));
    QVERIFY(ClientOptions::fromEnvironment(environment).apiKey.isEmpty());
    environment.insert(u"AVARA_API_KEY"_s, u"k_from_env"_s);
    environment.insert(u"AVARA_BASE_URL"_s, u"http://127.0.0.1:9"_s);
    const ClientOptions options = ClientOptions::fromEnvironment(environment);
    QCOMPARE(options.apiKey, u"k_from_env"_s);
    QCOMPARE(options.baseUrl, QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(options.maxRetries, 2);
    QCOMPARE(options.attemptTimeout, std::chrono::milliseconds(60000));
}

QTEST_GUILESS_MAIN(tst_ExpressClient)
#include "tst_expressclient.moc"
