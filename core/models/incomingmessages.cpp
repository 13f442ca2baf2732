#include "incomingmessages.h"

#include "storage/cache.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/messagestore.h"

namespace shopinbox {

IncomingMessages::IncomingMessages(Cache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_unread(countUnread())
{
    connect(m_cache, &Cache::changed, this, &IncomingMessages::onChanged);
}

int IncomingMessages::countUnread() const
{
    return m_cache->isOpen() ? m_cache->conversations().unreadOpenCount() : 0;
}

void IncomingMessages::onChanged(const CacheChanges &changes)
{
    const int unread = countUnread();
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadOpenCountChanged(unread);
    }
    for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
        for (qint64 localId : it.value()) {
            const std::optional<Message> message = m_cache->messages().get(localId);
            if (!message || message->author != MessageAuthor::Customer || message->id == 0 ||
                !m_seen.insert(message->id).second)
                continue;
            const std::optional<Conversation> conversation = m_cache->conversations().get(it.key());
            const std::optional<Customer> customer =
                conversation ? m_cache->customers().get(conversation->customerId) : std::nullopt;
            emit customerWrote(it.key(), customer ? customer->displayName() : QString(),
                               message->body.left(140));
        }
    }
}

} // namespace shopinbox
