// --tls-cert/--tls-key: the same API over HTTPS and the event stream over WSS, with a certificate made for
// the test by the openssl command-line tool.
#include "serverfixture.h"

#include "serverrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QProcess>
#include <QSslError>
#include <QTemporaryDir>
#include <QWebSocket>

#include <gtest/gtest.h>

using namespace shopinbox;
using namespace shopinbox::server;
using namespace servertest;

namespace {

bool makeCertificate(const QString &dir, QString *cert, QString *key)
{
    *cert = dir + QStringLiteral("/cert.pem");
    *key = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), *key,
                   QStringLiteral("-out"), *cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

TEST(ServerTls, ServesTheApiOverHttpsAndTheStreamOverWss)
{
    QTemporaryDir dir;
    QString cert;
    QString key;
    ASSERT_TRUE(makeCertificate(dir.path(), &cert, &key)) << "openssl could not make a test certificate";

    ServerRunner runner;
    ServerOptions options;
    options.dataDirectory = dir.filePath(QStringLiteral("data"));
    options.port = 0;
    options.demo = true;
    options.tlsCertificate = cert;
    options.tlsKey = key;
    ASSERT_EQ(runner.start(options), QString());
    ASSERT_EQ(runner.url().scheme(), QStringLiteral("https"));

    HttpClient http;
    http.setBase(runner.url());
    // The test's own self-signed certificate: accept exactly that one.
    const QList<QSslCertificate> trusted = QSslCertificate::fromPath(cert);
    ASSERT_EQ(trusted.size(), 1);
    QObject::connect(&http.manager(), &QNetworkAccessManager::sslErrors,
                     [&](QNetworkReply *reply, const QList<QSslError> &errors) {
                         for (const QSslError &error : errors) {
                             if (error.certificate() != trusted.first())
                                 return;
                         }
                         reply->ignoreSslErrors(errors);
                     });
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    EXPECT_GT(http.lastSeq(token), 0);

    QWebSocket stream;
    QObject::connect(&stream, &QWebSocket::sslErrors, &stream,
                     [&stream](const QList<QSslError> &errors) { stream.ignoreSslErrors(errors); });
    QStringList frames;
    QObject::connect(&stream, &QWebSocket::textMessageReceived, &stream,
                     [&frames](const QString &text) { frames.append(text); });
    QUrl url = runner.url();
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QStringLiteral("since=0"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    stream.open(request);
    QElapsedTimer timer;
    timer.start();
    while (frames.size() < 3 && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_GE(frames.size(), 3) << "no events over WSS";
    stream.close();

    // Plain HTTP on the TLS port gets no API answer.
    HttpClient plain;
    QUrl insecure = runner.url();
    insecure.setScheme(QStringLiteral("http"));
    plain.setBase(insecure);
    EXPECT_NE(
        plain
            .post(QStringLiteral("/api/v1/login"), {{"email", "owner@demo.shop"}, {"password", "demo-owner"}})
            .status,
        200);
    runner.stop();
}

TEST(ServerTls, RefusesAnUnreadableCertificate)
{
    QTemporaryDir dir;
    ServerRunner runner;
    ServerOptions options;
    options.dataDirectory = dir.path();
    options.port = 0;
    options.tlsCertificate = dir.filePath(QStringLiteral("missing.pem"));
    options.tlsKey = dir.filePath(QStringLiteral("missing-key.pem"));
    const QString error = runner.start(options);
    EXPECT_TRUE(error.contains(QStringLiteral("PEM"))) << error.toStdString();
}

} // namespace
