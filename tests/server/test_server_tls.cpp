// --tls-cert/--tls-key: the same API over HTTPS and the event stream over WSS, with a certificate made for
// the test by the openssl command-line tool.
#include "serverfixture.h"

#include "serverrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
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

/** The demo server over TLS with a certificate made for the test, in @p dir. */
QString startTlsServer(ServerRunner &runner, const QTemporaryDir &dir, QString *cert)
{
    QString key;
    if (!makeCertificate(dir.path(), cert, &key))
        return QStringLiteral("openssl could not make a test certificate");
    ServerOptions options;
    options.dataDirectory = dir.filePath(QStringLiteral("data"));
    options.port = 0;
    options.demo = true;
    options.tlsCertificate = *cert;
    options.tlsKey = key;
    return runner.start(options);
}

/** Makes @p http accept exactly the test's own self-signed certificate @p cert. */
void trustOnly(HttpClient &http, const QString &cert)
{
    const QList<QSslCertificate> trusted = QSslCertificate::fromPath(cert);
    ASSERT_EQ(trusted.size(), 1);
    QObject::connect(&http.manager(), &QNetworkAccessManager::sslErrors,
                     [trusted](QNetworkReply *reply, const QList<QSslError> &errors) {
                         for (const QSslError &error : errors) {
                             if (error.certificate() != trusted.first())
                                 return;
                         }
                         reply->ignoreSslErrors(errors);
                     });
}

TEST(ServerTls, ServesTheApiOverHttpsAndTheStreamOverWss)
{
    QTemporaryDir dir;
    QString cert;
    ServerRunner runner;
    ASSERT_EQ(startTlsServer(runner, dir, &cert), QString());
    ASSERT_EQ(runner.url().scheme(), QStringLiteral("https"));

    HttpClient http;
    http.setBase(runner.url());
    trustOnly(http, cert);
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

/** The cipher `openssl s_client` negotiated with 127.0.0.1:@p port given @p arguments; empty when none. */
QString negotiated(quint16 port, const QStringList &arguments, QString *protocol = nullptr)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral("openssl"),
                 QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                             QStringLiteral("127.0.0.1:%1").arg(port)} +
                     arguments);
    client.closeWriteChannel();
    if (!client.waitForFinished(60000))
        return QStringLiteral("(openssl hung)");
    const QString output = QString::fromUtf8(client.readAll());
    // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384" or "New, (NONE), Cipher is (NONE)"
    static const QRegularExpression line(QStringLiteral("New, ([^,]+), Cipher is (\\S+)"));
    const QRegularExpressionMatch match = line.match(output);
    if (!match.hasMatch() || match.captured(2) == QLatin1String("(NONE)"))
        return {};
    if (protocol)
        *protocol = match.captured(1);
    return match.captured(2);
}

TEST(ServerTls, OnlyTls12AndUpWithForwardSecretAeadSuitesAndHstsOnEveryAnswer)
{
    QTemporaryDir dir;
    QString cert;
    ServerRunner runner;
    ASSERT_EQ(startTlsServer(runner, dir, &cert), QString());
    const auto port = static_cast<quint16>(runner.url().port());

    QString protocol;
    EXPECT_FALSE(negotiated(port, {}, &protocol).isEmpty());
    EXPECT_EQ(protocol, QStringLiteral("TLSv1.3")) << "TLS 1.3 is preferred";
    EXPECT_EQ(negotiated(port, {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")}),
              QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"));
    EXPECT_EQ(negotiated(port, {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305")}),
              QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305"));
    // Refused: RSA key exchange (no forward secrecy), CBC with SHA-1, TLS 1.1 and 1.0.
    for (const QStringList &refused :
         {QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                      QStringLiteral("AES128-GCM-SHA256")},
          QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("AES256-SHA")},
          QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                      QStringLiteral("ECDHE-RSA-AES128-SHA")},
          QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                      QStringLiteral("ALL:@SECLEVEL=0")},
          QStringList{QStringLiteral("-tls1"), QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0")}})
        EXPECT_TRUE(negotiated(port, refused).isEmpty()) << refused.join(QLatin1Char(' ')).toStdString();

    HttpClient http;
    http.setBase(runner.url());
    trustOnly(http, cert);
    for (const QString &path :
         {QStringLiteral("/storefront/v1/settings"), QStringLiteral("/api/v1/nowhere")}) {
        const HttpResponse response = http.get(path);
        EXPECT_NE(response.status, 0) << path.toStdString();
        EXPECT_EQ(response.header("Strict-Transport-Security"), "max-age=31536000") << path.toStdString();
    }
    runner.stop();
}

} // namespace
