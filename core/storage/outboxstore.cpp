#include "outboxstore.h"

#include "columnlist.h"
#include "sqlitedatabase.h"
#include "storagelog.h"
#include "timecolumn.h"

#include <QJsonDocument>

namespace shopinbox {

namespace {

// The outbox table, in one order for the INSERT, the SELECTs and readEntry(); id is the rowid.
enum class Col {
    Id,
    ConversationId,
    Action,
    Payload,
    ClientId,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    LastError,
    State,
    Count
};
constexpr ColumnList<Col> Columns{{"id", "conversation_id", "action", "payload", "client_id", "created_at",
                                   "attempts", "next_attempt_at", "last_error", "state"}};

/** The row as an entry; nullopt (warned) when its action or state is one this version does not know. */
std::optional<OutboxEntry> readEntry(const SqliteStatement &q)
{
    OutboxEntry e;
    e.id = q.int64(Columns.at(Col::Id));
    const QString action = q.text(Columns.at(Col::Action));
    const std::optional<OutboxAction> known = OutboxActions.fromWire(action);
    const std::optional<OutboxEntry::State> state =
        OutboxEntry::States.fromStored(q.int32(Columns.at(Col::State)));
    if (!known || !state) {
        qCWarning(lcStorage).nospace()
            << "outbox entry " << e.id << " left out: unknown " << (known ? "state " : "action ")
            << (known ? QString::number(q.int32(Columns.at(Col::State))) : action);
        return std::nullopt;
    }
    e.action = *known;
    e.state = *state;
    e.conversationId = q.optionalInt64(Columns.at(Col::ConversationId));
    e.payload = QJsonDocument::fromJson(q.text(Columns.at(Col::Payload)).toUtf8()).object();
    e.clientId = q.text(Columns.at(Col::ClientId));
    e.createdAt = timecolumn::fromColumn(q.int64(Columns.at(Col::CreatedAt)));
    e.attempts = q.int32(Columns.at(Col::Attempts));
    const qint64 next = q.int64(Columns.at(Col::NextAttemptAt));
    e.nextAttemptAt = next > 0 ? timecolumn::fromColumn(next) : QDateTime();
    e.lastError = q.text(Columns.at(Col::LastError));
    return e;
}

QString selectSql(const QString &rest)
{
    return QLatin1String("SELECT ") + Columns.names() + QLatin1String(" FROM outbox ") + rest;
}

int stored(OutboxEntry::State state)
{
    return OutboxEntry::States.stored(state);
}

} // namespace

OutboxStore::OutboxStore(SqliteDatabase &db)
    : m_insert(db.prepare(QLatin1String("INSERT INTO outbox(") + Columns.names({}, {Col::Id}) +
                          QLatin1String(") VALUES (") + Columns.placeholders({Col::Id}) +
                          QLatin1String(") RETURNING id")))
    , m_get(db.prepare(selectSql(QStringLiteral("WHERE id = ?1"))))
    , m_queued(db.prepare(selectSql(
          QStringLiteral("WHERE state = %1 ORDER BY id LIMIT ?1").arg(stored(OutboxEntry::State::Queued)))))
    , m_attempt(db.prepare(QStringLiteral(
          "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?1")))
    , m_failed(db.prepare(QStringLiteral("UPDATE outbox SET state = %1, last_error = ?2 WHERE id = ?1")
                              .arg(stored(OutboxEntry::State::Failed))))
    , m_remove(db.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?1")))
    , m_count(db.prepare(QStringLiteral("SELECT count(*) FROM outbox")))
    , m_byClientId(db.prepare(selectSql(QStringLiteral("WHERE client_id = ?1"))))
    , m_requeue(db.prepare(QStringLiteral("UPDATE outbox SET state = %1, attempts = 0, next_attempt_at = 0, "
                                          "last_error = '' WHERE id = ?1")
                               .arg(stored(OutboxEntry::State::Queued))))
    , m_setPayload(db.prepare(QStringLiteral("UPDATE outbox SET payload = ?2 WHERE id = ?1")))
{
}

std::optional<qint64> OutboxStore::enqueue(const OutboxEntry &e)
{
    SqliteStatement &q = m_insert;
    q.bind(Columns.param(Col::ConversationId), e.conversationId);
    q.bindText(Columns.param(Col::Action), OutboxActions.wire(e.action));
    q.bind(Columns.param(Col::Payload),
           QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    q.bind(Columns.param(Col::ClientId), e.clientId.isEmpty() ? QString() : e.clientId);
    q.bind(Columns.param(Col::CreatedAt), timecolumn::toColumn(e.createdAt).value_or(0));
    q.bind(Columns.param(Col::Attempts), e.attempts);
    q.bind(Columns.param(Col::NextAttemptAt), timecolumn::toColumn(e.nextAttemptAt).value_or(0));
    q.bindText(Columns.param(Col::LastError), e.lastError);
    q.bind(Columns.param(Col::State), stored(e.state));
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
    std::optional<OutboxEntry> e = readEntry(m_get);
    m_get.reset();
    return e;
}

QList<OutboxEntry> OutboxStore::queued(int limit)
{
    m_queued.bind(1, limit);
    QList<OutboxEntry> result;
    while (m_queued.step()) {
        if (std::optional<OutboxEntry> e = readEntry(m_queued))
            result.append(std::move(*e));
    }
    m_queued.reset();
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
    std::optional<OutboxEntry> e = readEntry(m_byClientId);
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
