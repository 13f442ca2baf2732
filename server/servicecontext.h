#pragma once

#include "catalogrepository.h"
#include "conversationrepository.h"
#include "customerrepository.h"
#include "emailqueuerepository.h"
#include "eventlog.h"
#include "presencerepository.h"
#include "ratelimiter.h"
#include "replyaddress.h"
#include "savedreplyrepository.h"
#include "sessionrepository.h"
#include "shoprepository.h"
#include "staffrepository.h"

#include "domain/clock.h"

#include <QObject>

namespace shopinbox::server {

class ServerDatabase;

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
 * @brief What every domain service of the server shares: the database with its repositories and event log,
 * the clock, the mail settings and the media directory; and the signals that tell the streams and the mail
 * queue about commits.
 */
class ServiceContext : public QObject
{
    Q_OBJECT
public:
    ServiceContext(ServerDatabase &db, const Clock &clock, QString mediaDirectory, QObject *parent = nullptr);

    ServerDatabase &database() { return m_db; }
    const Clock &clock() const { return m_clock; }
    /** The clock's time (UTC). */
    QDateTime now() const { return m_clock.nowUtc(); }
    EventLog &eventLog() { return m_events; }
    QString mediaDirectory() const { return m_mediaDirectory; }
    const EmailSettings &email() const { return m_email; }
    void setEmailSettings(EmailSettings settings) { m_email = std::move(settings); }

    ShopRepository &shops() { return m_shops; }
    StaffRepository &staff() { return m_staff; }
    CustomerRepository &customers() { return m_customers; }
    ConversationRepository &conversations() { return m_conversations; }
    CatalogRepository &catalog() { return m_catalog; }
    SavedReplyRepository &savedReplies() { return m_savedReplies; }
    SessionRepository &sessions() { return m_sessions; }
    PresenceRepository &presence() { return m_presence; }
    RateLimiter &rateLimits() { return m_rateLimits; }
    EmailQueueRepository &emailQueue() { return m_emailQueue; }

    /**
     * Tokens were revoked (@p tokenHash; empty: every token of @p staffId): emits tokensRevoked here and,
     * on PostgreSQL, tells the other server processes (NOTIFY shopinbox_revoked), whose hubs close the
     * streams of those tokens too.
     */
    void announceRevoked(qint64 staffId, const QString &tokenHash);

signals:
    /** Tokens were revoked in this or another process (see announceRevoked()). */
    void tokensRevoked(qint64 staffId, const QString &tokenHash);
    /** The events of @p page (their frames included) are committed for @p shopId by this process
     * (emitted by UnitOfWork::commit()). */
    void committed(qint64 shopId, const shopinbox::server::EventLog::Page &page);
    /** A mail was queued (committed): the mail queue should look for work. */
    void emailQueued();

private:
    ServerDatabase &m_db;
    const Clock &m_clock;
    EventLog m_events;
    QString m_mediaDirectory;
    EmailSettings m_email;
    ShopRepository m_shops;
    StaffRepository m_staff;
    CustomerRepository m_customers;
    ConversationRepository m_conversations;
    CatalogRepository m_catalog;
    SavedReplyRepository m_savedReplies;
    SessionRepository m_sessions;
    PresenceRepository m_presence;
    RateLimiter m_rateLimits;
    EmailQueueRepository m_emailQueue;
};

} // namespace shopinbox::server
