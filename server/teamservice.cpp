#include "teamservice.h"

#include "codec/jsoncodec.h"
#include "credentials.h"
#include "domain/eventtype.h"
#include "fieldcheck.h"
#include "servicecontext.h"
#include "staffservice.h"
#include "unitofwork.h"

namespace shopinbox::server {

namespace {

ServiceError refusal(ServiceError::Kind kind, const char *code, const QString &message)
{
    return ServiceError::make(kind, QString::fromLatin1(code), message);
}

TeamMember member(const StaffAccount &account)
{
    return TeamMember{account.staff, account.passwordChangeRequired};
}

/** A boolean field that may be absent; false with @p error when present and not a boolean. */
bool readFlag(const QJsonObject &body, const char *key, bool &value, bool &present, QString &error)
{
    const QJsonValue field = body.value(QLatin1String(key));
    present = !field.isUndefined();
    if (!present)
        return true;
    if (!field.isBool()) {
        error = QStringLiteral("%1 must be true or false").arg(QLatin1String(key));
        return false;
    }
    value = field.toBool();
    return true;
}

} // namespace

TeamService::TeamService(ServiceContext &context)
    : m_context(context)
{
}

ServiceResult<QList<TeamMember>> TeamService::team(const StaffAccount &caller)
{
    QList<TeamMember> members;
    for (const Staff &staff : m_context.staff().staff(caller.shopId, false)) {
        const std::optional<StaffAccount> account = m_context.staff().staffById(staff.id);
        if (account)
            members.append(member(*account));
    }
    return members;
}

ServiceResult<Invitation> TeamService::checkInvitation(const StaffAccount &caller, const QJsonObject &body)
{
    Q_UNUSED(caller)
    QString error;
    const std::optional<QString> name = fields::optionalString(body, QStringLiteral("name"), 200, &error);
    const std::optional<QString> email =
        name ? fields::optionalString(body, QStringLiteral("email"), 254, &error) : std::nullopt;
    if (!name || !email)
        return ServiceError::invalid(error);
    Invitation invitation;
    invitation.staff.name = name->trimmed();
    invitation.staff.email = email->trimmed().toLower();
    if (invitation.staff.name.isEmpty())
        return ServiceError::invalid(QStringLiteral("name is required"));
    if (!fields::validEmail(invitation.staff.email))
        return refusal(ServiceError::Kind::Unprocessable, "invalid_email",
                       QStringLiteral("enter a valid email address"));
    bool present = false;
    if (!readFlag(body, "chat_permission", invitation.staff.chatPermission, present, error) ||
        !readFlag(body, "manage_shop_permission", invitation.staff.manageShopPermission, present, error))
        return ServiceError::invalid(error);
    if (m_context.staff().staffByEmail(invitation.staff.email))
        return refusal(ServiceError::Kind::Conflict, "email_taken",
                       QStringLiteral("a staff member with this email already exists"));
    // 20 characters of a 256-bit token: 120 bits, typed once and then replaced.
    invitation.password = Credentials::newToken().left(20);
    return invitation;
}

ServiceResult<TeamMember> TeamService::invite(const StaffAccount &caller, const Invitation &invitation,
                                              const QString &passwordHash)
{
    UnitOfWork work(m_context, caller.shopId);
    if (!work.isActive() || passwordHash.isEmpty())
        return ServiceError::unavailable();
    // Checked again under the shop's lock: two invitations of one address at once store one.
    if (m_context.staff().staffByEmail(invitation.staff.email))
        return refusal(ServiceError::Kind::Conflict, "email_taken",
                       QStringLiteral("a staff member with this email already exists"));
    const std::optional<qint64> id = m_context.eventLog().nextId();
    if (!id)
        return ServiceError::unavailable();
    StaffAccount account;
    account.staff = invitation.staff;
    account.staff.id = *id;
    account.shopId = caller.shopId;
    account.passwordHash = passwordHash;
    account.passwordChangeRequired = true;
    if (!m_context.staff().insertStaff(account))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::StaffUpserted), json::encode(account.staff));
    if (!work.commit())
        return ServiceError::unavailable();
    return member(account);
}

ServiceResult<TeamMember> TeamService::updateMember(const StaffAccount &caller, qint64 staffId,
                                                    const QJsonObject &body)
{
    UnitOfWork work(m_context, caller.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    std::optional<StaffAccount> account = m_context.staff().staffById(staffId);
    if (!account || account->shopId != caller.shopId)
        return ServiceError::notFound(QStringLiteral("staff member"));
    Staff changed = account->staff;
    QString error;
    bool chat = false;
    bool manage = false;
    bool active = false;
    if (!readFlag(body, "chat_permission", changed.chatPermission, chat, error) ||
        !readFlag(body, "manage_shop_permission", changed.manageShopPermission, manage, error) ||
        !readFlag(body, "active", changed.active, active, error))
        return ServiceError::invalid(error);
    if (!chat && !manage && !active)
        return ServiceError::invalid(
            QStringLiteral("send chat_permission, manage_shop_permission or active to change"));
    if (account->staff.owner && changed != account->staff)
        return refusal(ServiceError::Kind::Unprocessable, "owner_unchangeable",
                       QStringLiteral("the shop owner always holds every permission"));
    if (staffId == caller.staff.id && (!changed.active || !changed.manageShopPermission) &&
        !caller.staff.owner)
        return refusal(ServiceError::Kind::Unprocessable, "cannot_change_self",
                       QStringLiteral("ask another manager to take away your own access"));
    if (changed == account->staff)
        return member(*account); // nothing to write, no event
    const bool deactivated = account->staff.active && !changed.active;
    account->staff = changed;
    if (!m_context.staff().updateStaff(*account) ||
        (deactivated && !m_context.staff().revokeTokensOf(staffId, m_context.now())))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::StaffUpserted), json::encode(account->staff));
    if (!work.commit())
        return ServiceError::unavailable();
    if (deactivated)
        m_context.announceRevoked(staffId, QString());
    return member(*account);
}

ServiceResult<QString> TeamService::checkPasswordChange(const QJsonObject &body)
{
    const QJsonValue current = body.value(QStringLiteral("current_password"));
    const QJsonValue next = body.value(QStringLiteral("new_password"));
    if (!current.isString() || !next.isString())
        return ServiceError::invalid(
            QStringLiteral("current_password and new_password are required strings"));
    const QString password = next.toString();
    if (password.size() < MinPasswordLength || password.size() > 200)
        return refusal(
            ServiceError::Kind::Unprocessable, "weak_password",
            QStringLiteral("the new password must have %1 to 200 characters").arg(MinPasswordLength));
    if (password == current.toString())
        return refusal(ServiceError::Kind::Unprocessable, "weak_password",
                       QStringLiteral("the new password must differ from the current one"));
    return password;
}

ServiceStatus TeamService::changePassword(const StaffAccount &caller, const QString &newHash)
{
    if (newHash.isEmpty())
        return refusal(ServiceError::Kind::Unauthorized, "invalid_credentials",
                       QStringLiteral("the current password is wrong"));
    UnitOfWork work(m_context, caller.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    std::optional<StaffAccount> account = m_context.staff().staffById(caller.staff.id);
    if (!account)
        return ServiceError::unavailable();
    account->passwordHash = newHash;
    account->passwordChangeRequired = false;
    QList<StaffToken> others = m_context.staff().tokensOf(caller.staff.id);
    others.removeIf([&](const StaffToken &token) { return token.tokenHash == caller.tokenHash; });
    for (const StaffToken &token : others) {
        if (!m_context.staff().revokeToken(token.tokenHash, m_context.now()))
            return ServiceError::unavailable();
    }
    if (!m_context.staff().updateStaff(*account) || !work.commit())
        return ServiceError::unavailable();
    for (const StaffToken &token : others)
        m_context.announceRevoked(caller.staff.id, token.tokenHash);
    return std::monostate{};
}

bool TeamService::announceTeam()
{
    for (const Shop &shop : m_context.shops().shops()) {
        UnitOfWork work(m_context, shop.id);
        if (!work.isActive())
            return false;
        for (const Staff &staff : m_context.staff().staff(shop.id, false))
            work.stage(EventTypes.wire(EventType::StaffUpserted), json::encode(staff));
        if (!work.commit())
            return false;
    }
    return true;
}

QList<StaffDevice> TeamService::devices(const StaffAccount &caller)
{
    QList<StaffDevice> devices;
    for (const StaffToken &token : m_context.staff().tokensOf(caller.staff.id)) {
        if (token.lastUsedAt.addDays(StaffService::TokenIdleDays) <= m_context.now())
            continue; // expired: no longer a signed-in device
        devices.append(StaffDevice{token.tokenHash.left(16), token.device, token.createdAt, token.lastUsedAt,
                                   token.tokenHash == caller.tokenHash});
    }
    return devices;
}

ServiceStatus TeamService::revokeDevice(const StaffAccount &caller, const QJsonObject &body)
{
    const QString id = body.value(QStringLiteral("device_id")).toString();
    if (id.size() != 16)
        return ServiceError::invalid(QStringLiteral("device_id must be the id of one of your devices"));
    for (const StaffToken &token : m_context.staff().tokensOf(caller.staff.id)) {
        if (!token.tokenHash.startsWith(id))
            continue;
        if (!m_context.staff().revokeToken(token.tokenHash, m_context.now()))
            return ServiceError::unavailable();
        m_context.announceRevoked(caller.staff.id, token.tokenHash);
        return std::monostate{};
    }
    return ServiceError::notFound(QStringLiteral("device"));
}

} // namespace shopinbox::server
