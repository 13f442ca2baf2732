#include "sessionrepository.h"

#include "serverdatabase.h"
#include "sqltable.h"

namespace shopinbox::server {

namespace {

enum class SessionColumn {
    TokenHash,
    ShopId,
    CustomerId,
    ConversationId,
    CreatedAt,
    HistoryFrom,
    LastUsedAt,
    Linked,
    MergedConversationId,
    CodeHash,
    CodeExpiresAt,
    CodeAttempts,
    Count
};
constexpr SqlTable<SessionColumn> Sessions{
    "storefront_sessions",
    {"token_hash", "shop_id", "customer_id", "conversation_id", "created_at", "history_from", "last_used_at",
     "linked", "merged_conversation_id", "code_hash", "code_expires_at", "code_attempts"}};

/** The code_hash column is NOT NULL: a null QString would bind as NULL. */
QString codeColumn(const QString &hash)
{
    return hash.isNull() ? QStringLiteral("") : hash;
}

} // namespace

SessionRepository::SessionRepository(ServerDatabase &db)
    : m_db(db)
{
}

bool SessionRepository::insertSession(const QString &tokenHash, const StorefrontSession &session,
                                      const QDateTime &createdAt)
{
    using C = SessionColumn;
    static const QString statement = Sessions.insert();
    SqlTable<SessionColumn>::Row row;
    row.set(C::TokenHash, tokenHash)
        .set(C::ShopId, session.shopId)
        .set(C::CustomerId, session.customerId)
        .set(C::ConversationId, session.conversationId)
        .set(C::CreatedAt, createdAt.toMSecsSinceEpoch())
        .set(C::HistoryFrom, session.historyFromMs)
        .set(C::LastUsedAt, createdAt.toMSecsSinceEpoch())
        .set(C::Linked, session.linked)
        .set(C::MergedConversationId, session.mergedConversationId)
        .set(C::CodeHash, codeColumn(session.codeHash))
        .set(C::CodeExpiresAt, session.codeExpiresMs)
        .set(C::CodeAttempts, session.codeAttempts);
    return m_db.run(statement, row.values());
}

std::optional<StorefrontSession> SessionRepository::session(const QString &tokenHash)
{
    using C = SessionColumn;
    static const QString statement = Sessions.select("WHERE token_hash = ?");
    std::optional<StorefrontSession> session;
    m_db.run(statement, {tokenHash}, [&](const QSqlQuery &q) {
        session = StorefrontSession{Sessions.value(q, C::ShopId).toLongLong(),
                                    Sessions.value(q, C::CustomerId).toLongLong(),
                                    Sessions.value(q, C::ConversationId).toLongLong(),
                                    Sessions.value(q, C::HistoryFrom).toLongLong(),
                                    Sessions.value(q, C::Linked).toBool(),
                                    Sessions.value(q, C::LastUsedAt).toLongLong(),
                                    Sessions.value(q, C::MergedConversationId).toLongLong(),
                                    Sessions.value(q, C::CodeHash).toString(),
                                    Sessions.value(q, C::CodeExpiresAt).toLongLong(),
                                    Sessions.value(q, C::CodeAttempts).toInt()};
    });
    return session;
}

bool SessionRepository::touch(const QString &tokenHash, const QDateTime &usedAt)
{
    static const QString statement = Sessions.update({SessionColumn::LastUsedAt}, "WHERE token_hash = ?");
    return m_db.run(statement, {usedAt.toMSecsSinceEpoch(), tokenHash});
}

bool SessionRepository::setCode(const QString &tokenHash, const QString &codeHash, qint64 expiresMs)
{
    using C = SessionColumn;
    static const QString statement =
        Sessions.update({C::CodeHash, C::CodeExpiresAt, C::CodeAttempts}, "WHERE token_hash = ?");
    return m_db.run(statement, {codeColumn(codeHash), expiresMs, 0, tokenHash});
}

bool SessionRepository::countWrongCode(const QString &tokenHash)
{
    static const QString statement = QStringLiteral(
        "UPDATE storefront_sessions SET code_attempts = code_attempts + 1 WHERE token_hash = ?");
    return m_db.run(statement, {tokenHash});
}

bool SessionRepository::confirm(const QString &tokenHash, qint64 conversationId, qint64 mergedConversationId)
{
    using C = SessionColumn;
    static const QString statement = Sessions.update({C::Linked, C::HistoryFrom, C::ConversationId,
                                                      C::MergedConversationId, C::CodeHash, C::CodeExpiresAt},
                                                     "WHERE token_hash = ?");
    return m_db.run(statement,
                    {false, 0, conversationId, mergedConversationId, codeColumn({}), 0, tokenHash});
}

} // namespace shopinbox::server
