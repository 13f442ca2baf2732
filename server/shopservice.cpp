#include "shopservice.h"

namespace shopinbox::server {

ShopService::ShopService(ServerDatabase &db, const Clock &clock, QString mediaDirectory)
    : m_context(db, clock, std::move(mediaDirectory))
    , m_outbox(m_context)
    , m_conversations(m_context, m_outbox)
    , m_customers(m_context, m_conversations)
    , m_storefront(m_context, m_conversations)
    , m_verification(m_context, m_conversations, m_outbox)
    , m_staff(m_context)
    , m_team(m_context)
    , m_shopSettings(m_context)
    , m_mail(m_context, m_conversations, m_outbox)
{
}

qint64 ShopService::defaultShopId()
{
    const QList<Shop> shops = m_context.shops().shops();
    return shops.isEmpty() ? 0 : shops.constFirst().id;
}

} // namespace shopinbox::server
