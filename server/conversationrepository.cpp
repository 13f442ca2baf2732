#include "conversationrepository.h"

#include "codec/jsoncodec.h"
#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

#include <algorithm>

namespace shopinbox::server {

namespace {

enum class ConversationColumn {
    Id,
    ShopId,
    CustomerId,
    Status,
    Unread,
    AssigneeId,
    Topics,
    Platform,
    StartedAt,
    LastActivityAt,
    Count
};
constexpr SqlTable<ConversationColumn> Conversations{"conversations",
                                                     {"id", "shop_id", "customer_id", "status", "unread",
                                                      "assignee_id", "topics", "platform", "started_at",
                                                      "last_activity_at"}};

enum class MessageColumn {
    Id,
    ShopId,
    ConversationId,
    ClientId,
    Kind,
    Author,
    StaffId,
    Body,
    Payload,
    CreatedAt,
    Delivery,
    FailureReason,
    Count
};
constexpr SqlTable<MessageColumn> Messages{"messages",
                                           {"id", "shop_id", "conversation_id", "client_id", "kind", "author",
                                            "staff_id", "body", "payload", "created_at", "delivery",
                                            "failure_reason"}};

Conversation readConversation(const QSqlQuery &q)
{
    using C = ConversationColumn;
    const auto value = [&q](C column) { return Conversations.value(q, column); };
    Conversation c;
    c.id = value(C::Id).toLongLong();
    c.customerId = value(C::CustomerId).toLongLong();
    // Written by this server as the wire string (the column's only writer is saveConversation()).
    c.status = ConversationStatuses.fromWire(value(C::Status).toString()).value_or(ConversationStatus::Open);
    c.unread = value(C::Unread).toBool();
    if (!value(C::AssigneeId).isNull())
        c.assigneeId = value(C::AssigneeId).toLongLong();
    const QJsonArray topics = QJsonDocument::fromJson(value(C::Topics).toString().toUtf8()).array();
    for (const QJsonValue topic : topics)
        c.topics.append(topic.toString());
    c.platform = value(C::Platform).toString();
    c.startedAt = sql::timeOf(value(C::StartedAt));
    c.lastActivityAt = sql::timeOf(value(C::LastActivityAt));
    return c;
}

std::optional<Message> readMessage(const QSqlQuery &q)
{
    return sql::decodeDocument<Message>(Messages.value(q, MessageColumn::Payload), json::decodeMessage,
                                        "message");
}

// body is NOT NULL: a card without text has "".
QString bodyText(const Message &m)
{
    return m.body.isNull() ? QStringLiteral("") : m.body;
}

} // namespace

ConversationRepository::ConversationRepository(ServerDatabase &db)
    : m_db(db)
{
}

std::optional<Conversation> ConversationRepository::conversation(qint64 shopId, qint64 id)
{
    static const QString statement = Conversations.select("WHERE shop_id = ? AND id = ?");
    std::optional<Conversation> conversation;
    m_db.run(statement, {shopId, id}, [&](const QSqlQuery &q) { conversation = readConversation(q); });
    return conversation;
}

std::optional<Conversation> ConversationRepository::latestConversation(qint64 shopId, qint64 customerId)
{
    static const QString statement = Conversations.select(
        "WHERE shop_id = ? AND customer_id = ? ORDER BY last_activity_at DESC, id DESC LIMIT 1");
    std::optional<Conversation> conversation;
    m_db.run(statement, {shopId, customerId},
             [&](const QSqlQuery &q) { conversation = readConversation(q); });
    return conversation;
}

bool ConversationRepository::saveConversation(qint64 shopId, const Conversation &c)
{
    using C = ConversationColumn;
    static const QString statement = Conversations.upsert({C::Id});
    SqlTable<ConversationColumn>::Row row;
    row.set(C::Id, c.id)
        .set(C::ShopId, shopId)
        .set(C::CustomerId, c.customerId)
        .set(C::Status, ConversationStatuses.wire(c.status))
        .set(C::Unread, c.unread)
        .set(C::AssigneeId, sql::nullableId(c.assigneeId))
        .set(C::Topics, sql::jsonText(QJsonArray::fromStringList(c.topics)))
        .set(C::Platform, c.platform)
        .set(C::StartedAt, c.startedAt.toMSecsSinceEpoch())
        .set(C::LastActivityAt, c.lastActivityAt.toMSecsSinceEpoch());
    return m_db.run(statement, row.values());
}

std::optional<Message> ConversationRepository::message(qint64 shopId, qint64 id)
{
    static const QString statement = Messages.select("WHERE shop_id = ? AND id = ?");
    std::optional<Message> message;
    m_db.run(statement, {shopId, id}, [&](const QSqlQuery &q) { message = readMessage(q); });
    return message;
}

std::optional<Message> ConversationRepository::messageByClientId(qint64 shopId, const QString &clientId)
{
    static const QString statement = Messages.select("WHERE shop_id = ? AND client_id = ?");
    std::optional<Message> message;
    m_db.run(statement, {shopId, clientId}, [&](const QSqlQuery &q) { message = readMessage(q); });
    return message;
}

bool ConversationRepository::insertMessage(qint64 shopId, const Message &m)
{
    using C = MessageColumn;
    static const QString statement = Messages.insert();
    SqlTable<MessageColumn>::Row row;
    row.set(C::Id, m.id)
        .set(C::ShopId, shopId)
        .set(C::ConversationId, m.conversationId)
        .set(C::ClientId, sql::nullableText(m.clientId))
        .set(C::Kind, MessageKinds.wire(m.kind))
        .set(C::Author, MessageAuthors.wire(m.author))
        .set(C::StaffId, sql::nullableId(m.staffId))
        .set(C::Body, bodyText(m))
        .set(C::Payload, sql::jsonText(json::encode(m)))
        .set(C::CreatedAt, m.createdAt.toMSecsSinceEpoch())
        .set(C::Delivery, DeliveryStates.wire(m.delivery))
        .set(C::FailureReason, sql::nullableText(m.failureReason));
    return m_db.run(statement, row.values());
}

bool ConversationRepository::updateMessage(qint64 shopId, const Message &m)
{
    using C = MessageColumn;
    static const QString statement =
        Messages.update({C::Body, C::Payload, C::Delivery, C::FailureReason}, "WHERE shop_id = ? AND id = ?");
    return m_db.run(statement, {bodyText(m), sql::jsonText(json::encode(m)), DeliveryStates.wire(m.delivery),
                                sql::nullableText(m.failureReason), shopId, m.id});
}

std::optional<bool> ConversationRepository::hasCustomerMessage(qint64 shopId, qint64 conversationId)
{
    bool found = false;
    if (!m_db.run(
            QStringLiteral(
                "SELECT COUNT(*) FROM messages WHERE shop_id = ? AND conversation_id = ? AND author = ?"),
            {shopId, conversationId, MessageAuthors.wire(MessageAuthor::Customer)},
            [&](const QSqlQuery &q) { found = q.value(0).toLongLong() != 0; }))
        return std::nullopt;
    return found;
}

std::optional<QList<Message>> ConversationRepository::latestMessages(qint64 shopId, qint64 conversationId,
                                                                     qint64 fromMs, int limit,
                                                                     qint64 exceptId)
{
    // By time, not id: PostgreSQL ids come in per-process blocks, so they are not in time order.
    static const QString statement =
        Messages.select("WHERE shop_id = ? AND conversation_id = ? AND created_at >= ? AND id <> ? "
                        "ORDER BY created_at DESC, id DESC LIMIT ?");
    QList<Message> newestFirst;
    if (!m_db.run(statement, {shopId, conversationId, fromMs, exceptId, limit}, [&](const QSqlQuery &q) {
            if (std::optional<Message> message = readMessage(q))
                newestFirst.append(*message);
        }))
        return std::nullopt;
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

} // namespace shopinbox::server
