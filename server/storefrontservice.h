#pragma once

#include "domain/conversation.h"
#include "domain/customer.h"
#include "domain/order.h"
#include "serviceresult.h"
#include "sessionrepository.h"

#include <QJsonObject>

#include <optional>

namespace shopinbox::server {

class ConversationService;
class ServiceContext;

/** @brief A storefront session just started: its token (shown once), the customer and the conversation. */
struct NewSession
{
    QString token;
    Customer customer;
    Conversation conversation;
    /**
     * The name the session may show its visitor: the customer's for a new customer, the name it gave for a
     * linked session — never the stored name of a customer whose address it only typed.
     */
    QString shownName;
    /** False for a linked session: it may prove the address (VerificationService). */
    bool confirmed = true;
};

/** @brief What the order-status lookup tells a storefront visitor about one order. */
struct OrderStatus
{
    Order order;
    /** The order's tracking link is shown (it has one and is no longer unfulfilled); else its status page. */
    bool showTracking = false;
};

/**
 * @brief The storefront visitor's side: chat sessions (by name and e-mail), presence in the store and the
 * order-status lookup.
 */
class StorefrontService
{
public:
    /** Random visitor names tried per range before the next (see freeVisitorName()). */
    static constexpr int VisitorNameTries = 8;
    /** A session not used for this long has expired (the widget keeps its conversation for a week). */
    static constexpr int SessionIdleDays = 7;
    /** New sessions per client address in RateWindowSeconds, unless setLimits() says otherwise. */
    static constexpr int MaxSessionsPerAddress = 30;
    /** Order-status lookups per client address (unless setLimits()), and per session, in RateWindowSeconds.
     */
    static constexpr int MaxLookupsPerAddress = 20;
    static constexpr int MaxLookupsPerSession = 10;
    static constexpr int RateWindowSeconds = 600;

    StorefrontService(ServiceContext &context, ConversationService &conversations);

    /**
     * Starts a session for a visitor at @p address (rate limited per address). A new e-mail address makes a
     * new customer with a new conversation. An address a customer has already proves nothing: the session is
     * *linked* to that customer (the merchant sees one customer) but gets a conversation of its own, does
     * not rename the customer and cannot change their cart. An empty @p address is an in-process caller
     * (the demo traffic, tests): not rate limited.
     */
    ServiceResult<NewSession> createSession(qint64 shopId, const QJsonObject &body,
                                            const QString &address = {});
    /** The session of @p token; nullopt when unknown or unused for SessionIdleDays. Records the use. */
    std::optional<StorefrontSession> session(const QString &token);
    /**
     * The customer came into the store (this process's first chat socket of theirs) or left it (its last
     * one closed). Online while any server process holds a socket of theirs (PresenceRepository).
     */
    bool setPresence(qint64 shopId, qint64 customerId, bool online);
    /** This process's id in the presence table (ServerRunner sets a new one at each start). */
    void setProcessId(const QString &processId) { m_processId = processId; }
    /** The per-address limits of new sessions and order lookups in RateWindowSeconds; 0: no limit. */
    void setLimits(int sessionsPerAddress, int lookupsPerAddress)
    {
        m_sessionsPerAddress = sessionsPerAddress;
        m_lookupsPerAddress = lookupsPerAddress;
    }
    QString processId() const { return m_processId; }
    /**
     * Renews this process's lease until @p leaseMs from now, drops the leases that ran out (processes that
     * crashed) and takes their customers offline — with presence.changed events — unless another process
     * holds them. @p everyone (at start): every customer marked online whom no process holds, too. Costs
     * nothing per connected customer when no process crashed. False when the database failed.
     */
    bool sweepPresence(int leaseMs, bool everyone = false);
    /**
     * An order by number and the customer's e-mail address; one refusal for "no such order" and "not
     * yours". With the token of a chat session the lookup shows in its thread as a notice to staff.
     */
    ServiceResult<OrderStatus> orderStatus(qint64 shopId, const QJsonObject &body, const QString &address,
                                           const QString &sessionToken);
    /**
     * Every customer marked online goes offline (with presence.changed events): at the start of a server
     * that is the database's only process, nobody is connected yet — a crash left them "online".
     * False when the database failed.
     */
    bool resetPresence();

private:
    QString m_processId = QStringLiteral("single");
    int m_sessionsPerAddress = MaxSessionsPerAddress;
    int m_lookupsPerAddress = MaxLookupsPerAddress;
    /** The staff notice of an order lookup in @p chat's conversation; false when the database failed. */
    bool lookupNotice(const StorefrontSession &chat, const QString &number, bool found);
    /** A visitor name no customer of the shop has ("Visitor 48213"); empty when the database failed. */
    QString freeVisitorName(qint64 shopId, qint64 customerId);

    ServiceContext &m_context;
    ConversationService &m_conversations;
};

} // namespace shopinbox::server
