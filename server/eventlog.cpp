#include "eventlog.h"

#include "serverdatabase.h"
#include "serverlog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace shopinbox::server {

EventLog::EventLog(ServerDatabase &db)
    : m_db(db)
{
}

std::optional<qint64> EventLog::nextId()
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'ids' RETURNING value"));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<ServerEvent> EventLog::append(qint64 shopId, const QString &type, const QJsonObject &data,
                                            const QDateTime &at)
{
    QSqlQuery &bump = m_db.prepare(
        QStringLiteral("UPDATE shops SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq"));
    bump.addBindValue(shopId);
    if (!m_db.exec(bump) || !bump.next())
        return std::nullopt;
    ServerEvent event;
    event.seq = bump.value(0).toLongLong();
    bump.finish();
    event.type = type;
    event.at = at.toUTC();
    event.data = data;

    QSqlQuery &insert = m_db.prepare(
        QStringLiteral("INSERT INTO events(shop_id, seq, type, at, data) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(shopId);
    insert.addBindValue(event.seq);
    insert.addBindValue(type);
    insert.addBindValue(event.at.toMSecsSinceEpoch());
    insert.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!m_db.exec(insert))
        return std::nullopt;
    if (m_db.dialect() == ServerDatabase::Dialect::PostgreSQL) {
        // Delivered to every listening server process when (and only if) the transaction commits.
        QSqlQuery &notify = m_db.prepare(QStringLiteral("SELECT pg_notify('shopinbox_events', ?)"));
        notify.addBindValue(QString::number(shopId));
        if (!m_db.exec(notify))
            return std::nullopt;
        notify.finish();
    }
    return event;
}

std::optional<EventLog::Page> EventLog::read(qint64 shopId, qint64 since, int limit)
{
    limit = qBound(1, limit, MaxPage);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT seq, type, at, data FROM events WHERE shop_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(shopId);
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    if (!m_db.exec(q))
        return std::nullopt;
    Page page;
    page.nextSince = since;
    while (q.next()) {
        if (page.events.size() == limit) {
            page.hasMore = true;
            break;
        }
        ServerEvent event;
        event.seq = q.value(0).toLongLong();
        event.type = q.value(1).toString();
        event.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
        event.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        page.nextSince = event.seq;
        page.events.append(std::move(event));
    }
    q.finish();
    return page;
}

qint64 EventLog::lastSeq(qint64 shopId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT last_seq FROM shops WHERE id = ?"));
    q.addBindValue(shopId);
    if (!m_db.exec(q) || !q.next())
        return 0;
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

} // namespace shopinbox::server
