#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief Who holds a customer's chat sockets: one row per (customer, server process) in table presence, and
 * each process's lease in server_processes. A customer is online while any row is theirs; a process that
 * stops renewing its lease (it crashed) loses its rows to the next sweep of any process.
 */
class PresenceRepository
{
public:
    explicit PresenceRepository(ServerDatabase &db);

    /** Takes or renews @p processId's lease until @p until. */
    bool renewLease(const QString &processId, const QDateTime &until);
    /** Gives the lease up (a clean stop): the process's rows go too. */
    bool dropProcess(const QString &processId);
    bool add(qint64 shopId, qint64 customerId, const QString &processId);
    bool remove(qint64 customerId, const QString &processId);
    /** Whether any process holds a socket of @p customerId; nullopt when the database failed. */
    std::optional<bool> held(qint64 customerId);
    /** Removes every row and lease (a process that is the database's only one starts). */
    bool clearAll();
    /**
     * Removes the rows and leases of every process whose lease ended before @p now; the customers whose
     * rows were removed, by shop (nullopt when the database failed).
     */
    std::optional<QList<QPair<qint64, qint64>>> dropExpired(const QDateTime &now);
    /** The shop's customers marked online whom no process holds; nullopt when the database failed. */
    std::optional<QList<qint64>> onlineWithoutSocket(qint64 shopId);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
