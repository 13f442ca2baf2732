#pragma once

#include "domain/cart.h"
#include "domain/conversation.h"
#include "domain/customer.h"
#include "domain/staff.h"

#include <QList>
#include <QObject>

#include <optional>

namespace shopinbox {

class Cache;
struct CacheChanges;

/**
 * @brief One conversation as the conversation screen shows it: the conversation, its customer, who has it,
 * the live cart, and the staff it can be assigned to — read from the cache, refreshed when the cache says any
 * of them changed. The header and the main window read it instead of the stores.
 */
class ConversationDetails : public QObject
{
    Q_OBJECT
public:
    explicit ConversationDetails(Cache *cache, QObject *parent = nullptr);

    /** Follows conversation @p id (0: none); emits changed(). */
    void setConversation(qint64 id);
    qint64 conversationId() const { return m_id; }

    /** Nullopt when there is none (0, or not in the cache). */
    const std::optional<Conversation> &conversation() const { return m_conversation; }
    const std::optional<Customer> &customer() const { return m_customer; }
    /** The assignee, when the conversation has one the cache knows. */
    const std::optional<Staff> &assignee() const { return m_assignee; }
    const std::optional<Cart> &cart() const { return m_cart; }
    /** Staff who may chat (the only ones a conversation can be assigned to), by name. */
    QList<Staff> assignableStaff() const;
    /** Whether the server e-mails replies to customers who left the store (SMTP configured). */
    bool emailReplies() const;

    /** Any conversation in the cache, for navigation (e.g. to find which list holds it). */
    std::optional<Conversation> lookup(qint64 id) const;

signals:
    void changed();

private:
    void onCacheChanged(const CacheChanges &changes);
    void reload();

    Cache *m_cache;
    qint64 m_id = 0;
    std::optional<Conversation> m_conversation;
    std::optional<Customer> m_customer;
    std::optional<Staff> m_assignee;
    std::optional<Cart> m_cart;
};

} // namespace shopinbox
