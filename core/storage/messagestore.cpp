#include "messagestore.h"

#include "codec/jsoncodec.h"
#include "columnlist.h"
#include "sqlitedatabase.h"
#include "storagelog.h"
#include "timecolumn.h"

#include <algorithm>

#include <QJsonDocument>

namespace shopinbox {

namespace {

// The messages table, in one order for the upsert, the SELECTs and readMessage(); local_id is the rowid.
enum class Col {
    LocalId,
    Id,
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
constexpr ColumnList<Col> Columns{{"local_id", "id", "conversation_id", "client_id", "kind", "author",
                                   "staff_id", "body", "payload", "created_at", "delivery",
                                   "failure_reason"}};

QString upsertSql()
{
    // A message is known by its server id or, before the server has it, by the sending client's id: a
    // local echo is merged into when its own event arrives.
    return QLatin1String("INSERT INTO messages(") + Columns.names({}, {Col::LocalId}) +
           QLatin1String(") VALUES (") + Columns.placeholders({Col::LocalId}) +
           QLatin1String(") ON CONFLICT(id) DO UPDATE SET ") +
           Columns.assignExcluded({Col::LocalId, Col::Id}) +
           QLatin1String(" ON CONFLICT(client_id) DO UPDATE SET id = coalesce(excluded.id, messages.id), ") +
           Columns.assignExcluded({Col::LocalId, Col::Id, Col::ClientId});
}

QString selectSql(const char *rest)
{
    return QLatin1String("SELECT ") + Columns.names() + QLatin1String(" FROM messages ") +
           QLatin1String(rest);
}

// Kind-specific parts live in one JSON column in their wire form (json::encodePayload): they are only read
// whole, never queried. Kinds without a payload store NULL.
QString payloadOf(const Message &m)
{
    const QJsonObject payload = json::encodePayload(m);
    if (payload.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

bool MessageStore::readPayload(Message &m, const QString &column)
{
    // Kinds without a payload (most messages are text) store NULL: nothing to parse.
    QJsonObject payload;
    if (!column.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(column.toUtf8());
        if (!document.isObject()) {
            qCWarning(lcStorage).nospace()
                << "message " << m.localId << ": stored payload is not a JSON object";
            return false;
        }
        payload = document.object();
    }
    if (const std::optional<DecodeError> error = json::decodePayload(payload, m, QStringLiteral("payload"))) {
        qCWarning(lcStorage).nospace()
            << "message " << m.localId << ": stored payload refused: " << error->toString();
        return false;
    }
    return true;
}

namespace {

/** The row as a Message; nullopt (with a warning naming the row and column) when a stored enum value is
 * none this version knows — it is left out, never shown as some other kind. */
std::optional<Message> readMessage(const SqliteStatement &q)
{
    Message m;
    m.localId = q.int64(Columns.at(Col::LocalId));
    m.id = q.isNull(Columns.at(Col::Id)) ? 0 : q.int64(Columns.at(Col::Id));
    m.conversationId = q.int64(Columns.at(Col::ConversationId));
    m.clientId = q.text(Columns.at(Col::ClientId));
    const int storedKind = q.int32(Columns.at(Col::Kind));
    const int storedAuthor = q.int32(Columns.at(Col::Author));
    const int storedDelivery = q.int32(Columns.at(Col::Delivery));
    const std::optional<MessageKind> kind = MessageKinds.fromStored(storedKind);
    const std::optional<MessageAuthor> author = MessageAuthors.fromStored(storedAuthor);
    const std::optional<DeliveryState> delivery = DeliveryStates.fromStored(storedDelivery);
    if (!kind || !author || !delivery) {
        qCWarning(lcStorage).nospace() << "message " << m.localId << " left out: unknown "
                                       << (!kind     ? "kind "
                                           : !author ? "author "
                                                     : "delivery ")
                                       << (!kind     ? storedKind
                                           : !author ? storedAuthor
                                                     : storedDelivery);
        return std::nullopt;
    }
    m.kind = *kind;
    m.author = *author;
    m.staffId = q.optionalInt64(Columns.at(Col::StaffId));
    m.body = q.text(Columns.at(Col::Body));
    if (!MessageStore::readPayload(m, q.text(Columns.at(Col::Payload))))
        return std::nullopt;
    m.createdAt = timecolumn::fromColumn(q.int64(Columns.at(Col::CreatedAt)));
    m.delivery = *delivery;
    m.failureReason = q.text(Columns.at(Col::FailureReason));
    return m;
}

} // namespace

MessageStore::MessageStore(SqliteDatabase &db)
    : m_db(db)
    , m_upsert(db.prepare(upsertSql()))
    , m_findLocal(db.prepare(QStringLiteral("SELECT local_id FROM messages WHERE id = ?1 UNION ALL SELECT "
                                            "local_id FROM messages WHERE client_id = ?2 "
                                            "LIMIT 1")))
    , m_get(db.prepare(selectSql("WHERE local_id = ?1")))
    , m_pageFirst(db.prepare(
          selectSql("WHERE conversation_id = ?1 ORDER BY created_at DESC, local_id DESC LIMIT ?2")))
    , m_pageBefore(db.prepare(selectSql("WHERE conversation_id = ?1 AND (created_at, local_id) < (?3, ?4) "
                                        "ORDER BY created_at DESC, local_id DESC LIMIT ?2")))
    , m_hasOlder(db.prepare(QStringLiteral("SELECT 1 FROM messages WHERE conversation_id = ?1 "
                                           "AND (created_at, local_id) < (?2, ?3) LIMIT 1")))
    , m_setDelivery(db.prepare(
          QStringLiteral("UPDATE messages SET delivery = ?2, failure_reason = ?3 WHERE local_id = ?1")))
    , m_remove(db.prepare(QStringLiteral("DELETE FROM messages WHERE local_id = ?1 AND id IS NULL")))
    , m_indexNew(db.prepare(QStringLiteral(
          "INSERT INTO message_fts(rowid, body) SELECT local_id, body FROM messages "
          "WHERE local_id > (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'message_fts_upto') "
          "ORDER BY local_id")))
    , m_indexMark(db.prepare(
          QStringLiteral("UPDATE meta SET value = (SELECT coalesce(max(local_id), 0) FROM messages) "
                         "WHERE key = 'message_fts_upto'")))
{
}

std::optional<qint64> MessageStore::upsert(const Message &m)
{
    SqliteStatement &q = m_upsert;
    q.bind(Columns.param(Col::Id), m.id > 0 ? std::optional<qint64>(m.id) : std::nullopt);
    q.bind(Columns.param(Col::ConversationId), m.conversationId);
    q.bind(Columns.param(Col::ClientId), m.clientId.isEmpty() ? QString() : m.clientId);
    q.bind(Columns.param(Col::Kind), MessageKinds.stored(m.kind));
    q.bind(Columns.param(Col::Author), MessageAuthors.stored(m.author));
    q.bind(Columns.param(Col::StaffId), m.staffId);
    q.bindText(Columns.param(Col::Body), m.body);
    q.bind(Columns.param(Col::Payload), payloadOf(m));
    q.bind(Columns.param(Col::CreatedAt), timecolumn::toColumn(m.createdAt).value_or(0));
    q.bind(Columns.param(Col::Delivery), DeliveryStates.stored(m.delivery));
    q.bindText(Columns.param(Col::FailureReason), m.failureReason);
    // A new row moves last_insert_rowid; a merge into an existing row does not, so only then look it up.
    // (Cheaper than RETURNING, which materialises its result, on the hot path of a sync.)
    const qint64 before = m_db.lastInsertRowId();
    if (!q.exec()) {
        m_lastError = q.errorMessage();
        return std::nullopt;
    }
    const qint64 inserted = m_db.lastInsertRowId();
    if (inserted != before)
        return inserted;
    m_findLocal.bind(1, m.id > 0 ? std::optional<qint64>(m.id) : std::nullopt);
    m_findLocal.bind(2, m.clientId.isEmpty() ? QString() : m.clientId);
    if (!m_findLocal.step()) {
        m_lastError = QStringLiteral("merged message not found");
        return std::nullopt;
    }
    const qint64 localId = m_findLocal.int64(0);
    m_findLocal.reset();
    return localId;
}

std::optional<Message> MessageStore::get(qint64 localId)
{
    m_get.bind(1, localId);
    if (!m_get.step())
        return std::nullopt;
    std::optional<Message> m = readMessage(m_get);
    m_get.reset();
    return m;
}

QList<Message> MessageStore::page(qint64 conversationId, std::optional<MessageKey> before, int limit)
{
    SqliteStatement &q = before ? m_pageBefore : m_pageFirst;
    q.bind(1, conversationId);
    q.bind(2, limit);
    if (before) {
        q.bind(3, before->createdAtMs);
        q.bind(4, before->localId);
    }
    QList<Message> result;
    result.reserve(limit);
    while (q.step()) {
        if (std::optional<Message> m = readMessage(q))
            result.append(std::move(*m));
    }
    std::reverse(result.begin(), result.end());
    return result;
}

bool MessageStore::hasOlder(qint64 conversationId, const MessageKey &key)
{
    m_hasOlder.bind(1, conversationId);
    m_hasOlder.bind(2, key.createdAtMs);
    m_hasOlder.bind(3, key.localId);
    const bool older = m_hasOlder.step();
    m_hasOlder.reset();
    return older;
}

bool MessageStore::setDelivery(qint64 localId, DeliveryState state, const QString &failureReason)
{
    m_setDelivery.bind(1, localId);
    m_setDelivery.bind(2, DeliveryStates.stored(state));
    m_setDelivery.bindText(3, failureReason);
    return m_setDelivery.exec();
}

std::optional<qint64> MessageStore::localIdByClientId(const QString &clientId)
{
    if (clientId.isEmpty())
        return std::nullopt;
    m_findLocal.bindNull(1);
    m_findLocal.bind(2, clientId);
    if (!m_findLocal.step())
        return std::nullopt;
    const qint64 localId = m_findLocal.int64(0);
    m_findLocal.reset();
    return localId;
}

bool MessageStore::remove(qint64 localId)
{
    m_remove.bind(1, localId);
    if (!m_remove.exec()) {
        m_lastError = m_remove.errorMessage();
        return false;
    }
    // SQLite hands out the largest rowid again once its row is gone. Move the full-text mark back with it
    // (indexNewMessages() marks the largest local id), or the next message would reuse this local id at or
    // below the mark and never be indexed.
    return indexNewMessages();
}

bool MessageStore::indexNewMessages()
{
    if (!m_indexNew.exec() || !m_indexMark.exec()) {
        m_lastError = m_indexNew.ok() ? m_indexMark.errorMessage() : m_indexNew.errorMessage();
        return false;
    }
    return true;
}

MessageKey MessageStore::keyOf(const Message &message)
{
    return {timecolumn::toColumn(message.createdAt).value_or(0), message.localId};
}

} // namespace shopinbox
