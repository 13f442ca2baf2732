#include "customerprofile.h"

#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/orderstore.h"

#include <QTimeZone>

#include <algorithm>

namespace shopinbox {

CustomerProfile::CustomerProfile(Cache &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
{
    connect(&m_cache, &Cache::changed, this, &CustomerProfile::onCacheChanged);
}

void CustomerProfile::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    reload();
}

void CustomerProfile::reload()
{
    m_conversation = m_conversationId ? m_cache.conversations().get(m_conversationId) : std::nullopt;
    const qint64 customerId = m_conversation ? m_conversation->customerId : 0;
    m_customer = customerId ? m_cache.customers().get(customerId) : std::nullopt;
    m_cart = customerId ? m_cache.carts().get(customerId) : std::nullopt;
    m_orders = customerId ? m_cache.orders().forCustomer(customerId) : QList<Order>();
    m_others.clear();
    for (qint64 id : customerId ? m_cache.conversations().idsForCustomer(customerId) : QList<qint64>()) {
        if (id == m_conversationId)
            continue;
        if (std::optional<Conversation> other = m_cache.conversations().get(id))
            m_others.append(std::move(*other));
        if (m_others.size() == MaxOtherConversations)
            break;
    }
    emit changed();
}

void CustomerProfile::onCacheChanged(const CacheChanges &changes)
{
    if (!m_conversationId)
        return;
    const qint64 customerId = m_conversation ? m_conversation->customerId : 0;
    if (changes.conversations.contains(m_conversationId) || changes.customers.contains(customerId) ||
        changes.carts.contains(customerId) || changes.orders.contains(customerId)) {
        reload();
        return;
    }
    // Another conversation of this customer changed, or a new one began: one indexed query, not a lookup per
    // changed conversation (a burst changes hundreds).
    if (customerId && !changes.conversations.isEmpty()) {
        const QList<qint64> ids = m_cache.conversations().idsForCustomer(customerId);
        if (std::any_of(ids.cbegin(), ids.cend(),
                        [&](qint64 id) { return changes.conversations.contains(id); }))
            reload();
    }
}

bool CustomerProfile::isReturning() const
{
    return m_customer && (m_customer->orderCount > 0 || !m_orders.isEmpty());
}

QList<Order> CustomerProfile::openOrders() const
{
    QList<Order> open;
    for (const Order &order : m_orders) {
        if (order.open)
            open.append(order);
    }
    return open;
}

std::optional<Order> CustomerProfile::lastOrder() const
{
    return lastOrder(m_orders, m_clock.nowUtc());
}

QDateTime CustomerProfile::localTime() const
{
    return m_customer ? localTime(m_customer->timeZone, m_clock.nowUtc()) : QDateTime();
}

std::optional<Order> CustomerProfile::lastOrder(const QList<Order> &orders, const QDateTime &nowUtc)
{
    const QDateTime cutoff = nowUtc.addDays(-LastOrderDays);
    std::optional<Order> last;
    for (const Order &order : orders) {
        if (!order.open && order.placedAt < cutoff)
            continue;
        if (!last || order.placedAt > last->placedAt ||
            (order.placedAt == last->placedAt && order.id > last->id))
            last = order;
    }
    return last;
}

QDateTime CustomerProfile::localTime(const QString &ianaTimeZone, const QDateTime &nowUtc)
{
    if (ianaTimeZone.isEmpty())
        return {};
    const QTimeZone zone(ianaTimeZone.toUtf8());
    if (!zone.isValid())
        return {};
    return nowUtc.toTimeZone(zone);
}

} // namespace shopinbox
