#pragma once

#include <QDateTime>
#include <QString>

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief Counts attempts per key in fixed windows, in the database (table rate_limits), so that every
 * server process on one PostgreSQL database shares the counts: a visitor cannot spread a burst over the
 * processes behind the proxy.
 *
 * One statement per hit (an upsert that starts a new window when the old one is over, RETURNING the
 * count). Keys name what is limited and for whom, e.g. "session-addr|203.0.113.7".
 */
class RateLimiter
{
public:
    explicit RateLimiter(ServerDatabase &db);

    /**
     * Counts one attempt of @p key at @p now; false when it is over @p max in the window of @p windowSeconds
     * (the attempt is refused) — and also when the database cannot count it (refused, not let through).
     */
    bool hit(const QString &key, int max, int windowSeconds, const QDateTime &now);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
