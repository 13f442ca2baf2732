#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QWebSocket;

namespace shopinbox::bench {

/**
 * @brief Many storefront customers, each with a session and an open chat socket, living in a worker thread
 * so that sending never runs on the thread being measured. Call prepare() and burst() through queued
 * invocations from the owning thread.
 */
class StorefrontCrowd : public QObject
{
    Q_OBJECT
public:
    explicit StorefrontCrowd(QObject *parent = nullptr);
    ~StorefrontCrowd() override;

    /** Creates @p customers storefront sessions on @p server and opens a chat socket for each. */
    void prepare(const QUrl &server, int customers);
    /** Sends @p perCustomer messages from every customer, round robin, as fast as the sockets take them. */
    void burst(int perCustomer);

signals:
    /** Every socket got its "hello"; @p conversations are the customers' conversation ids. */
    void ready(const QList<qint64> &conversations);
    void failed(const QString &error);
    void sent(int messages);

private:
    void openChat(const QString &sessionToken);

    QUrl m_server;
    int m_customers = 0;
    int m_ready = 0;
    bool m_failed = false;
    QList<qint64> m_conversations;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<QWebSocket>> m_chats;
};

} // namespace shopinbox::bench
