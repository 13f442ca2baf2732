#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/** @brief A signed-in storefront visitor: one customer, one conversation, nothing else. */
struct StorefrontSession
{
    /** A session of @p customerId writing in @p conversationId, with the defaults of everything else. */
    static StorefrontSession of(qint64 shopId, qint64 customerId, qint64 conversationId)
    {
        StorefrontSession session;
        session.shopId = shopId;
        session.customerId = customerId;
        session.conversationId = conversationId;
        return session;
    }

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
    /** The conversation the session had while linked, shown with its new one after it proved the address
     * (0: none). */
    qint64 mergedConversationId = 0;
    QString codeHash;         ///< Hash of the code mailed to prove the address; empty when none is pending.
    qint64 codeExpiresMs = 0; ///< When that code stops working (UTC ms).
    int codeAttempts = 0;     ///< Wrong codes typed since it was sent.
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
    /** Stores a new code to prove the address (no wrong tries yet). */
    bool setCode(const QString &tokenHash, const QString &codeHash, qint64 expiresMs);
    /** Counts a wrong code. */
    bool countWrongCode(const QString &tokenHash);
    /** The session proved its address: no longer linked, its conversation @p conversationId (whole history),
     * @p mergedConversationId shown with it, no code pending. */
    bool confirm(const QString &tokenHash, qint64 conversationId, qint64 mergedConversationId);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
