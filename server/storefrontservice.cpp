#include "storefrontservice.h"
#include "domain/eventtype.h"

#include "codec/jsoncodec.h"
#include "conversationservice.h"
#include "credentials.h"
#include "fieldcheck.h"
#include "serverdatabase.h"
#include "servicecontext.h"
#include "unitofwork.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>

namespace shopinbox::server {

StorefrontService::StorefrontService(ServiceContext &context, ConversationService &conversations)
    : m_context(context)
    , m_conversations(conversations)
{
}

ServiceResult<NewSession> StorefrontService::createSession(qint64 shopId, const QJsonObject &body,
                                                           const QString &address)
{
    if (!address.isEmpty() && m_sessionsPerAddress > 0 &&
        !m_context.rateLimits().hit(QStringLiteral("session-addr|") + address, m_sessionsPerAddress,
                                    RateWindowSeconds, m_context.now()))
        return ServiceError::make(ServiceError::Kind::RateLimited, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many new chats from this address; try again later"));
    QString error;
    const std::optional<QString> name = fields::optionalString(body, QStringLiteral("name"), 200, &error);
    const std::optional<QString> email =
        name ? fields::optionalString(body, QStringLiteral("email"), 254, &error) : std::nullopt;
    if (!name || !email)
        return ServiceError::invalid(error);
    const QString normalized = email->trimmed().toLower();
    if (!fields::validEmail(normalized))
        return ServiceError::unprocessable(QStringLiteral("invalid_email"),
                                           QStringLiteral("enter a valid email address"));
    const std::optional<Shop> shop = m_context.shops().shop(shopId);
    if (!shop)
        return ServiceError::notFound(QStringLiteral("shop"));

    UnitOfWork work(m_context, shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    CustomerRepository &customers = m_context.customers();
    std::optional<Customer> customer = customers.customerByEmail(shopId, normalized);
    const bool resumed = customer.has_value();
    if (!customer) {
        const std::optional<qint64> id = m_context.eventLog().nextId();
        if (!id)
            return ServiceError::unavailable();
        Customer created;
        created.id = *id;
        created.email = email->trimmed();
        created.lifetimeSpend = Money{0, shop->currency};
        created.visitorName = freeVisitorName(shopId, created.id);
        if (created.visitorName.isEmpty())
            return ServiceError::unavailable();
        customer = created;
    }
    // Only a customer this session created takes the name it gives: naming an existing customer's
    // address proves nothing, so it must not rename them.
    if (!resumed) {
        if (!name->trimmed().isEmpty())
            customer->name = name->trimmed();
        if (!customers.saveCustomer(shopId, *customer))
            return ServiceError::unavailable();
        work.stage(EventTypes.wire(EventType::CustomerUpserted), json::encode(*customer));
    }

    // A linked session gets a conversation of its own: staff replies in the customer's other
    // conversations never reach it, and what it writes is kept apart.
    std::optional<Conversation> conversation;
    {
        const std::optional<qint64> id = m_context.eventLog().nextId();
        if (!id)
            return ServiceError::unavailable();
        Conversation created;
        created.id = *id;
        created.customerId = customer->id;
        created.platform = QStringLiteral("online_store");
        created.startedAt = m_context.now();
        created.lastActivityAt = created.startedAt;
        if (!m_context.conversations().saveConversation(shopId, created))
            return ServiceError::unavailable();
        work.stage(EventTypes.wire(EventType::ConversationUpserted), json::encode(created));
        conversation = created;
    }
    if (resumed) {
        // Staff see the name the visitor gave, as given, beside the customer's own.
        const QString given = name->trimmed();
        Message givenName = ConversationService::notice(
            NoticeKind::GivenName, given,
            given.isEmpty()
                ? QStringLiteral("Started this chat with the customer's e-mail address, without a "
                                 "name; the address is not confirmed")
                : QStringLiteral("Started this chat as \u201c%1\u201d with the customer's e-mail "
                                 "address; the address is not confirmed")
                      .arg(given));
        givenName.conversationId = conversation->id;
        if (!m_conversations.insertMessage(work, givenName, *conversation))
            return ServiceError::unavailable();
    }
    const QString token = Credentials::newToken();
    const QDateTime now = m_context.now();
    StorefrontSession session = StorefrontSession::of(shopId, customer->id, conversation->id);
    session.linked = resumed;
    session.lastUsedMs = now.toMSecsSinceEpoch();
    if (!m_context.sessions().insertSession(Credentials::tokenHash(token), session, now) || !work.commit())
        return ServiceError::unavailable();
    return NewSession{token, *customer, *conversation, resumed ? name->trimmed() : customer->name, !resumed};
}

QString StorefrontService::freeVisitorName(qint64 shopId, qint64 customerId)
{
    // A few random tries in the short range ("Visitor 48213"), then in a wider one; a shop where both are
    // crowded gets the customer's id, which no other customer has. Never more than 2 x VisitorNameTries
    // lookups: a busy shop never loops.
    CustomerRepository &customers = m_context.customers();
    const std::array<std::pair<quint32, quint32>, 2> ranges{{{1000, 100000}, {100000, 10000000}}};
    for (const auto &[low, high] : ranges) {
        for (int attempt = 0; attempt < VisitorNameTries; ++attempt) {
            QString name = QStringLiteral("Visitor %1").arg(QRandomGenerator::global()->bounded(low, high));
            if (!customers.visitorNameTaken(shopId, name))
                return name;
        }
    }
    const QString byId = QStringLiteral("Visitor #%1").arg(customerId);
    return customers.visitorNameTaken(shopId, byId) ? QString() : byId;
}

std::optional<StorefrontSession> StorefrontService::session(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    const QString hash = Credentials::tokenHash(token);
    std::optional<StorefrontSession> session = m_context.sessions().session(hash);
    const QDateTime now = m_context.now();
    if (!session)
        return std::nullopt;
    const QDateTime lastUsed = QDateTime::fromMSecsSinceEpoch(session->lastUsedMs, QTimeZone::utc());
    if (lastUsed.addDays(SessionIdleDays) <= now)
        return std::nullopt;
    // At most once a minute: a chatting visitor does not write on every message. A failed write keeps the
    // session valid; a later use records it.
    if (lastUsed.secsTo(now) >= 60 && m_context.sessions().touch(hash, now))
        session->lastUsedMs = now.toMSecsSinceEpoch();
    return session;
}

bool StorefrontService::setPresence(qint64 shopId, qint64 customerId, bool online)
{
    UnitOfWork work(m_context, shopId);
    if (!work.isActive())
        return false;
    std::optional<Customer> customer = m_context.customers().customer(shopId, customerId);
    if (!customer)
        return false;
    PresenceRepository &presence = m_context.presence();
    if (!(online ? presence.add(shopId, customerId, m_processId) : presence.remove(customerId, m_processId)))
        return false;
    // Another process may still hold a socket of theirs: online while anyone does.
    const std::optional<bool> held = online ? std::optional<bool>(true) : presence.held(customerId);
    if (!held)
        return false;
    if (customer->online != *held) {
        customer->online = *held;
        if (!m_context.customers().saveCustomer(shopId, *customer))
            return false;
        work.stage(EventTypes.wire(EventType::PresenceChanged),
                   json::encode(json::Presence{customerId, *held}));
    }
    return work.commit();
}

bool StorefrontService::sweepPresence(int leaseMs, bool everyone)
{
    const QDateTime now = m_context.now();
    PresenceRepository &presence = m_context.presence();
    if (!presence.renewLease(m_processId, now.addMSecs(leaseMs)))
        return false;
    const std::optional<QList<QPair<qint64, qint64>>> dropped = presence.dropExpired(now);
    if (!dropped)
        return false;
    QHash<qint64, QList<qint64>> candidates; // shop -> customers to check
    for (const auto &[shopId, customerId] : *dropped)
        candidates[shopId].append(customerId);
    if (everyone) {
        for (const Shop &shop : m_context.shops().shops()) {
            const std::optional<QList<qint64>> stale = presence.onlineWithoutSocket(shop.id);
            if (!stale)
                return false;
            candidates[shop.id].append(*stale);
        }
    }
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        UnitOfWork work(m_context, it.key());
        if (!work.isActive())
            return false;
        for (const qint64 customerId : it.value()) {
            // Under the shop's lock: another process may have taken them since.
            const std::optional<bool> held = presence.held(customerId);
            std::optional<Customer> customer = m_context.customers().customer(it.key(), customerId);
            if (!held || !customer)
                return false;
            if (*held || !customer->online)
                continue;
            customer->online = false;
            if (!m_context.customers().saveCustomer(it.key(), *customer))
                return false;
            work.stage(EventTypes.wire(EventType::PresenceChanged),
                       json::encode(json::Presence{customerId, false}));
        }
        if (!work.commit())
            return false;
    }
    return true;
}

bool StorefrontService::resetPresence()
{
    // Nobody is connected to a process that is only starting; on SQLite it is the only one, so every row
    // is a crashed run's.
    if (!m_context.presence().clearAll())
        return false;
    for (const Shop &shop : m_context.shops().shops()) {
        UnitOfWork work(m_context, shop.id);
        if (!work.isActive())
            return false;
        const std::optional<QList<qint64>> online = m_context.customers().onlineCustomers(shop.id);
        if (!online)
            return false;
        if (online->isEmpty())
            continue;
        if (!m_context.customers().setAllOffline(shop.id))
            return false;
        for (const qint64 customerId : *online)
            work.stage(EventTypes.wire(EventType::PresenceChanged),
                       json::encode(json::Presence{customerId, false}));
        if (!work.commit())
            return false;
    }
    return true;
}

ServiceResult<OrderStatus> StorefrontService::orderStatus(qint64 shopId, const QJsonObject &body,
                                                          const QString &address, const QString &sessionToken)
{
    // Guessing order numbers with an e-mail address is slow work: per address, and per chat session when
    // the widget sends one.
    const QDateTime now = m_context.now();
    const bool allowed =
        (m_lookupsPerAddress == 0 ||
         m_context.rateLimits().hit(QStringLiteral("lookup-addr|") + address, m_lookupsPerAddress,
                                    RateWindowSeconds, now)) &&
        (sessionToken.isEmpty() ||
         m_context.rateLimits().hit(QStringLiteral("lookup-session|") + Credentials::tokenHash(sessionToken),
                                    MaxLookupsPerSession, RateWindowSeconds, now));
    if (!allowed)
        return ServiceError::make(ServiceError::Kind::RateLimited, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many order lookups; try again in a few minutes"));
    const QString number = body.value(QStringLiteral("order_number")).toString().trimmed();
    const QString email = body.value(QStringLiteral("email")).toString().trimmed().toLower();
    if (number.isEmpty() || email.isEmpty() || number.size() > 40 || email.size() > 254)
        return ServiceError::invalid(QStringLiteral("order_number and email are required"));
    const QString withHash = number.startsWith(QLatin1Char('#')) ? number : QLatin1Char('#') + number;
    const std::optional<Order> order = m_context.customers().orderByNumber(shopId, withHash);
    const std::optional<Customer> customer =
        order ? m_context.customers().customer(shopId, order->customerId) : std::optional<Customer>();
    const bool found = order && customer && customer->email.trimmed().toLower() == email;
    // Staff see the lookups of a chat in its thread (what was asked, and whether it matched).
    if (const std::optional<StorefrontSession> chat = session(sessionToken);
        chat && chat->shopId == shopId && !lookupNotice(*chat, withHash, found))
        return ServiceError::unavailable();
    // One answer for "no such order" and "not your order", so the lookup reveals nothing about other orders.
    if (!found)
        return ServiceError::make(
            ServiceError::Kind::NotFound, QStringLiteral("order_not_found"),
            QStringLiteral("We couldn't find an order with that number and email address."));
    return OrderStatus{*order, !order->trackingUrl.isEmpty() &&
                                   order->fulfillmentStatus != QLatin1String("unfulfilled")};
}

bool StorefrontService::lookupNotice(const StorefrontSession &chat, const QString &number, bool found)
{
    UnitOfWork work(m_context, chat.shopId);
    const std::optional<Conversation> conversation =
        work.isActive() ? m_context.conversations().conversation(chat.shopId, chat.conversationId)
                        : std::nullopt;
    if (!conversation)
        return false;
    Message lookup =
        found ? ConversationService::notice(NoticeKind::OrderLookup, number,
                                            QStringLiteral("Looked up the status of order %1").arg(number))
              : ConversationService::notice(
                    NoticeKind::OrderLookupFailed, number,
                    QStringLiteral("Looked up order %1 with an e-mail address that is not its customer's")
                        .arg(number));
    lookup.conversationId = conversation->id;
    return m_conversations.insertMessage(work, lookup, *conversation) && work.commit();
}

} // namespace shopinbox::server
