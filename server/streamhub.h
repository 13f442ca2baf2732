#pragma once

#include "domain/message.h"
#include "domain/serverevent.h"
#include "eventlog.h"
#include "netlimits.h"
#include "serviceresult.h"
#include "sessionrepository.h"
#include "staffrepository.h"
#include "wspeer.h"

#include <QJsonObject>

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace shopinbox::server {

class ChatWriter;
class ShopService;
class ServerDatabase;

/**
 * @brief Live connections: staff event streams and storefront chat sockets.
 *
 * Whatever committed the events — this process or another one on the same PostgreSQL database — the hub
 * fans them out in seq order (this process's own commits from memory when they follow what was sent, all
 * else read back from the event log), so every stream sees the same ordered,
 * gap-free sequence. A staff stream is fed from the log a page at a time, the next page only once the socket
 * has drained what it was given: a new stream's catch-up and a stream that does not read are paused, never
 * buffered without bound, and never hold up other connections. Pings, timeouts and frame limits are the
 * network front's (NetServer, WsPeer).
 */
class StreamHub : public QObject
{
    Q_OBJECT
public:
    /** Events sent to a staff stream per step while it catches up from the log. */
    static constexpr int CatchUpPage = 256;
    /** Chat messages written per transaction at most (a burst is split into such batches). */
    static constexpr int InboxBatch = 1000;
    /** How often the tokens of open staff streams are checked again (and their use recorded). */
    static constexpr int TokenCheckMs = 10 * 60 * 1000;

    StreamHub(ShopService &service, ServerDatabase &db, const NetLimits &limits, QObject *parent = nullptr);
    ~StreamHub() override;

    /**
     * Chat messages are written by @p writer (PostgreSQL: on its own thread and connection) instead of on
     * this thread; one batch at a time, the next one collected meanwhile.
     */
    void setChatWriter(std::unique_ptr<ChatWriter> writer);
    /** A staff stream of @p staff starting after @p since (an authenticated peer, not started yet). */
    void addStaffStream(const WsPeerPtr &peer, const StaffAccount &staff, qint64 since);
    /**
     * Closes the staff streams opened with @p tokenHash (empty: every stream of @p staffId) with 1008
     * "signed out": the token was revoked or the member deactivated.
     */
    void closeRevoked(qint64 staffId, const QString &tokenHash);
    /** A storefront chat socket of one session (an authenticated peer, not started yet). */
    void addStorefrontChat(const WsPeerPtr &peer, const StorefrontSession &session);
    /** Events up to some seq of @p shopId are committed (by anyone): deliver what is new. */
    void poke(qint64 shopId);
    /** This process committed @p page: delivered from memory when it follows what was delivered, else as
     * poke(). */
    void deliverOwn(qint64 shopId, const EventLog::Page &page);
    /** Closes every socket (shutdown). */
    void closeAll();

    int staffStreamCount() const { return static_cast<int>(m_staff.size()); }
    int storefrontSocketCount() const { return static_cast<int>(m_storefront.size()); }

    /** Staff streams that are behind (catching up, or paused because they do not read). */
    int pausedStreamCount() const;

private:
    struct StaffPeer
    {
        WsPeerPtr peer;
        qint64 shopId = 0;
        qint64 staffId = 0;
        QString tokenHash;    ///< the token the stream was opened with
        qint64 sent = 0;      ///< seq of the last event sent
        bool live = false;    ///< caught up: gets the fan-out; otherwise pump() feeds it from the log
        bool waiting = false; ///< a drained() call is asked for
    };
    struct ChatPeer
    {
        WsPeerPtr peer;
        qint64 shopId = 0;
        qint64 customerId = 0;
        qint64 conversationId = 0;
        qint64 mergedConversationId = 0; ///< The one it had before it proved the address (0: none).
    };

    struct Incoming
    {
        quint64 id = 0;
        WsPeerPtr peer;
        StorefrontSession session;
        QJsonObject body;
    };

    void pump(quint64 id);
    void checkTokens();
    void deliver(qint64 shopId, const EventLog::Page &page);
    void onChatMessage(quint64 id, const QByteArray &payload, bool binary);
    void flushInbox();
    void answerInbox(const QList<Incoming> &inbox, const QList<ServiceResult<Stored<Message>>> &results);
    void removePeer(quint64 id);
    qint64 broadcastPosition(qint64 shopId);

    ShopService &m_service;
    ServerDatabase &m_db;
    const NetLimits m_limits;
    QHash<quint64, StaffPeer> m_staff;
    QHash<quint64, ChatPeer> m_storefront;
    QMultiHash<qint64, quint64> m_chatsOfConversation;   ///< conversation -> chat peers (the fan-out's index)
    QHash<QPair<qint64, qint64>, int> m_chatsOfCustomer; ///< (shop, customer) -> open chat sockets (presence)
    QHash<qint64, qint64> m_broadcast;                   ///< shop -> last seq fanned out
    QList<Incoming> m_inbox;              ///< chat messages waiting for this turn's transaction
    std::unique_ptr<ChatWriter> m_writer; ///< writes the inbox when set (PostgreSQL)
    bool m_writing = false;               ///< a batch is with m_writer
    QTimer m_tokenCheck;
};

} // namespace shopinbox::server
