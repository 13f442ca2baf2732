#include "conversationdetails.h"

#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/staffstore.h"
#include "storage/syncstatestore.h"

namespace shopinbox {

ConversationDetails::ConversationDetails(Cache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    connect(m_cache, &Cache::changed, this, &ConversationDetails::onCacheChanged);
}

void ConversationDetails::setConversation(qint64 id)
{
    m_id = id;
    reload();
    emit changed();
}

void ConversationDetails::onCacheChanged(const CacheChanges &changes)
{
    if (!m_id)
        return;
    const qint64 customerId = m_conversation ? m_conversation->customerId : 0;
    const bool concerned =
        changes.conversations.contains(m_id) || changes.staff || changes.settings ||
        (customerId && (changes.customers.contains(customerId) || changes.carts.contains(customerId)));
    if (!concerned)
        return;
    reload();
    emit changed();
}

void ConversationDetails::reload()
{
    m_conversation = m_id && m_cache->isOpen() ? m_cache->conversations().get(m_id) : std::nullopt;
    m_customer = m_conversation ? m_cache->customers().get(m_conversation->customerId) : std::nullopt;
    m_assignee = m_conversation && m_conversation->assigneeId
                     ? m_cache->staff().get(*m_conversation->assigneeId)
                     : std::nullopt;
    m_cart = m_conversation ? m_cache->carts().get(m_conversation->customerId) : std::nullopt;
}

QList<Staff> ConversationDetails::assignableStaff() const
{
    return m_cache->isOpen() ? m_cache->staff().all(true) : QList<Staff>();
}

bool ConversationDetails::emailReplies() const
{
    return m_cache->isOpen() && m_cache->syncState()
                                    .document(SyncStateStore::ServerDocument)
                                    .value(QStringLiteral("email_replies"))
                                    .toBool();
}

std::optional<Conversation> ConversationDetails::lookup(qint64 id) const
{
    return m_cache->isOpen() ? m_cache->conversations().get(id) : std::nullopt;
}

} // namespace shopinbox
