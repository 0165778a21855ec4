// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// TLS fails closed: a server whose certificate cannot be verified gets no request and the user gets a clear
// message. The same server, once its certificate is trusted, is reached - so the refusal is the check.

#include "core/api/ExpressClient.h"
#include "tests/support/CallRecorder.h"
#include "tests/support/RecordingHttpServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ApiKey = u"tls-test-key-7d1f3a"_s;
const QString CustomerId = u"cus_1234567890abcdef1234567890abcdef"_s;

QByteArray readTestFile(const QString& name)
{
    QFile file(QStringLiteral(EXPRESSADMIN_TEST_DATA_DIR) + u"/tls/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ClientTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anUnverifiableCertificateGetsNoRequestAndAClearMessage();
    void theSameServerIsReachedOnceItsCertificateIsTrusted();

private:
    ExpressClient& client() { return *m_client; }

    QSslCertificate m_certificate;
    QSslConfiguration m_defaultConfiguration;
    std::unique_ptr<RecordingHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
};

void tst_ClientTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "this Qt has no TLS backend");
    m_certificate = QSslCertificate(readTestFile(u"localhost.crt"_s), QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    m_defaultConfiguration = QSslConfiguration::defaultConfiguration();
}

void tst_ClientTls::init()
{
    const QSslKey key(readTestFile(u"localhost.key"_s), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!key.isNull());
    m_server = std::make_unique<RecordingHttpServer>();
    m_server->sslSetup(m_certificate, key);
    m_server->setResponse(200, {{"Content-Type"_ba, "application/json"_ba}},
        R"({"createdAt":null,"expressCustomerId":"cus_1234567890abcdef1234567890abcdef",)"
        R"("expressCustomerName":"TLS Clinic","isActive":true,"updatedAt":null,"userCount":0})"_ba);
    // In Qt 6.4 only listen() honours sslSetup(); bind() of a plain QTcpServer would speak plain HTTP.
    const quint16 port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY(port != 0);

    QUrl baseUrl;
    baseUrl.setScheme(u"https"_s);
    baseUrl.setHost(u"127.0.0.1"_s);
    baseUrl.setPort(port);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    ClientOptions options;
    options.baseUrl = baseUrl;
    options.apiKey = ApiKey;
    options.profileName = u"Production"_s;
    options.maxRetries = 0;
    options.attemptTimeout = std::chrono::milliseconds(10000);
    m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
}

void tst_ClientTls::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    QSslConfiguration::setDefaultConfiguration(m_defaultConfiguration);
}

void tst_ClientTls::anUnverifiableCertificateGetsNoRequestAndAClearMessage()
{
    CallRecorder<Customer> done;
    client().retrieveCustomer(CustomerId, this, done.callback());
    QVERIFY(done.wait());
    QCOMPARE(done.count(), 1);
    QVERIFY(!done.isOk());

    const ApiError& error = done.result().error();
    QCOMPARE(error.kind, ApiError::Kind::Connection);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.contains(u"certificate"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(ApiKey));
    // The handshake failed, so no request - and no key - ever reached the server.
    QVERIFY(m_server->received().isEmpty());
}

void tst_ClientTls::theSameServerIsReachedOnceItsCertificateIsTrusted()
{
    QSslConfiguration trusting = m_defaultConfiguration;
    trusting.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);

    CallRecorder<Customer> done;
    client().retrieveCustomer(CustomerId, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY2(done.isOk(), done.errorText());
    QCOMPARE(done.result().value().name(), u"TLS Clinic"_s);
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().header("authorization"), "Bearer "_ba + ApiKey.toUtf8());
}

QTEST_GUILESS_MAIN(tst_ClientTls)
#include "tst_clienttls.moc"
