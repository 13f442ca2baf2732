#pragma once
// A cache with one customer (id 1) and one conversation (id 1), for delegate tests that add messages to it.

#include "domain/conversation.h"
#include "domain/customer.h"
#include "storage/cache.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"

#include <QDateTime>
#include <QTemporaryDir>

/** Opens a cache in a temporary directory with customer 1 (@p name) and conversation 1 started @p startedAt.
 */
class OneCustomerCache
{
public:
    explicit OneCustomerCache(const QString &name,
                              const QDateTime &startedAt = QDateTime::currentDateTimeUtc())
    {
        m_ok = m_cache.open(m_dir.filePath(QStringLiteral("one.sqlite"))).ok();
        shopinbox::Customer customer;
        customer.id = 1;
        customer.name = name;
        customer.lifetimeSpend = shopinbox::Money{0, QStringLiteral("EUR")};
        m_ok = m_ok && m_cache.customers().upsert(customer);
        m_conversation.id = 1;
        m_conversation.customerId = 1;
        m_conversation.startedAt = startedAt;
        m_conversation.lastActivityAt = startedAt;
        m_ok = m_ok && m_cache.conversations().upsert(m_conversation);
    }
    /** Whether the cache opened and both rows were written. */
    bool ok() const { return m_ok; }
    shopinbox::Cache &cache() { return m_cache; }
    const shopinbox::Conversation &conversation() const { return m_conversation; }

private:
    QTemporaryDir m_dir;
    shopinbox::Cache m_cache;
    shopinbox::Conversation m_conversation;
    bool m_ok = false;
};
