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
    Count
};
constexpr SqlTable<SessionColumn> Sessions{"storefront_sessions",
                                           {"token_hash", "shop_id", "customer_id", "conversation_id",
                                            "created_at", "history_from", "last_used_at", "linked"}};

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
        .set(C::Linked, session.linked);
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
                                    Sessions.value(q, C::LastUsedAt).toLongLong()};
    });
    return session;
}

bool SessionRepository::touch(const QString &tokenHash, const QDateTime &usedAt)
{
    static const QString statement = Sessions.update({SessionColumn::LastUsedAt}, "WHERE token_hash = ?");
    return m_db.run(statement, {usedAt.toMSecsSinceEpoch(), tokenHash});
}

} // namespace shopinbox::server
