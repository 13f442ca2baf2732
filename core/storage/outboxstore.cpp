#include "outboxstore.h"

#include "sqlitedatabase.h"
#include "timecolumn.h"

#include <QJsonDocument>

namespace shopinbox {

namespace {
const QString Columns = QStringLiteral("id, conversation_id, action, payload, client_id, created_at, "
                                       "attempts, next_attempt_at, last_error, state");

OutboxEntry readEntry(const SqliteStatement &q)
{
    OutboxEntry e;
    e.id = q.int64(0);
    e.conversationId = q.optionalInt64(1);
    e.action = q.text(2);
    e.payload = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
    e.clientId = q.text(4);
    e.createdAt = timecolumn::fromColumn(q.int64(5));
    e.attempts = q.int32(6);
    const qint64 next = q.int64(7);
    e.nextAttemptAt = next > 0 ? timecolumn::fromColumn(next) : QDateTime();
    e.lastError = q.text(8);
    e.state = q.int32(9) == 1 ? OutboxEntry::State::Failed : OutboxEntry::State::Queued;
    return e;
}
} // namespace

OutboxStore::OutboxStore(SqliteDatabase &db)
    : m_insert(db.prepare(
          QStringLiteral("INSERT INTO outbox(conversation_id, action, payload, client_id, created_at, "
                         "attempts, next_attempt_at, "
                         "last_error, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")))
    , m_get(db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?1").arg(Columns)))
    , m_queued(db.prepare(
          QStringLiteral("SELECT %1 FROM outbox WHERE state = 0 ORDER BY id LIMIT ?1").arg(Columns)))
    , m_attempt(db.prepare(QStringLiteral(
          "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?1")))
    , m_failed(db.prepare(QStringLiteral("UPDATE outbox SET state = 1, last_error = ?2 WHERE id = ?1")))
    , m_remove(db.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?1")))
    , m_count(db.prepare(QStringLiteral("SELECT count(*) FROM outbox")))
    , m_byClientId(db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE client_id = ?1").arg(Columns)))
    , m_requeue(db.prepare(QStringLiteral(
          "UPDATE outbox SET state = 0, attempts = 0, next_attempt_at = 0, last_error = '' WHERE id = ?1")))
    , m_setPayload(db.prepare(QStringLiteral("UPDATE outbox SET payload = ?2 WHERE id = ?1")))
{
}

std::optional<qint64> OutboxStore::enqueue(const OutboxEntry &e)
{
    SqliteStatement &q = m_insert;
    q.bind(1, e.conversationId);
    q.bindText(2, e.action);
    q.bind(3, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    q.bind(4, e.clientId.isEmpty() ? QString() : e.clientId);
    q.bind(5, timecolumn::toColumn(e.createdAt).value_or(0));
    q.bind(6, e.attempts);
    q.bind(7, timecolumn::toColumn(e.nextAttemptAt).value_or(0));
    q.bindText(8, e.lastError);
    q.bind(9, static_cast<int>(e.state));
    if (!q.step())
        return std::nullopt;
    const qint64 id = q.int64(0);
    q.exec();
    return id;
}

std::optional<OutboxEntry> OutboxStore::get(qint64 id)
{
    m_get.bind(1, id);
    if (!m_get.step())
        return std::nullopt;
    OutboxEntry e = readEntry(m_get);
    m_get.reset();
    return e;
}

QList<OutboxEntry> OutboxStore::queued(int limit)
{
    m_queued.bind(1, limit);
    QList<OutboxEntry> result;
    while (m_queued.step())
        result.append(readEntry(m_queued));
    return result;
}

bool OutboxStore::recordAttempt(qint64 id, const QString &error, const QDateTime &nextAttemptAt)
{
    m_attempt.bind(1, id);
    m_attempt.bindText(2, error);
    m_attempt.bind(3, timecolumn::toColumn(nextAttemptAt).value_or(0));
    return m_attempt.exec();
}

bool OutboxStore::markFailed(qint64 id, const QString &error)
{
    m_failed.bind(1, id);
    m_failed.bindText(2, error);
    return m_failed.exec();
}

bool OutboxStore::remove(qint64 id)
{
    m_remove.bind(1, id);
    return m_remove.exec();
}

std::optional<OutboxEntry> OutboxStore::byClientId(const QString &clientId)
{
    m_byClientId.bindText(1, clientId);
    if (!m_byClientId.step())
        return std::nullopt;
    OutboxEntry e = readEntry(m_byClientId);
    m_byClientId.reset();
    return e;
}

bool OutboxStore::setPayload(qint64 id, const QJsonObject &payload)
{
    m_setPayload.bind(1, id);
    m_setPayload.bind(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    return m_setPayload.exec();
}

bool OutboxStore::requeue(qint64 id)
{
    m_requeue.bind(1, id);
    return m_requeue.exec();
}

int OutboxStore::count()
{
    if (!m_count.step())
        return -1;
    const int n = m_count.int32(0);
    m_count.reset();
    return n;
}

} // namespace shopinbox
