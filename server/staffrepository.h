#pragma once

#include "domain/staff.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/** @brief A staff member with the secret parts the API never returns. */
struct StaffAccount
{
    Staff staff;
    qint64 shopId = 0;
    QString passwordHash;
};

/** @brief The staff table and the staff's sign-in tokens (stored as hashes only). */
class StaffRepository
{
public:
    explicit StaffRepository(ServerDatabase &db);

    std::optional<StaffAccount> staffByEmail(const QString &email);
    std::optional<StaffAccount> staffById(qint64 id);
    /** The shop's staff by name; only those with chat permission when @p chatOnly. */
    QList<Staff> staff(qint64 shopId, bool chatOnly);
    bool insertStaff(const StaffAccount &account);

    bool insertToken(const QString &tokenHash, const StaffAccount &account, const QDateTime &createdAt);
    /** Revokes the token (a no-op when it is unknown or already revoked). */
    bool revokeToken(const QString &tokenHash, const QDateTime &revokedAt);
    /** The staff member of a token that is not revoked. */
    std::optional<qint64> staffIdOfToken(const QString &tokenHash);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
