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

constexpr qsizetype WriteChunk = 128; ///< rows per multi-row INSERT
constexpr qsizetype InChunk = 128;    ///< keys per IN (...) lookup

/** "?, ?, ..." with @p count marks. */
QString inMarks(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

/** The statement for 1 ... WriteChunk rows, built once by @p statementFor(rows). */
template<typename StatementFor> QStringList chunkStatements(StatementFor statementFor)
{
    QStringList statements;
    for (int rows = 1; rows <= WriteChunk; ++rows)
        statements.append(statementFor(rows));
    return statements;
}

/** Writes @p items WriteChunk rows per statement (@p statements from chunkStatements()). */
template<typename T, typename ValuesOf>
bool writeChunks(ServerDatabase &db, const QStringList &statements, const QList<T> &items, ValuesOf valuesOf)
{
    for (qsizetype first = 0; first < items.size(); first += WriteChunk) {
        const qsizetype count = std::min(WriteChunk, items.size() - first);
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i)
            values.append(valuesOf(items.at(i)));
        if (!db.write(statements.at(count - 1), values))
            return false;
    }
    return true;
}

QVariantList conversationValues(qint64 shopId, const Conversation &c)
{
    using C = ConversationColumn;
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
    return row.values();
}

QVariantList messageValues(qint64 shopId, const Message &m)
{
    using C = MessageColumn;
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
    return row.values();
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

std::optional<Conversation> ConversationRepository::customersConversation(qint64 shopId, qint64 customerId,
                                                                          qint64 exceptId, bool *failed)
{
    static const QString statement = Conversations.select(
        "WHERE shop_id = ? AND customer_id = ? AND id <> ? AND id NOT IN "
        "(SELECT conversation_id FROM storefront_sessions WHERE customer_id = ? AND linked) "
        "ORDER BY last_activity_at DESC, id DESC LIMIT 1");
    std::optional<Conversation> conversation;
    *failed = !m_db.run(statement, {shopId, customerId, exceptId, customerId},
                        [&](const QSqlQuery &q) { conversation = readConversation(q); });
    return conversation;
}

bool ConversationRepository::saveConversation(qint64 shopId, const Conversation &c)
{
    static const QString statement = Conversations.upsert({ConversationColumn::Id});
    return m_db.run(statement, conversationValues(shopId, c));
}

std::optional<QHash<qint64, Conversation>> ConversationRepository::conversations(qint64 shopId,
                                                                                 const QList<qint64> &ids)
{
    static const QString statement = Conversations.select("WHERE shop_id = ? AND id IN (%1)");
    QHash<qint64, Conversation> found;
    if (!runIn(statement, {shopId}, sql::ids(ids), [&](const QSqlQuery &q) {
            const Conversation c = readConversation(q);
            found.insert(c.id, c);
        }))
        return std::nullopt;
    return found;
}

bool ConversationRepository::saveConversations(qint64 shopId, const QList<Conversation> &conversations)
{
    static const QStringList statements =
        chunkStatements([](int rows) { return Conversations.upsert({ConversationColumn::Id}, {}, rows); });
    return writeChunks(m_db, statements, conversations,
                       [shopId](const Conversation &c) { return conversationValues(shopId, c); });
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
    static const QString statement = Messages.insert();
    return m_db.run(statement, messageValues(shopId, m));
}

bool ConversationRepository::insertMessages(qint64 shopId, const QList<Message> &messages)
{
    static const QStringList statements = chunkStatements([](int rows) { return Messages.insert(rows); });
    return writeChunks(m_db, statements, messages,
                       [shopId](const Message &m) { return messageValues(shopId, m); });
}

std::optional<QHash<QString, Message>>
ConversationRepository::messagesByClientIds(qint64 shopId, const QStringList &clientIds)
{
    static const QString statement = Messages.select("WHERE shop_id = ? AND client_id IN (%1)");
    QVariantList keys;
    for (const QString &id : clientIds)
        keys.append(id);
    QHash<QString, Message> found;
    if (!runIn(statement, {shopId}, keys, [&](const QSqlQuery &q) {
            if (std::optional<Message> m = readMessage(q))
                found.insert(m->clientId, *m);
        }))
        return std::nullopt;
    return found;
}

bool ConversationRepository::runIn(const QString &sql, const QVariantList &leading, const QVariantList &keys,
                                   const std::function<void(const QSqlQuery &)> &row)
{
    // As many marks as keys (at most InChunk per statement), never padded with repeated keys: without
    // statistics (a young table) PostgreSQL takes a list of 128 for 128 distinct keys and scans the whole
    // shop instead (issue 16). One statement text per list length.
    for (qsizetype first = 0; first < keys.size(); first += InChunk) {
        const qsizetype count = std::min(InChunk, keys.size() - first);
        QVariantList values = leading;
        for (qsizetype i = first; i < first + count; ++i)
            values.append(keys.at(i));
        if (!m_db.run(sql.arg(inMarks(count)), values, row))
            return false;
    }
    return true;
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
    // EXISTS stops at the first customer message (a COUNT read all of a long conversation's messages).
    if (!m_db.run(
            QStringLiteral("SELECT EXISTS(SELECT 1 FROM messages WHERE conversation_id = ? AND shop_id = ? "
                           "AND author = ?)"),
            {conversationId, shopId, MessageAuthors.wire(MessageAuthor::Customer)},
            [&](const QSqlQuery &q) { found = q.value(0).toBool(); }))
        return std::nullopt;
    return found;
}

std::optional<QSet<qint64>> ConversationRepository::withCustomerMessages(qint64 shopId,
                                                                         const QList<qint64> &conversationIds)
{
    static const QString statement =
        QStringLiteral("SELECT c.id FROM conversations c WHERE c.shop_id = ? AND c.id IN (%1) AND "
                       "(SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.shop_id = c.shop_id "
                       "AND m.author = '%2' LIMIT 1) IS NOT NULL")
            .arg(QStringLiteral("%1"), MessageAuthors.wire(MessageAuthor::Customer));
    QSet<qint64> found;
    if (!runIn(statement, {shopId}, sql::ids(conversationIds),
               [&](const QSqlQuery &q) { found.insert(q.value(0).toLongLong()); }))
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
                        "AND kind <> ? ORDER BY created_at DESC, id DESC LIMIT ?");
    const QString hidden = MessageKinds.wire(MessageKind::Notice); // for staff only
    QList<Message> newestFirst;
    if (!m_db.run(statement, {shopId, conversationId, fromMs, exceptId, hidden, limit},
                  [&](const QSqlQuery &q) {
                      if (std::optional<Message> message = readMessage(q))
                          newestFirst.append(*message);
                  }))
        return std::nullopt;
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

} // namespace shopinbox::server
