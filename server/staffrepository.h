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
    /** Invited with a one-time password: until a new one is chosen, only that change is allowed. */
    bool passwordChangeRequired = false;
    /** The hash of the token this account was authenticated with (empty when not by a token). */
    QString tokenHash;
};

/** @brief A staff sign-in token as stored: never the token itself, only its hash. */
struct StaffToken
{
    QString tokenHash;
    qint64 staffId = 0;
    qint64 shopId = 0;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QString device; ///< What the client said it is at sign-in ("Shop Inbox on laptop"), may be empty.
    bool revoked = false;
};

/** @brief The staff table and the staff's sign-in tokens (stored as hashes only). */
class StaffRepository
{
public:
    explicit StaffRepository(ServerDatabase &db);

    std::optional<StaffAccount> staffByEmail(const QString &email);
    std::optional<StaffAccount> staffById(qint64 id);
    /** The shop's staff by name; only those who may chat now when @p chatOnly. */
    QList<Staff> staff(qint64 shopId, bool chatOnly);
    bool insertStaff(const StaffAccount &account);
    /** Writes permissions, owner, active, name, password hash and the change flag of @p account. */
    bool updateStaff(const StaffAccount &account);

    bool insertToken(const QString &tokenHash, const StaffAccount &account, const QDateTime &createdAt,
                     const QString &device);
    /** Revokes the token (a no-op when it is unknown or already revoked). */
    bool revokeToken(const QString &tokenHash, const QDateTime &revokedAt);
    /** Revokes every token of @p staffId that is not revoked yet. */
    bool revokeTokensOf(qint64 staffId, const QDateTime &revokedAt);
    /** The token with that hash, revoked or not. */
    std::optional<StaffToken> token(const QString &tokenHash);
    /** The tokens of @p staffId that are not revoked, most recently used first. */
    QList<StaffToken> tokensOf(qint64 staffId);
    /** Records a use of the token (the inactivity period starts again). */
    bool touchToken(const QString &tokenHash, const QDateTime &usedAt);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
