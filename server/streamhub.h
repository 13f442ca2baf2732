#pragma once

#include "domain/serverevent.h"
#include "eventlog.h"
#include "sessionrepository.h"

#include <QJsonObject>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace shopinbox::server {

class ShopService;
class ServerDatabase;

/**
 * @brief Live connections: staff event streams and storefront chat sockets.
 *
 * Whatever committed the events — this process or another one on the same PostgreSQL database — the hub
 * reads them back from the event log in seq order and fans them out, so every stream sees the same ordered,
 * gap-free sequence. Peers that stop answering pings are dropped.
 */
class StreamHub : public QObject
{
    Q_OBJECT
public:
    StreamHub(ShopService &service, ServerDatabase &db, QObject *parent = nullptr);
    ~StreamHub() override;

    /** A staff stream for @p shopId starting after @p since. Takes ownership of the socket @p owned. */
    void addStaffStream(std::unique_ptr<QWebSocket> owned, qint64 shopId, qint64 since);
    /** A storefront chat socket of one session. Takes ownership of the socket @p owned. */
    void addStorefrontChat(std::unique_ptr<QWebSocket> owned, const StorefrontSession &session);
    /** Events up to some seq of @p shopId are committed (by anyone): deliver what is new. */
    void poke(qint64 shopId);
    /** Closes every socket (shutdown). */
    void closeAll();

    int staffStreamCount() const { return static_cast<int>(m_staff.size()); }
    int storefrontSocketCount() const { return static_cast<int>(m_storefront.size()); }

    /** Ping period; a peer that misses two pongs in a row is dropped. */
    void setPingInterval(int milliseconds);

private:
    struct StaffPeer
    {
        QPointer<QWebSocket> socket;
        qint64 shopId = 0;
        qint64 sent = 0; ///< seq of the last event sent
        int missedPongs = 0;
    };
    struct ChatPeer
    {
        QPointer<QWebSocket> socket;
        qint64 shopId = 0;
        qint64 customerId = 0;
        qint64 conversationId = 0;
        int missedPongs = 0;
    };

    void catchUp(StaffPeer &peer);
    void deliver(qint64 shopId, const EventLog::Page &page);
    void onChatText(QWebSocket *socket, const QString &text);
    void flushInbox();
    void removeSocket(QWebSocket *socket);
    void pingAll();

    ShopService &m_service;
    ServerDatabase &m_db;
    QHash<QWebSocket *, StaffPeer> m_staff;
    QHash<QWebSocket *, ChatPeer> m_storefront;
    QHash<qint64, qint64> m_broadcast; ///< shop -> last seq fanned out
    struct Incoming
    {
        QPointer<QWebSocket> socket;
        StorefrontSession session;
        QJsonObject body;
    };
    QList<Incoming> m_inbox; ///< chat messages waiting for this turn's transaction
    QTimer m_pingTimer;
};

} // namespace shopinbox::server
