#pragma once

#include "domain/conversation.h"
#include "domain/message.h"

#include <QList>

#include <optional>

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
    /** Inserts or updates. */
    bool saveConversation(qint64 shopId, const Conversation &conversation);

    std::optional<Message> message(qint64 shopId, qint64 id);
    std::optional<Message> messageByClientId(qint64 shopId, const QString &clientId);
    bool insertMessage(qint64 shopId, const Message &message);
    /** Writes the body, delivery and failure reason (and the payload) of a stored message. */
    bool updateMessage(qint64 shopId, const Message &message);
    /** Whether the customer has written in the conversation yet; nullopt when the database failed. */
    std::optional<bool> hasCustomerMessage(qint64 shopId, qint64 conversationId);
    /**
     * The newest @p limit messages of a conversation created at or after @p fromMs (UTC ms), except message
     * @p exceptId (0: none), returned oldest first; nullopt when the database failed.
     */
    std::optional<QList<Message>> latestMessages(qint64 shopId, qint64 conversationId, qint64 fromMs,
                                                 int limit, qint64 exceptId = 0);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
