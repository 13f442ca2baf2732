#pragma once

#include "domain/cart.h"
#include "domain/clock.h"
#include "domain/conversation.h"
#include "domain/customer.h"
#include "domain/order.h"
#include "storage/cachechanges.h"

#include <QObject>

#include <optional>

namespace shopinbox {

class Cache;

/**
 * @brief Everything the profile dock shows about the customer of one conversation, read from the cache and
 * kept current: changed() fires when the customer, their cart, their orders or the conversation change.
 *
 * The rules live here so that they are tested without widgets: new or returning customer, the last order
 * (the most recent placed in the last 60 days, or one still open), the open orders, and the customer's
 * local time from their IANA time zone (DST-correct, from the injected Clock).
 */
class CustomerProfile : public QObject
{
    Q_OBJECT
public:
    /** How far back an order counts as the customer's "last order" when it is no longer open. */
    static constexpr int LastOrderDays = 60;

    CustomerProfile(Cache &cache, const Clock &clock, QObject *parent = nullptr);

    /** Shows the customer of @p conversationId (0: nobody). */
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    const std::optional<Customer> &customer() const { return m_customer; }
    const std::optional<Conversation> &conversation() const { return m_conversation; }
    const std::optional<Cart> &cart() const { return m_cart; }
    /** The customer's orders, newest first. */
    const QList<Order> &orders() const { return m_orders; }
    /** The customer's other conversations (at most MaxOtherConversations), newest activity first. */
    const QList<Conversation> &otherConversations() const { return m_others; }
    static constexpr int MaxOtherConversations = 10;

    /** Returning once they have placed an order before; new otherwise. */
    bool isReturning() const;
    std::optional<Order> lastOrder() const;
    QList<Order> openOrders() const;
    /** Now in the customer's time zone; invalid when the zone is unknown or not a valid IANA id. */
    QDateTime localTime() const;

    /** The order shown as "last order placed": the newest open one or placed within LastOrderDays of @p now;
     * of those, the most recently placed. */
    static std::optional<Order> lastOrder(const QList<Order> &orders, const QDateTime &nowUtc);
    /** @p nowUtc in @p ianaTimeZone; invalid for an unknown zone. */
    static QDateTime localTime(const QString &ianaTimeZone, const QDateTime &nowUtc);

signals:
    void changed();

private:
    void reload();
    void onCacheChanged(const CacheChanges &changes);

    Cache &m_cache;
    const Clock &m_clock;
    qint64 m_conversationId = 0;
    std::optional<Conversation> m_conversation;
    std::optional<Customer> m_customer;
    std::optional<Cart> m_cart;
    QList<Order> m_orders;
    QList<Conversation> m_others;
};

} // namespace shopinbox
