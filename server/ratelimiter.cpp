#include "ratelimiter.h"

#include "serverdatabase.h"
#include "serverlog.h"

#include <QSqlQuery>

namespace shopinbox::server {

RateLimiter::RateLimiter(ServerDatabase &db)
    : m_db(db)
{
}

bool RateLimiter::hit(const QString &key, int max, int windowSeconds, const QDateTime &now)
{
    const qint64 at = now.toMSecsSinceEpoch();
    const qint64 windowStartedBefore = at - qint64(windowSeconds) * 1000;
    // The same text for SQLite (3.35+) and PostgreSQL.
    static const QString statement = QStringLiteral(
        "INSERT INTO rate_limits(key, window_start, hits) VALUES (?, ?, 1) ON CONFLICT (key) DO UPDATE SET "
        "hits = CASE WHEN rate_limits.window_start <= ? THEN 1 ELSE rate_limits.hits + 1 END, "
        "window_start = CASE WHEN rate_limits.window_start <= ? THEN excluded.window_start "
        "ELSE rate_limits.window_start END RETURNING hits");
    int hits = -1;
    if (!m_db.run(statement, {key.left(300), at, windowStartedBefore, windowStartedBefore},
                  [&](const QSqlQuery &q) { hits = q.value(0).toInt(); })) {
        qCWarning(lcServerDb) << "rate limit not counted:" << m_db.errorMessage();
        return false;
    }
    return hits >= 1 && hits <= max;
}

} // namespace shopinbox::server
