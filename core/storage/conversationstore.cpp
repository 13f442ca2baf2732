#include "conversationstore.h"

#include "sqlitedatabase.h"
#include "storagelog.h"
#include "timecolumn.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopinbox {

namespace {
QString topicsToColumn(const QStringList &topics)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(topics)).toJson(QJsonDocument::Compact));
}

QStringList topicsFromColumn(const QString &column)
{
    QStringList topics;
    const QJsonArray array = QJsonDocument::fromJson(column.toUtf8()).array();
    for (const QJsonValue &value : array)
        topics.append(value.toString());
    return topics;
}
} // namespace

ConversationStore::ConversationStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO conversations(id, customer_id, status, unread, assignee_id, topics, platform, "
          "started_at, "
          "last_activity_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
          "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, status = excluded.status, "
          "unread = excluded.unread, assignee_id = excluded.assignee_id, topics = excluded.topics, "
          "platform = excluded.platform, started_at = excluded.started_at, "
          "last_activity_at = max(conversations.last_activity_at, excluded.last_activity_at)")))
    , m_get(db.prepare(QStringLiteral("SELECT id, customer_id, status, unread, assignee_id, topics, "
                                      "platform, started_at, last_activity_at "
                                      "FROM conversations WHERE id = ?1")))
    , m_exists(db.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?1")))
    , m_noteMessage(db.prepare(QStringLiteral(
          "UPDATE conversations SET last_message_kind = ?2, last_message_author = ?3, "
          "last_message_body = substr(?4, 1, ?6), last_message_at = ?5, last_message_staff_id = ?7, "
          "last_activity_at = max(last_activity_at, ?5) "
          "WHERE id = ?1 AND (last_message_at IS NULL OR last_message_at <= ?5)")))
    , m_setStatus(db.prepare(QStringLiteral("UPDATE conversations SET status = ?2 WHERE id = ?1")))
    , m_setUnread(db.prepare(QStringLiteral("UPDATE conversations SET unread = ?2 WHERE id = ?1")))
    , m_setAssignee(db.prepare(QStringLiteral("UPDATE conversations SET assignee_id = ?2 WHERE id = ?1")))
    , m_forCustomer(db.prepare(QStringLiteral(
          "SELECT id FROM conversations WHERE customer_id = ?1 ORDER BY last_activity_at DESC, id DESC")))
    , m_unreadOpen(
          db.prepare(QStringLiteral("SELECT count(*) FROM conversations WHERE unread = 1 AND status = %1")
                         .arg(ConversationStatuses.stored(ConversationStatus::Open))))
{
}

bool ConversationStore::upsert(const Conversation &c)
{
    SqliteStatement &q = m_upsert;
    q.bind(1, c.id);
    q.bind(2, c.customerId);
    q.bind(3, ConversationStatuses.stored(c.status));
    q.bind(4, c.unread);
    q.bind(5, c.assigneeId);
    q.bind(6, topicsToColumn(c.topics));
    q.bindText(7, c.platform);
    q.bind(8, timecolumn::toColumn(c.startedAt).value_or(0));
    q.bind(9, timecolumn::toColumn(c.lastActivityAt).value_or(0));
    return q.exec();
}

std::optional<Conversation> ConversationStore::get(qint64 id)
{
    SqliteStatement &q = m_get;
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    Conversation c;
    c.id = q.int64(0);
    c.customerId = q.int64(1);
    const std::optional<ConversationStatus> status = ConversationStatuses.fromStored(q.int32(2));
    if (!status) { // a value this version does not know: refused, not read as Open or Closed
        qCWarning(lcStorage).nospace()
            << "conversation " << c.id << " left out: unknown status " << q.int32(2);
        q.reset();
        return std::nullopt;
    }
    c.status = *status;
    c.unread = q.boolean(3);
    c.assigneeId = q.optionalInt64(4);
    c.topics = topicsFromColumn(q.text(5));
    c.platform = q.text(6);
    c.startedAt = timecolumn::fromColumn(q.int64(7));
    c.lastActivityAt = timecolumn::fromColumn(q.int64(8));
    q.reset();
    return c;
}

bool ConversationStore::exists(qint64 id)
{
    m_exists.bind(1, id);
    const bool found = m_exists.step();
    m_exists.reset();
    return found;
}

bool ConversationStore::noteMessage(const Message &message)
{
    SqliteStatement &q = m_noteMessage;
    q.bind(1, message.conversationId);
    q.bind(2, MessageKinds.stored(message.kind));
    q.bind(3, MessageAuthors.stored(message.author));
    q.bindText(4, message.body);
    q.bind(5, timecolumn::toColumn(message.createdAt).value_or(0));
    q.bind(6, PreviewLength);
    q.bind(7, message.staffId);
    return q.exec();
}

bool ConversationStore::setStatus(qint64 id, ConversationStatus status)
{
    m_setStatus.bind(1, id);
    m_setStatus.bind(2, ConversationStatuses.stored(status));
    return m_setStatus.exec();
}

bool ConversationStore::setUnread(qint64 id, bool unread)
{
    m_setUnread.bind(1, id);
    m_setUnread.bind(2, unread);
    return m_setUnread.exec();
}

bool ConversationStore::setAssignee(qint64 id, std::optional<qint64> staffId)
{
    m_setAssignee.bind(1, id);
    m_setAssignee.bind(2, staffId);
    return m_setAssignee.exec();
}

int ConversationStore::unreadOpenCount()
{
    if (!m_unreadOpen.step())
        return 0;
    const int count = m_unreadOpen.int32(0);
    m_unreadOpen.reset();
    return count;
}

QList<qint64> ConversationStore::idsForCustomer(qint64 customerId)
{
    QList<qint64> ids;
    m_forCustomer.bind(1, customerId);
    while (m_forCustomer.step())
        ids.append(m_forCustomer.int64(0));
    m_forCustomer.reset();
    return ids;
}

} // namespace shopinbox
