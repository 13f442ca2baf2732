#pragma once

#include "domain/staff.h"
#include "serviceresult.h"
#include "staffrepository.h"

#include <QJsonObject>
#include <QList>

namespace shopinbox::server {

class ServiceContext;

/** @brief An invitation checked and ready to store, once its one-time password is hashed (on a worker). */
struct Invitation
{
    Staff staff;      ///< Without an id yet.
    QString password; ///< The one-time password, shown once to whoever invites.
};

/** @brief A member of the team as the shop's managers see it. */
struct TeamMember
{
    Staff staff;
    bool invited = false; ///< Has not chosen their own password yet.
};

/** @brief One signed-in device of a staff member: a token that is not revoked. */
struct StaffDevice
{
    QString id; ///< The first 16 hex digits of the token's hash: enough to name it, useless to sign in.
    QString device;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    bool current = false; ///< The token of the request.
};

/**
 * @brief The shop's team (docs/protocol.md, "Staff management"): the members with their permissions,
 * invitations with a one-time password, permission changes and deactivation, each member's own password
 * and devices.
 *
 * Nobody changes or deactivates the owner, and nobody deactivates themselves or takes away their own
 * manage_shop permission (the shop would lose its last manager by a slip). Deactivating a member revokes
 * every token of theirs and closes their streams on every server process.
 */
class TeamService
{
public:
    /** Shortest password a member may choose. */
    static constexpr int MinPasswordLength = 10;

    explicit TeamService(ServiceContext &context);

    ServiceResult<QList<TeamMember>> team(const StaffAccount &caller);
    /** Checks an invitation (name, email, permissions) and makes its one-time password. */
    ServiceResult<Invitation> checkInvitation(const StaffAccount &caller, const QJsonObject &body);
    /** Stores @p invitation with @p passwordHash (of its one-time password). */
    ServiceResult<TeamMember> invite(const StaffAccount &caller, const Invitation &invitation,
                                     const QString &passwordHash);
    /** Changes `chat_permission`, `manage_shop_permission` and/or `active` of member @p staffId. */
    ServiceResult<TeamMember> updateMember(const StaffAccount &caller, qint64 staffId,
                                           const QJsonObject &body);

    /** Checks a password change's body: the new password (returned) long enough and different. */
    ServiceResult<QString> checkPasswordChange(const QJsonObject &body);
    /**
     * Stores @p newHash (empty: the current password was wrong) for @p caller; the member's other tokens
     * are revoked, the one of the request stays.
     */
    ServiceStatus changePassword(const StaffAccount &caller, const QString &newHash);

    /**
     * A staff.upserted event for every member of every shop: a database that existed before the roles
     * (migration 6) tells the clients' caches who the owners and managers are. False when it failed.
     */
    bool announceTeam();

    QList<StaffDevice> devices(const StaffAccount &caller);
    /** Revokes the caller's own device @p deviceId (another member's devices are not found). */
    ServiceStatus revokeDevice(const StaffAccount &caller, const QJsonObject &body);

private:
    ServiceContext &m_context;
};

} // namespace shopinbox::server
