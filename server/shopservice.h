#pragma once

#include "apiresult.h"
#include "eventlog.h"
#include "replyaddress.h"
#include "shoprepository.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <optional>

namespace shopinbox::server {

class ServerDatabase;
class ServerTransaction;

/** @brief A signed-in storefront visitor: one customer, one conversation, nothing else. */
struct StorefrontSession
{
    qint64 shopId = 0;
    qint64 customerId = 0;
    qint64 conversationId = 0;
    /**
     * Messages before this time (UTC ms) are not shown to this session: a visitor who resumes an existing
     * customer by e-mail alone has proved nothing, so they see the conversation from now on, not its past.
     */
    qint64 historyFromMs = 0;
};

/** @brief Mail in and out of the shop (from the server's --smtp-*, --mail-from-domain, --inbound-* options).
 */
struct EmailSettings
{
    bool outgoing = false;     ///< SMTP is configured: replies to offline customers are queued as mail.
    QString fromAddress;       ///< Envelope sender and From address, e.g. shop@mail.example.com.
    ReplyAddress replyAddress; ///< Signs and checks the per-conversation Reply-To addresses.
    QByteArray inboundSecret;  ///< Bearer secret of POST /api/v1/inbound-email; empty: the endpoint is off.
};

/**
 * @brief The shop server's operations, shared by the HTTP API, the streams and the demo.
 *
 * Every write is one transaction that changes the data and appends its events to the shop's event log; after
 * the commit, committed() tells the streams. Inputs are validated here, so every refusal is the same whether
 * it comes from the staff API, the storefront or the demo traffic.
 */
class ShopService : public QObject
{
    Q_OBJECT
public:
    /** Clock seam for tests (defaults to the system clock). */
    using Clock = std::function<QDateTime()>;

    ShopService(ServerDatabase &db, QString mediaDirectory, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setEmailSettings(EmailSettings settings) { m_email = std::move(settings); }
    const EmailSettings &emailSettings() const { return m_email; }
    QDateTime now() const { return m_clock(); }
    ShopRepository &repository() { return m_repository; }
    EventLog &eventLog() { return m_events; }
    QString mediaDirectory() const { return m_mediaDirectory; }

    // Staff side.
    ApiResult login(const QJsonObject &body, const QHostAddress &peer);
    ApiResult logout(const QString &token);
    std::optional<StaffAccount> authenticate(const QString &token);
    ApiResult sync(const StaffAccount &staff, const QString &since, const QString &limit);
    ApiResult postMessage(const StaffAccount &staff, qint64 conversationId, const QJsonObject &body);
    ApiResult patchConversation(const StaffAccount &staff, qint64 conversationId, const QJsonObject &body);
    ApiResult putNote(const StaffAccount &staff, qint64 customerId, const QJsonObject &body);
    ApiResult products(const StaffAccount &staff, const QString &query, const QString &limit);
    ApiResult discounts(const StaffAccount &staff, const QString &query);
    ApiResult staffList(const StaffAccount &staff);
    ApiResult customerOrders(const StaffAccount &staff, qint64 customerId);
    ApiResult uploadMedia(const StaffAccount &staff, const QByteArray &bytes);
    ApiResult settings(qint64 shopId);
    ApiResult putSettings(const StaffAccount &staff, const QJsonObject &body);
    ApiResult savedReplies(const StaffAccount &staff);
    ApiResult createSavedReply(const StaffAccount &staff, const QJsonObject &body);
    ApiResult updateSavedReply(const StaffAccount &staff, qint64 id, const QJsonObject &body);
    ApiResult deleteSavedReply(const StaffAccount &staff, qint64 id);

    // Storefront side.
    ApiResult createSession(qint64 shopId, const QJsonObject &body);
    std::optional<StorefrontSession> session(const QString &token);
    ApiResult customerMessage(const StorefrontSession &session, const QJsonObject &body);
    /** Several customer messages (a burst from the chat sockets) in one transaction per shop; one result
     * each. */
    QList<ApiResult> customerMessages(const QList<std::pair<StorefrontSession, QJsonObject>> &incoming);
    ApiResult cart(const StorefrontSession &session, const QJsonObject &body);
    ApiResult orderStatus(qint64 shopId, const QJsonObject &body);
    /** The customer came into the store (first chat socket) or left it (last one closed). */
    bool setPresence(qint64 shopId, qint64 customerId, bool online);
    /** Messages of a conversation, oldest first, for the storefront chat's history. */
    QJsonArray conversationMessages(const StorefrontSession &session, int limit);

    // Mail.
    /** A reply mail (raw RFC 822 @p raw) from the inbound mail relay authenticated by @p secret. */
    ApiResult inboundEmail(const QString &secret, const QByteArray &raw);
    /**
     * The queued mail of message @p messageId ended: its delivery becomes @p state (Emailed or Failed with
     * @p reason) and a message.updated event is appended; @p inTransaction runs in the same transaction
     * (the queue's own bookkeeping). False when the database failed (nothing changed).
     */
    bool finishEmail(qint64 shopId, qint64 messageId, DeliveryState state, const QString &reason,
                     const std::function<bool()> &inTransaction);

    /** The single shop of this server (the demo and a merchant's install have one); 0 when none yet. */
    qint64 defaultShopId();

    /** Largest inbound mail accepted, in bytes. */
    static constexpr qint64 MaxInboundEmailBytes = 10 * 1024 * 1024;
    /** Largest image accepted by uploadMedia(). */
    static constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;
    /** Longest chat message, in characters. */
    static constexpr int MaxMessageLength = Message::MaxBodyLength;

signals:
    /** Events up to @p lastSeq of @p shopId are committed. */
    void committed(qint64 shopId, qint64 lastSeq);
    /** A mail was queued (committed): the mail queue should look for work. */
    void emailQueued();

private:
    ApiResult insertMessageLocked(qint64 shopId, Message message, Conversation conversation,
                                  QList<ServerEvent> &out);
    bool appendEvent(qint64 shopId, const QString &type, const QJsonObject &data, QList<ServerEvent> &out);
    /** Writes the staged @p events (assigning their seqs) and commits. */
    bool commit(ServerTransaction &tx, qint64 shopId, QList<ServerEvent> &events);
    bool lockShop(qint64 shopId);
    /** Composes the notification mail of staff message @p message and adds it to the mail queue. */
    bool enqueueEmailLocked(qint64 shopId, const Message &message, const Customer &customer);
    /** After a customer's first message: the follow-up or (outside business hours) away message. */
    ApiResult automatedReplyLocked(qint64 shopId, const Conversation &conversation, QList<ServerEvent> &out,
                                   bool *added);
    void announce(qint64 shopId, const QList<ServerEvent> &events);
    bool loginRateLimited(const QString &key);
    void recordLoginFailure(const QString &key);

    ServerDatabase &m_db;
    ShopRepository m_repository;
    EventLog m_events;
    QString m_mediaDirectory;
    Clock m_clock;
    EmailSettings m_email;
    struct Failures
    {
        int count = 0;
        QDateTime windowStart;
    };
    QHash<QString, Failures> m_loginFailures;
};

} // namespace shopinbox::server
