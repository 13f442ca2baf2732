#include "demotraffic.h"

#include "codec/jsoncodec.h"
#include "serverlog.h"
#include "shopservice.h"

#include <QUuid>

namespace shopinbox::server {

namespace {
const QStringList Lines{
    QStringLiteral("Hi! Do you have this in a size larger?"),
    QStringLiteral("Hoi, wanneer wordt mijn bestelling verzonden?"),
    QStringLiteral("Bonjour, livrez-vous en Belgique ?"),
    QStringLiteral("Hallo, kann ich das Produkt umtauschen?"),
    QStringLiteral("Is there a discount for first orders?"),
    QStringLiteral("Can I pick up my order in the shop?"),
};
} // namespace

DemoTraffic::DemoTraffic(ShopService &service, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_random(seed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::visit);
}

void DemoTraffic::start(int meanIntervalMs)
{
    m_meanInterval = meanIntervalMs;
    m_timer.start(m_meanInterval / 2 + static_cast<int>(m_random.bounded(m_meanInterval)));
}

void DemoTraffic::visit()
{
    const qint64 shopId = m_service.defaultShopId();
    const int n = static_cast<int>(m_random.bounded(1000));
    const QJsonObject sessionBody{
        {QStringLiteral("name"), n % 3 == 0 ? QString() : QStringLiteral("Demo Shopper %1").arg(n)},
        {QStringLiteral("email"), QStringLiteral("shopper%1@example.com").arg(n)}};
    const ServiceResult<NewSession> session = m_service.storefront().createSession(shopId, sessionBody);
    if (session.ok()) {
        const auto s = StorefrontSession::of(shopId, session->customer.id, session->conversation.id);
        m_service.storefront().setPresence(shopId, s.customerId, true);
        m_service.conversations().customerMessage(
            s, {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("body"), Lines.at(n % Lines.size())}});
        const QList<Product> products =
            m_service.context().catalog().publishedProducts(shopId, QString(), 100);
        if (!products.isEmpty()) {
            const Product &p = products.at(n % products.size());
            m_service.customers().cart(s, {{QStringLiteral("action"), QStringLiteral("add")},
                                           {QStringLiteral("product_id"), p.id},
                                           {QStringLiteral("variant_id"), p.variants.constFirst().id},
                                           {QStringLiteral("quantity"), 1}});
        }
        // They browse a while, then leave the store.
        QTimer::singleShot(
            20'000 + static_cast<int>(m_random.bounded(20'000)), this,
            [this, shopId, id = s.customerId] { m_service.storefront().setPresence(shopId, id, false); });
        qCInfo(lcServerDemo) << "demo visitor" << s.customerId << "chatting";
    }
    start(m_meanInterval);
}

} // namespace shopinbox::server
