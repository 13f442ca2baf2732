#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

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
    /**
     * The session named a customer who existed already, by e-mail alone: it is linked to that customer for
     * the merchant but has its own conversation, cannot rename the customer, and cannot change their cart.
     */
    bool linked = false;
    qint64 lastUsedMs = 0; ///< When the session was last used (UTC ms): it expires a week after.
};

/** @brief The storefront sessions (table storefront_sessions), stored by the hash of their token. */
class SessionRepository
{
public:
    explicit SessionRepository(ServerDatabase &db);

    bool insertSession(const QString &tokenHash, const StorefrontSession &session,
                       const QDateTime &createdAt);
    std::optional<StorefrontSession> session(const QString &tokenHash);
    /** Records a use of the session (its week starts again). */
    bool touch(const QString &tokenHash, const QDateTime &usedAt);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
