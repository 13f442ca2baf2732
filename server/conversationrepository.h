#pragma once

#include "domain/conversation.h"
#include "domain/message.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief Conversations and their messages (tables conversations, messages).
 *
 * A message keeps its whole wire object in the payload column beside the columns that queries need.
 * Writes do not open transactions or append events; the services do both around them (UnitOfWork).
 */
class ConversationRepository
{
public:
    explicit ConversationRepository(ServerDatabase &db);

    std::optional<Conversation> conversation(qint64 shopId, qint64 id);
    /** The customer's most recent conversation, open or closed. */
    std::optional<Conversation> latestConversation(qint64 shopId, qint64 customerId);
    /**
     * The customer's own most recent conversation: not @p exceptId and not the conversation of a storefront
     * session that only named their address (still linked). Nullopt when there is none or the database
     * failed (@p failed tells which).
     */
    std::optional<Conversation> customersConversation(qint64 shopId, qint64 customerId, qint64 exceptId,
                                                      bool *failed);
    /** Inserts or updates. */
    bool saveConversation(qint64 shopId, const Conversation &conversation);

    /** Several conversations in a few statements (a batch of chat messages); nullopt when the database
     *  failed. Unknown ids are absent from the answer. */
    std::optional<QHash<qint64, Conversation>> conversations(qint64 shopId, const QList<qint64> &ids);
    /** Inserts or updates several conversations, a few rows per statement. */
    bool saveConversations(qint64 shopId, const QList<Conversation> &conversations);

    std::optional<Message> message(qint64 shopId, qint64 id);
    std::optional<Message> messageByClientId(qint64 shopId, const QString &clientId);
    /** The stored messages of these client ids (those that exist); nullopt when the database failed. */
    std::optional<QHash<QString, Message>> messagesByClientIds(qint64 shopId, const QStringList &clientIds);
    bool insertMessage(qint64 shopId, const Message &message);
    /** insertMessage() for several, a few rows per statement. */
    bool insertMessages(qint64 shopId, const QList<Message> &messages);
    /** Writes the body, delivery and failure reason (and the payload) of a stored message. */
    bool updateMessage(qint64 shopId, const Message &message);
    /** Whether the customer has written in the conversation yet; nullopt when the database failed. */
    std::optional<bool> hasCustomerMessage(qint64 shopId, qint64 conversationId);
    /** Of @p conversationIds, those in which the customer has written; nullopt when the database failed. */
    std::optional<QSet<qint64>> withCustomerMessages(qint64 shopId, const QList<qint64> &conversationIds);
    /**
     * The newest @p limit messages of a conversation as its customer sees them (no notices, which are for
     * staff only), created at or after @p fromMs (UTC ms), except message @p exceptId (0: none), returned
     * oldest first; nullopt when the database failed. The storefront history and the reply mails read it.
     */
    std::optional<QList<Message>> latestMessages(qint64 shopId, qint64 conversationId, qint64 fromMs,
                                                 int limit, qint64 exceptId = 0);

private:
    /** Runs @p sql, whose IN (%1) gets one mark per key, over @p keys a chunk of at most 128 at a time,
     *  binding @p leading values before each chunk's keys. */
    bool runIn(const QString &sql, const QVariantList &leading, const QVariantList &keys,
               const std::function<void(const QSqlQuery &)> &row);

    ServerDatabase &m_db;
};

} // namespace shopinbox::server
