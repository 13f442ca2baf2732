#pragma once

#include "domain/serverevent.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief The per-shop event log: every change appends one event with a strictly increasing, gap-free seq.
 *
 * append() runs inside the caller's write transaction, so the change and its event commit together. The
 * seq comes from the shop row (`UPDATE shops SET last_seq = last_seq + 1 ... RETURNING`), whose row lock
 * in PostgreSQL orders concurrent writers of one shop — also across server processes — so seq order is
 * commit order and no seq is skipped.
 */
class EventLog
{
public:
    /** The most events one sync page returns. */
    static constexpr int MaxPage = 1000;

    explicit EventLog(ServerDatabase &db);

    std::optional<ServerEvent> append(qint64 shopId, const QString &type, const QJsonObject &data,
                                      const QDateTime &at);
    struct Page;
    /**
     * Appends @p events in order, assigning their seqs: one seq bump and multi-row inserts for the whole
     * transaction, and (PostgreSQL) one NOTIFY to the other server processes. @p appended (optional) gets
     * them as a page, frames included, so that this process delivers its own commit without reading it back.
     */
    bool appendAll(qint64 shopId, QList<ServerEvent> &events, Page *appended = nullptr);

    struct Page
    {
        QList<ServerEvent> events; ///< Decoded (empty when read() was asked not to decode).
        QList<QByteArray> frames;  ///< Each event as the JSON object the protocol sends, built from the
                                   ///< stored text without decoding it.
        qint64 nextSince = 0;
        bool hasMore = false;
    };
    /** One event as the frame the protocol sends; @p data is its compact JSON text as stored. */
    static QByteArray frame(qint64 seq, const QString &type, const QDateTime &at, const QByteArray &data);
    /** Events with seq > @p since, at most @p limit (capped at MaxPage); @p decode fills Page::events. */
    std::optional<Page> read(qint64 shopId, qint64 since, int limit, bool decode = true);
    qint64 lastSeq(qint64 shopId);
    /**
     * PostgreSQL: locks the shop row for the caller's transaction (every write takes it first, then ids: one
     * lock order, so writers never deadlock). SQLite: nothing to do (the transaction holds the write lock).
     */
    bool lockShop(qint64 shopId);
    /**
     * A new id for any entity. PostgreSQL: from a sequence, fetched in blocks (sequences ignore rollbacks, so
     * a block is never handed out twice, also across processes). SQLite: the `counters` row, inside the
     * caller's transaction (one process owns the file).
     */
    std::optional<qint64> nextId();

    /**
     * PostgreSQL: names this server process in the NOTIFY of every commit ("<shop id> <origin>"), so that its
     * listener skips the commits of its own connections: those reach its StreamHub from memory.
     */
    void setOrigin(const QString &origin) { m_origin = origin; }
    /** A NOTIFY payload of appendAll(): the shop whose log grew, and the process that committed. */
    static std::pair<qint64, QString> parseNotice(const QString &payload);

private:
    ServerDatabase &m_db;
    QString m_origin;
    QList<qint64> m_idBlock; ///< PostgreSQL: ids fetched ahead, smallest last
};

} // namespace shopinbox::server
