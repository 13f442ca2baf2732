#pragma once

#include "domain/message.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief Position of a message in its conversation: (created at, local id), for keyset paging. */
struct MessageKey
{
    qint64 createdAtMs = 0;
    qint64 localId = 0;
    friend bool operator==(const MessageKey &, const MessageKey &) = default;
};

/**
 * @brief Messages in the cache.
 *
 * Every message has a local id (the row id, also the full-text index row). A local echo of a message being
 * sent has a client id but no server id; when the server's copy arrives with the same client id it is merged
 * into the same row, so views keep their row.
 */
class MessageStore
{
public:
    explicit MessageStore(SqliteDatabase &db);

    /**
     * Inserts, or merges by server id or client id; returns the local id, nullopt on error.
     * Call indexNewMessages() before committing the transaction so the new text is searchable.
     */
    std::optional<qint64> upsert(const Message &message);
    std::optional<Message> get(qint64 localId);
    /** Up to @p limit messages before @p before (newest first when scanning back), oldest first in the
     * result. */
    QList<Message> page(qint64 conversationId, std::optional<MessageKey> before, int limit);
    /** Whether messages older than @p key exist in the conversation. */
    bool hasOlder(qint64 conversationId, const MessageKey &key);
    /** Adds messages inserted since the last call to the full-text index, in one statement. */
    bool indexNewMessages();
    /** The local id of the message with @p clientId, if the cache has it. */
    std::optional<qint64> localIdByClientId(const QString &clientId);
    /** Deletes a message that never reached the server (a discarded local echo). */
    bool remove(qint64 localId);
    bool setDelivery(qint64 localId, DeliveryState state, const QString &failureReason);
    QString lastError() const { return m_lastError; }

    static MessageKey keyOf(const Message &message);
    /**
     * Fills the kind-specific parts of @p message (its kind set) from the `payload` column's text, the wire
     * form of json::encodePayload(): the one reader of that column (the inbox list uses it for a last cart
     * event too). False, with a warning naming the message and field, when the stored payload is not one
     * of that kind: the caller leaves the message out rather than show it half-filled.
     */
    static bool readPayload(Message &message, const QString &column);

private:
    SqliteDatabase &m_db;
    SqliteStatement m_upsert;
    SqliteStatement m_findLocal;
    SqliteStatement m_get;
    SqliteStatement m_pageFirst;
    SqliteStatement m_pageBefore;
    SqliteStatement m_hasOlder;
    SqliteStatement m_setDelivery;
    SqliteStatement m_remove;
    SqliteStatement m_indexNew;
    SqliteStatement m_indexMark;
    QString m_lastError;
};

} // namespace shopinbox
