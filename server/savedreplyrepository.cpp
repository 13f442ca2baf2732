#include "savedreplyrepository.h"

#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

#include <algorithm>

namespace shopinbox::server {

namespace {

enum class SavedReplyColumn { Id, ShopId, Shortcut, Text, UpdatedAt, ClientId, Count };
constexpr SqlTable<SavedReplyColumn> SavedReplies{
    "saved_replies", {"id", "shop_id", "shortcut", "text", "updated_at", "client_id"}};

SavedReply readSavedReply(const QSqlQuery &q)
{
    using C = SavedReplyColumn;
    return SavedReply{
        SavedReplies.value(q, C::Id).toLongLong(), SavedReplies.value(q, C::Shortcut).toString(),
        SavedReplies.value(q, C::Text).toString(), sql::timeOf(SavedReplies.value(q, C::UpdatedAt))};
}

} // namespace

SavedReplyRepository::SavedReplyRepository(ServerDatabase &db)
    : m_db(db)
{
}

QList<SavedReply> SavedReplyRepository::savedReplies(qint64 shopId)
{
    static const QString statement = SavedReplies.select("WHERE shop_id = ?");
    QList<SavedReply> result;
    m_db.run(statement, {shopId}, [&](const QSqlQuery &q) { result.append(readSavedReply(q)); });
    // Sorted here, not by ORDER BY: PostgreSQL's locale collation ignores '-' and '_' and would order
    // differently from SQLite. Shortcuts are ASCII, so this is byte order on both.
    std::sort(result.begin(), result.end(),
              [](const SavedReply &a, const SavedReply &b) { return a.shortcut < b.shortcut; });
    return result;
}

std::optional<SavedReply> SavedReplyRepository::savedReply(qint64 shopId, qint64 id)
{
    static const QString statement = SavedReplies.select("WHERE shop_id = ? AND id = ?");
    std::optional<SavedReply> reply;
    m_db.run(statement, {shopId, id}, [&](const QSqlQuery &q) { reply = readSavedReply(q); });
    return reply;
}

std::optional<SavedReply> SavedReplyRepository::savedReplyByShortcut(qint64 shopId, const QString &shortcut)
{
    static const QString statement = SavedReplies.select("WHERE shop_id = ? AND shortcut = ?");
    std::optional<SavedReply> reply;
    m_db.run(statement, {shopId, shortcut}, [&](const QSqlQuery &q) { reply = readSavedReply(q); });
    return reply;
}

std::optional<SavedReply> SavedReplyRepository::savedReplyByClientId(qint64 shopId, const QString &clientId)
{
    static const QString statement = SavedReplies.select("WHERE shop_id = ? AND client_id = ?");
    std::optional<SavedReply> reply;
    m_db.run(statement, {shopId, clientId}, [&](const QSqlQuery &q) { reply = readSavedReply(q); });
    return reply;
}

bool SavedReplyRepository::saveSavedReply(qint64 shopId, const SavedReply &r, const QString &clientId)
{
    using C = SavedReplyColumn;
    static const QString statement = SavedReplies.upsert({C::Id}, {C::Shortcut, C::Text, C::UpdatedAt});
    SqlTable<SavedReplyColumn>::Row row;
    row.set(C::Id, r.id)
        .set(C::ShopId, shopId)
        .set(C::Shortcut, r.shortcut)
        .set(C::Text, r.text)
        .set(C::UpdatedAt, r.updatedAt.toMSecsSinceEpoch())
        .set(C::ClientId, sql::nullableText(clientId));
    return m_db.run(statement, row.values());
}

bool SavedReplyRepository::deleteSavedReply(qint64 shopId, qint64 id)
{
    return m_db.run(QStringLiteral("DELETE FROM saved_replies WHERE shop_id = ? AND id = ?"), {shopId, id});
}

} // namespace shopinbox::server
