#include "conversationstore.h"

#include "columnlist.h"
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
    for (const QJsonValue value : array)
        topics.append(value.toString());
    return topics;
}

// The synced columns of the conversations table (the last_message_* preview is the cache's own, written by
// noteMessage()), in one order for the upsert, the SELECT and readConversation().
enum class Col {
    Id,
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
constexpr ColumnList<Col> Columns{{"id", "customer_id", "status", "unread", "assignee_id", "topics",
                                   "platform", "started_at", "last_activity_at"}};

QString upsertSql()
{
    // Activity only moves forward: a late conversation.updated must not hide a newer message's time.
    return QLatin1String("INSERT INTO conversations(") + Columns.names() + QLatin1String(") VALUES (") +
           Columns.placeholders() + QLatin1String(") ON CONFLICT(id) DO UPDATE SET ") +
           Columns.assignExcluded({Col::Id, Col::LastActivityAt}) +
           QLatin1String(
               ", last_activity_at = max(conversations.last_activity_at, excluded.last_activity_at)");
}

/** The row as a Conversation; nullopt (warned) when its stored status is one this version does not know —
 * refused, not read as Open or Closed. */
std::optional<Conversation> readConversation(const SqliteStatement &q)
{
    Conversation c;
    c.id = q.int64(Columns.at(Col::Id));
    c.customerId = q.int64(Columns.at(Col::CustomerId));
    const int storedStatus = q.int32(Columns.at(Col::Status));
    const std::optional<ConversationStatus> status = ConversationStatuses.fromStored(storedStatus);
    if (!status) {
        qCWarning(lcStorage).nospace()
            << "conversation " << c.id << " left out: unknown status " << storedStatus;
        return std::nullopt;
    }
    c.status = *status;
    c.unread = q.boolean(Columns.at(Col::Unread));
    c.assigneeId = q.optionalInt64(Columns.at(Col::AssigneeId));
    c.topics = topicsFromColumn(q.text(Columns.at(Col::Topics)));
    c.platform = q.text(Columns.at(Col::Platform));
    c.startedAt = timecolumn::fromColumn(q.int64(Columns.at(Col::StartedAt)));
    c.lastActivityAt = timecolumn::fromColumn(q.int64(Columns.at(Col::LastActivityAt)));
    return c;
}

} // namespace

ConversationStore::ConversationStore(SqliteDatabase &db)
    : m_upsert(db.prepare(upsertSql()))
    , m_get(db.prepare(QLatin1String("SELECT ") + Columns.names() +
                       QLatin1String(" FROM conversations WHERE id = ?1")))
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
    q.bind(Columns.param(Col::Id), c.id);
    q.bind(Columns.param(Col::CustomerId), c.customerId);
    q.bind(Columns.param(Col::Status), ConversationStatuses.stored(c.status));
    q.bind(Columns.param(Col::Unread), c.unread);
    q.bind(Columns.param(Col::AssigneeId), c.assigneeId);
    q.bind(Columns.param(Col::Topics), topicsToColumn(c.topics));
    q.bindText(Columns.param(Col::Platform), c.platform);
    q.bind(Columns.param(Col::StartedAt), timecolumn::toColumn(c.startedAt).value_or(0));
    q.bind(Columns.param(Col::LastActivityAt), timecolumn::toColumn(c.lastActivityAt).value_or(0));
    return q.exec();
}

std::optional<Conversation> ConversationStore::get(qint64 id)
{
    SqliteStatement &q = m_get;
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    std::optional<Conversation> c = readConversation(q);
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
