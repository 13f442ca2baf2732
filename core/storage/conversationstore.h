#pragma once

#include "domain/conversation.h"
#include "domain/message.h"
#include "sqlitestatement.h"

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief Conversations in the cache, with the denormalised last-message preview the list shows. */
class ConversationStore
{
public:
    explicit ConversationStore(SqliteDatabase &db);

    /** Inserts or updates; last activity never moves backwards. */
    bool upsert(const Conversation &conversation);
    std::optional<Conversation> get(qint64 id);
    bool exists(qint64 id);
    /** Records @p message as the conversation's latest when it is not older than the current one. */
    bool noteMessage(const Message &message);
    bool setStatus(qint64 id, ConversationStatus status);
    bool setUnread(qint64 id, bool unread);
    bool setAssignee(qint64 id, std::optional<qint64> staffId);
    /** Open conversations marked unread (the window title and the tray show it). */
    int unreadOpenCount();
    /** The conversation ids of a customer, newest activity first. */
    QList<qint64> idsForCustomer(qint64 customerId);

    /** Characters of the last message kept for the list preview. */
    static constexpr int PreviewLength = 200;

private:
    SqliteStatement m_upsert;
    SqliteStatement m_get;
    SqliteStatement m_exists;
    SqliteStatement m_noteMessage;
    SqliteStatement m_setStatus;
    SqliteStatement m_setUnread;
    SqliteStatement m_setAssignee;
    SqliteStatement m_forCustomer;
    SqliteStatement m_unreadOpen;
};

} // namespace shopinbox
