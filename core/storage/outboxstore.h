#pragma once

#include "outboxentry.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/**
 * @brief The persisted outbox of merchant actions.
 *
 * Callers enqueue inside the same transaction as the optimistic local change, so both or neither survive.
 */
class OutboxStore
{
public:
    explicit OutboxStore(SqliteDatabase &db);

    /** Appends @p entry; returns its id, nullopt on error. */
    std::optional<qint64> enqueue(const OutboxEntry &entry);
    std::optional<OutboxEntry> get(qint64 id);
    /** Queued entries in order. */
    QList<OutboxEntry> queued(int limit);
    bool recordAttempt(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    bool markFailed(qint64 id, const QString &error);
    bool remove(qint64 id);
    /** The entry carrying @p clientId (a message), queued or failed. */
    std::optional<OutboxEntry> byClientId(const QString &clientId);
    /** Replaces the request body (e.g. after the image of a message was uploaded). */
    bool setPayload(qint64 id, const QJsonObject &payload);
    /** Puts a failed entry back in the queue with a fresh attempt count. */
    bool requeue(qint64 id);
    int count();

private:
    SqliteStatement m_insert;
    SqliteStatement m_get;
    SqliteStatement m_queued;
    SqliteStatement m_attempt;
    SqliteStatement m_failed;
    SqliteStatement m_remove;
    SqliteStatement m_count;
    SqliteStatement m_byClientId;
    SqliteStatement m_requeue;
    SqliteStatement m_setPayload;
};

} // namespace shopinbox
