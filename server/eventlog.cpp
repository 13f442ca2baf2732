#include "eventlog.h"

#include "codec/jsoncodec.h"
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
    if (m_db.dialect() == ServerDatabase::Dialect::PostgreSQL) {
        if (m_idBlock.isEmpty()) {
            QSqlQuery &q = m_db.prepare(QStringLiteral(
                "SELECT nextval('shopinbox_ids') FROM generate_series(1, 64) ORDER BY 1 DESC"));
            if (!m_db.exec(q))
                return std::nullopt;
            while (q.next())
                m_idBlock.append(q.value(0).toLongLong());
            q.finish();
            if (m_idBlock.isEmpty())
                return std::nullopt;
        }
        return m_idBlock.takeLast();
    }
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'ids' RETURNING value"));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

std::optional<ServerEvent> EventLog::append(qint64 shopId, const QString &type, const QJsonObject &data,
                                            const QDateTime &at)
{
    QList<ServerEvent> one{ServerEvent{0, type, at.toUTC(), data}};
    if (!appendAll(shopId, one))
        return std::nullopt;
    return one.constFirst();
}

QByteArray EventLog::frame(qint64 seq, const QString &type, const QDateTime &at, const QByteArray &data)
{
    // The stored data is already the compact JSON the protocol sends (written by appendAll()); the type is
    // one of our own ASCII names. Splicing the text saves decoding and re-encoding every event of a sync.
    return "{\"at\":\"" + json::formatTime(at).toLatin1() + "\",\"data\":" + data +
           ",\"seq\":" + QByteArray::number(seq) + ",\"type\":\"" + type.toLatin1() + "\"}";
}

bool EventLog::appendAll(qint64 shopId, QList<ServerEvent> &events, Page *appended)
{
    if (events.isEmpty())
        return true;
    QSqlQuery &bump = m_db.prepare(
        QStringLiteral("UPDATE shops SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq"));
    bump.addBindValue(static_cast<qint64>(events.size()));
    bump.addBindValue(shopId);
    if (!m_db.exec(bump) || !bump.next())
        return false;
    qint64 seq = bump.value(0).toLongLong() - events.size();
    bump.finish();
    for (ServerEvent &event : events)
        event.seq = ++seq;

    constexpr qsizetype Chunk = 200;
    for (qsizetype first = 0; first < events.size(); first += Chunk) {
        const qsizetype count = qMin(Chunk, events.size() - first);
        QStringList rows;
        for (qsizetype i = 0; i < count; ++i)
            rows.append(QStringLiteral("(?, ?, ?, ?, ?)"));
        QVariantList values;
        values.reserve(count * 5);
        for (qsizetype i = first; i < first + count; ++i) {
            const ServerEvent &event = events.at(i);
            const QByteArray data = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
            values << shopId << event.seq << event.type << event.at.toMSecsSinceEpoch()
                   << QString::fromUtf8(data);
            if (appended) {
                // As read() will give it back: the time at the stored millisecond.
                const QDateTime at =
                    QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), QTimeZone::utc());
                appended->frames.append(frame(event.seq, event.type, at, data));
                appended->events.append(ServerEvent{event.seq, event.type, at, event.data});
                appended->nextSince = event.seq;
            }
        }
        if (!m_db.write(QStringLiteral("INSERT INTO events(shop_id, seq, type, at, data) VALUES ") +
                            rows.join(QStringLiteral(", ")),
                        values))
            return false;
    }
    if (m_db.dialect() == ServerDatabase::Dialect::PostgreSQL) {
        // Delivered to every listening server process when (and only if) the transaction commits.
        QSqlQuery &notify = m_db.prepare(QStringLiteral("SELECT pg_notify('shopinbox_events', ?)"));
        notify.addBindValue(QString::number(shopId) + QLatin1Char(' ') + m_origin);
        if (!m_db.exec(notify))
            return false;
        notify.finish();
    }
    return true;
}

std::pair<qint64, QString> EventLog::parseNotice(const QString &payload)
{
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {payload.toLongLong(), QString()};
    return {payload.left(space).toLongLong(), payload.mid(space + 1)};
}

std::optional<EventLog::Page> EventLog::read(qint64 shopId, qint64 since, int limit, bool decode)
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
        if (page.frames.size() == limit) {
            page.hasMore = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString type = q.value(1).toString();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
        const QByteArray data = q.value(3).toString().toUtf8();
        page.frames.append(frame(seq, type, at, data));
        if (decode)
            page.events.append(ServerEvent{seq, type, at, QJsonDocument::fromJson(data).object()});
        page.nextSince = seq;
    }
    q.finish();
    return page;
}

bool EventLog::lockShop(qint64 shopId)
{
    if (m_db.dialect() != ServerDatabase::Dialect::PostgreSQL)
        return true;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT last_seq FROM shops WHERE id = ? FOR UPDATE"));
    q.addBindValue(shopId);
    const bool ok = m_db.exec(q) && q.next();
    q.finish();
    return ok;
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
