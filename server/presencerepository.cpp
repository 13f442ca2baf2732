#include "presencerepository.h"

#include "serverdatabase.h"

#include <QSqlQuery>

namespace shopinbox::server {

PresenceRepository::PresenceRepository(ServerDatabase &db)
    : m_db(db)
{
}

bool PresenceRepository::renewLease(const QString &processId, const QDateTime &until)
{
    return m_db.run(QStringLiteral("INSERT INTO server_processes(id, lease_until) VALUES (?, ?) "
                                   "ON CONFLICT (id) DO UPDATE SET lease_until = excluded.lease_until"),
                    {processId, until.toMSecsSinceEpoch()});
}

bool PresenceRepository::dropProcess(const QString &processId)
{
    return m_db.run(QStringLiteral("DELETE FROM presence WHERE process_id = ?"), {processId}) &&
           m_db.run(QStringLiteral("DELETE FROM server_processes WHERE id = ?"), {processId});
}

bool PresenceRepository::add(qint64 shopId, qint64 customerId, const QString &processId)
{
    return m_db.run(QStringLiteral("INSERT INTO presence(shop_id, customer_id, process_id) VALUES (?, ?, ?) "
                                   "ON CONFLICT (customer_id, process_id) DO NOTHING"),
                    {shopId, customerId, processId});
}

bool PresenceRepository::remove(qint64 customerId, const QString &processId)
{
    return m_db.run(QStringLiteral("DELETE FROM presence WHERE customer_id = ? AND process_id = ?"),
                    {customerId, processId});
}

std::optional<bool> PresenceRepository::held(qint64 customerId)
{
    bool found = false;
    if (!m_db.run(QStringLiteral("SELECT 1 FROM presence WHERE customer_id = ? LIMIT 1"), {customerId},
                  [&](const QSqlQuery &) { found = true; }))
        return std::nullopt;
    return found;
}

bool PresenceRepository::clearAll()
{
    return m_db.run(QStringLiteral("DELETE FROM presence"), {}) &&
           m_db.run(QStringLiteral("DELETE FROM server_processes"), {});
}

std::optional<QList<QPair<qint64, qint64>>> PresenceRepository::dropExpired(const QDateTime &now)
{
    const qint64 at = now.toMSecsSinceEpoch();
    QList<QPair<qint64, qint64>> dropped;
    if (!m_db.run(QStringLiteral("SELECT p.shop_id, p.customer_id FROM presence p JOIN server_processes s "
                                 "ON s.id = p.process_id WHERE s.lease_until < ?"),
                  {at}, [&](const QSqlQuery &q) {
                      dropped.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
                  }))
        return std::nullopt;
    if (!m_db.run(QStringLiteral("DELETE FROM presence WHERE process_id IN "
                                 "(SELECT id FROM server_processes WHERE lease_until < ?)"),
                  {at}) ||
        !m_db.run(QStringLiteral("DELETE FROM server_processes WHERE lease_until < ?"), {at}))
        return std::nullopt;
    return dropped;
}

std::optional<QList<qint64>> PresenceRepository::onlineWithoutSocket(qint64 shopId)
{
    QList<qint64> ids;
    if (!m_db.run(QStringLiteral("SELECT id FROM customers c WHERE c.shop_id = ? AND c.online AND NOT EXISTS "
                                 "(SELECT 1 FROM presence p WHERE p.customer_id = c.id) ORDER BY id"),
                  {shopId}, [&](const QSqlQuery &q) { ids.append(q.value(0).toLongLong()); }))
        return std::nullopt;
    return ids;
}

} // namespace shopinbox::server
