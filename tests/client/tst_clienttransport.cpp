// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// ExpressClient against peers that break HTTP itself: a connection reset or closed after the request was read, a
// status line no one can parse, a header block that never ends or is huge. A request that changes something is
// never sent twice behind the client's back, and an attempt ends at its timeout whatever the server sends.

#include "core/api/ApiErrorFactory.h"
#include "core/api/ExpressClient.h"
#include "tests/support/CallRecorder.h"
#include "tests/support/ClientTestCase.h"
#include "tests/support/MisbehavingHttpPeer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;
using Kind = ApiError::Kind;
using Mode = MisbehavingHttpPeer::Mode;

namespace {

const QString kCustomer = u"cus_0123456789abcdef0123456789abcdef"_s;
const QString kUser = u"usr_0123456789abcdef0123456789abcdef"_s;

enum class Change { Create, Update, AddUser, RemoveUser };

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_ClientTransport : public ClientTestCase
{
    Q_OBJECT

public:
    tst_ClientTransport()
        : ClientTestCase(5, 3, [](ClientOptions& options) {
            options.attemptTimeout = milliseconds(5000);
            options.retryBaseDelay = milliseconds(5);
            options.retryMaxDelay = milliseconds(40);
        })
    { }

private Q_SLOTS:
    void aChangeIsNeverResentSilently_data();
    void aChangeIsNeverResentSilently();
    void aReadIsStillRetried();
    void aHeaderBlockEndsAtTheTimeout_data();
    void aHeaderBlockEndsAtTheTimeout();

private:
    // Points the client at the peer; false when the peer cannot listen.
    bool useAPeer(MisbehavingHttpPeer& peer);
    // Starts the change, waits for its one callback and returns its error (a default ApiError when it succeeded).
    ApiError failedChange(Change change);
};

bool tst_ClientTransport::useAPeer(MisbehavingHttpPeer& peer)
{
    if (!peer.start())
        return false;
    setOptions([&peer](ClientOptions& options) { options.baseUrl = peer.baseUrl(); });
    return true;
}

ApiError tst_ClientTransport::failedChange(Change change)
{
    const auto outcome = [](const auto& recorder) {
        if (!recorder.wait())
            return ApiErrorFactory::invalidRequest(u"no callback"_s);
        return recorder.result().isError() ? recorder.result().error() : ApiError();
    };
    switch (change) {
    case Change::Create: {
        CallRecorder<Customer> created;
        client().createCustomer(u"Harbor Clinic"_s, {}, this, created.callback());
        return outcome(created);
    }
    case Change::Update: {
        CustomerPatch patch;
        patch.setName(u"Renamed"_s);
        CallRecorder<UpdateOutcome> updated;
        client().updateCustomer(kCustomer, patch, this, updated.callback());
        return outcome(updated);
    }
    case Change::AddUser: {
        CallRecorder<OperationStatus> added;
        client().addUser(kCustomer, kUser, this, added.callback());
        return outcome(added);
    }
    case Change::RemoveUser: {
        CallRecorder<OperationStatus> removed;
        client().removeUser(kCustomer, kUser, this, removed.callback());
        return outcome(removed);
    }
    }
    return {};
}

void tst_ClientTransport::aChangeIsNeverResentSilently_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QString>("sentence");
    const QString created = u"The customer may have been created; check the list before trying again."_s;
    const QString made = u"The change may have been made anyway; reload before trying again."_s;
    const struct
    {
        const char* name;
        Change change;
        QByteArray requestLine;
        QString sentence;
    } changes[] = {
        {"create", Change::Create, "POST /v1/express HTTP/1.1", created},
        {"update", Change::Update, "PATCH /v1/express/" + kCustomer.toLatin1() + " HTTP/1.1", made},
        {"add user", Change::AddUser, "POST /v1/express/" + kCustomer.toLatin1() + "/users HTTP/1.1", made},
        {"remove user", Change::RemoveUser, "DELETE /v1/express/" + kCustomer.toLatin1() + "/users HTTP/1.1", made},
    };
    const struct
    {
        const char* name;
        Mode mode;
    } modes[] = {{"reset", Mode::Reset}, {"closed", Mode::Close}, {"garbage status line", Mode::GarbageStatus}};
    for (const auto& change : changes) {
        for (const auto& mode : modes) {
            QTest::addRow("%s, %s", change.name, mode.name)
                << change.change << mode.mode << change.requestLine << change.sentence;
        }
    }
}

void tst_ClientTransport::aChangeIsNeverResentSilently()
{
    QFETCH(Change, change);
    QFETCH(Mode, mode);
    QFETCH(QByteArray, requestLine);
    QFETCH(QString, sentence);
    MisbehavingHttpPeer peer(mode);
    QVERIFY(useAPeer(peer));
    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);

    const ApiError error = failedChange(change);
    QCOMPARE(peer.firstRequestLine(), requestLine);
    // Every request that reached the peer is an attempt the client counted and numbered: Qt resent none by itself.
    QByteArrayList numbered;
    for (int attempt = 0; attempt < error.attempts; ++attempt)
        numbered.append(QByteArray::number(attempt));
    QCOMPARE(peer.retryCounts(), numbered);
    QCOMPARE(retries.size(), error.attempts - 1);
    // A create has no idempotency key: once it may have arrived, it is not tried again.
    if (change == Change::Create)
        QCOMPARE(error.attempts, 1);
    QVERIFY2(error.kind == Kind::Connection || error.kind == Kind::InvalidResponse, qPrintable(error.message));
    QVERIFY2(error.mayHaveTakenEffect, qPrintable(error.message));
    QVERIFY2(error.message.endsWith(sentence), qPrintable(error.message));
}

void tst_ClientTransport::aReadIsStillRetried()
{
    // A GET changes nothing: the client retries it after a reset, as the SDKs do (Qt may add resends of its own).
    MisbehavingHttpPeer peer(Mode::Reset);
    QVERIFY(useAPeer(peer));
    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);
    CallRecorder<Customer> retrieved;
    client().retrieveCustomer(kCustomer, this, retrieved.callback());
    QVERIFY(retrieved.wait());
    QCOMPARE(retrieved.errorKind(), Kind::Connection);
    QCOMPARE(retries.size(), 2);
    QVERIFY(!retrieved.result().error().mayHaveTakenEffect);
    QVERIFY(peer.requests() >= 3);
}

void tst_ClientTransport::aHeaderBlockEndsAtTheTimeout_data()
{
    QTest::addColumn<Mode>("mode");
    // A few KB every few milliseconds, never the empty line that ends the block.
    QTest::addRow("endless") << Mode::EndlessHeaders;
    // 8 MB at once. Qt 6.4 never finishes a block of more than 100 fields and says nothing (its HTTP thread keeps
    // busy on it): only the client's own deadline ends the attempt.
    QTest::addRow("huge") << Mode::HugeHeaders;
}

void tst_ClientTransport::aHeaderBlockEndsAtTheTimeout()
{
    QFETCH(Mode, mode);
    constexpr milliseconds timeout(300);
    MisbehavingHttpPeer peer(mode);
    QVERIFY(useAPeer(peer));
    setOptions([timeout](ClientOptions& options) {
        options.attemptTimeout = timeout;
        options.maxRetries = 0;
    });
    QElapsedTimer clock;
    clock.start();
    CallRecorder<Customer> retrieved;
    client().retrieveCustomer(kCustomer, this, retrieved.callback());
    QVERIFY(retrieved.wait(30000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(retrieved.errorKind(), Kind::Timeout);
    QCOMPARE(peer.requests(), 1);
    // Generous: a correctness bound on a noisy machine, not a benchmark.
    QVERIFY2(elapsed < 3 * timeout.count(), qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(tst_ClientTransport)
#include "tst_clienttransport.moc"
