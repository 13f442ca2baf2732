#include "messagestore.h"

#include "codec/jsoncodec.h"
#include "sqlitedatabase.h"
#include "storagelog.h"
#include "timecolumn.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace shopinbox {

namespace {

const QString Columns = QStringLiteral(
    "local_id, id, conversation_id, client_id, kind, author, staff_id, body, payload, created_at, delivery, "
    "failure_reason");

// Kind-specific parts live in one JSON column: they are only read whole, never queried.
QString payloadOf(const Message &m)
{
    QJsonObject payload;
    switch (m.kind) {
    case MessageKind::Products: {
        QJsonArray products;
        for (const SharedProduct &p : m.products)
            products.append(json::encode(p));
        payload.insert(QStringLiteral("products"), products);
        break;
    }
    case MessageKind::Discount:
        payload.insert(QStringLiteral("code"), m.discountCode);
        payload.insert(QStringLiteral("summary"), m.discountSummary);
        break;
    case MessageKind::Image:
        payload.insert(QStringLiteral("id"), m.imageId);
        payload.insert(QStringLiteral("url"), m.imageUrl);
        break;
    case MessageKind::CartEvent:
        payload.insert(QStringLiteral("action"), CartActions.wire(m.cartAction));
        if (!m.cartProductTitle.isEmpty())
            payload.insert(QStringLiteral("title"), m.cartProductTitle);
        break;
    case MessageKind::System:
        if (m.automated == AutomatedReply::None)
            return {};
        payload.insert(QStringLiteral("automated"), AutomatedReplies.wire(m.automated));
        break;
    case MessageKind::Text:
        return {};
    }
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

void MessageStore::readPayload(Message &m, const QString &column)
{
    if (column.isEmpty())
        return;
    const QJsonObject payload = QJsonDocument::fromJson(column.toUtf8()).object();
    switch (m.kind) {
    case MessageKind::Products: {
        const QJsonArray products = payload.value(QStringLiteral("products")).toArray();
        for (const QJsonValue &value : products) {
            Decoded<SharedProduct> product = json::decodeSharedProduct(value);
            if (product.ok())
                m.products.append(std::move(product).value());
        }
        break;
    }
    case MessageKind::Discount:
        m.discountCode = payload.value(QStringLiteral("code")).toString();
        m.discountSummary = payload.value(QStringLiteral("summary")).toString();
        break;
    case MessageKind::Image:
        m.imageId = payload.value(QStringLiteral("id")).toString();
        m.imageUrl = payload.value(QStringLiteral("url")).toString();
        break;
    case MessageKind::CartEvent:
        m.cartAction = CartActions.fromWire(payload.value(QStringLiteral("action")).toString())
                           .value_or(CartAction::Add);
        m.cartProductTitle = payload.value(QStringLiteral("title")).toString();
        break;
    case MessageKind::System: {
        m.automated = AutomatedReplies.fromWire(payload.value(QStringLiteral("automated")).toString())
                          .value_or(AutomatedReply::None);
        break;
    }
    case MessageKind::Text:
        break;
    }
}

namespace {

/** The row as a Message; nullopt (with a warning naming the row and column) when a stored enum value is
 * none this version knows — it is left out, never shown as some other kind. */
std::optional<Message> readMessage(const SqliteStatement &q)
{
    Message m;
    m.localId = q.int64(0);
    m.id = q.isNull(1) ? 0 : q.int64(1);
    m.conversationId = q.int64(2);
    m.clientId = q.text(3);
    const std::optional<MessageKind> kind = MessageKinds.fromStored(q.int32(4));
    const std::optional<MessageAuthor> author = MessageAuthors.fromStored(q.int32(5));
    const std::optional<DeliveryState> delivery = DeliveryStates.fromStored(q.int32(10));
    if (!kind || !author || !delivery) {
        qCWarning(lcStorage).nospace() << "message " << m.localId << " left out: unknown "
                                       << (!kind     ? "kind "
                                           : !author ? "author "
                                                     : "delivery ")
                                       << q.int32(!kind     ? 4
                                                  : !author ? 5
                                                            : 10);
        return std::nullopt;
    }
    m.kind = *kind;
    m.author = *author;
    m.staffId = q.optionalInt64(6);
    m.body = q.text(7);
    MessageStore::readPayload(m, q.text(8));
    m.createdAt = timecolumn::fromColumn(q.int64(9));
    m.delivery = *delivery;
    m.failureReason = q.text(11);
    return m;
}

} // namespace

MessageStore::MessageStore(SqliteDatabase &db)
    : m_db(db)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO messages(id, conversation_id, client_id, kind, author, staff_id, body, payload, "
          "created_at, delivery, failure_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
          "ON CONFLICT(id) DO UPDATE SET conversation_id = excluded.conversation_id, "
          "client_id = excluded.client_id, kind = excluded.kind, author = excluded.author, "
          "staff_id = excluded.staff_id, body = excluded.body, payload = excluded.payload, "
          "created_at = excluded.created_at, delivery = excluded.delivery, "
          "failure_reason = excluded.failure_reason "
          "ON CONFLICT(client_id) DO UPDATE SET id = coalesce(excluded.id, messages.id), "
          "conversation_id = excluded.conversation_id, kind = excluded.kind, author = excluded.author, "
          "staff_id = excluded.staff_id, body = excluded.body, payload = excluded.payload, "
          "created_at = excluded.created_at, delivery = excluded.delivery, "
          "failure_reason = excluded.failure_reason")))
    , m_findLocal(db.prepare(QStringLiteral("SELECT local_id FROM messages WHERE id = ?1 UNION ALL SELECT "
                                            "local_id FROM messages WHERE client_id = ?2 "
                                            "LIMIT 1")))
    , m_get(db.prepare(QStringLiteral("SELECT %1 FROM messages WHERE local_id = ?1").arg(Columns)))
    , m_pageFirst(db.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?1 "
                                            "ORDER BY created_at DESC, local_id DESC LIMIT ?2")
                                 .arg(Columns)))
    , m_pageBefore(db.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?1 "
                                             "AND (created_at, local_id) < (?3, ?4) "
                                             "ORDER BY created_at DESC, local_id DESC LIMIT ?2")
                                  .arg(Columns)))
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
    q.bind(1, m.id > 0 ? std::optional<qint64>(m.id) : std::nullopt);
    q.bind(2, m.conversationId);
    q.bind(3, m.clientId.isEmpty() ? QString() : m.clientId);
    q.bind(4, MessageKinds.stored(m.kind));
    q.bind(5, MessageAuthors.stored(m.author));
    q.bind(6, m.staffId);
    q.bindText(7, m.body);
    q.bind(8, payloadOf(m));
    q.bind(9, timecolumn::toColumn(m.createdAt).value_or(0));
    q.bind(10, DeliveryStates.stored(m.delivery));
    q.bindText(11, m.failureReason);
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
