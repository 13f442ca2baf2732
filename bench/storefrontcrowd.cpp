#include "storefrontcrowd.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

namespace shopinbox::bench {

StorefrontCrowd::StorefrontCrowd(QObject *parent)
    : QObject(parent)
{
}

StorefrontCrowd::~StorefrontCrowd() = default;

void StorefrontCrowd::prepare(const QUrl &server, int customers)
{
    m_server = server;
    m_customers = customers;
    m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = server;
    url.setPath(QStringLiteral("/storefront/v1/sessions"));
    const qint64 pid = QCoreApplication::applicationPid();
    // All requests at once: the network manager runs them over its few connections per host.
    for (int i = 0; i < customers; ++i) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("Burst Shopper %1").arg(i)},
            {QStringLiteral("email"), QStringLiteral("burst-%1-%2@example.com").arg(pid).arg(i)}};
        QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const QString token = answer.value(QStringLiteral("session_token")).toString();
            if (token.isEmpty()) {
                if (!m_failed)
                    emit failed(QStringLiteral("storefront session failed: %1").arg(reply->errorString()));
                m_failed = true;
                return;
            }
            m_conversations.append(answer.value(QStringLiteral("conversation_id")).toInteger());
            openChat(token);
        });
    }
}

void StorefrontCrowd::openChat(const QString &sessionToken)
{
    auto socket = std::make_unique<QWebSocket>();
    connect(socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (!text.contains(QLatin1String("\"hello\"")))
            return;
        if (++m_ready == m_customers)
            emit ready(m_conversations);
    });
    // Browsers send WebSocket frames without Nagle's delay; so does this simulated shopper.
    connect(socket.get(), &QWebSocket::connected, this, [raw = socket.get()] {
        if (auto *tcp = raw->findChild<QAbstractSocket *>())
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    QUrl url = m_server;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/storefront/v1/chat"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("session"), sessionToken);
    url.setQuery(query);
    socket->open(url);
    m_chats.push_back(std::move(socket));
}

void StorefrontCrowd::burst(int perCustomer)
{
    static const QStringList bodies{QStringLiteral("Is the merino sweater still available in medium?"),
                                    QStringLiteral("Wanneer wordt mijn bestelling bezorgd?"),
                                    QStringLiteral("Bonjour, livrez-vous en Belgique ?"),
                                    QStringLiteral("Kann ich die Größe noch umtauschen?"),
                                    QStringLiteral("Thanks, that was quick!")};
    int count = 0;
    for (int round = 0; round < perCustomer; ++round) {
        for (const std::unique_ptr<QWebSocket> &chat : m_chats) {
            const QJsonObject frame{
                {QStringLiteral("type"), QStringLiteral("message")},
                {QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("body"), bodies.at(count % bodies.size())}};
            chat->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
            ++count;
        }
    }
    emit sent(count);
}

} // namespace shopinbox::bench
