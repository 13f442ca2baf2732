#include "staffrepository.h"

#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

namespace shopinbox::server {

namespace {

enum class StaffColumn {
    Id,
    ShopId,
    Name,
    Email,
    PasswordHash,
    ChatPermission,
    ManageShopPermission,
    Owner,
    Active,
    PasswordChangeRequired,
    Count
};
constexpr SqlTable<StaffColumn> StaffTable{"staff",
                                           {"id", "shop_id", "name", "email", "password_hash",
                                            "chat_permission", "manage_shop_permission", "owner", "active",
                                            "password_change_required"}};

enum class TokenColumn { TokenHash, StaffId, ShopId, CreatedAt, RevokedAt, LastUsedAt, Device, Count };
constexpr SqlTable<TokenColumn> Tokens{
    "tokens", {"token_hash", "staff_id", "shop_id", "created_at", "revoked_at", "last_used_at", "device"}};

StaffAccount readStaff(const QSqlQuery &q)
{
    using C = StaffColumn;
    const auto value = [&](C column) { return StaffTable.value(q, column); };
    StaffAccount account;
    account.staff.id = value(C::Id).toLongLong();
    account.staff.name = value(C::Name).toString();
    account.staff.email = value(C::Email).toString();
    account.staff.chatPermission = value(C::ChatPermission).toBool();
    account.staff.manageShopPermission = value(C::ManageShopPermission).toBool();
    account.staff.owner = value(C::Owner).toBool();
    account.staff.active = value(C::Active).toBool();
    account.shopId = value(C::ShopId).toLongLong();
    account.passwordHash = value(C::PasswordHash).toString();
    account.passwordChangeRequired = value(C::PasswordChangeRequired).toBool();
    return account;
}

StaffToken readToken(const QSqlQuery &q)
{
    using C = TokenColumn;
    const auto value = [&](C column) { return Tokens.value(q, column); };
    StaffToken token;
    token.tokenHash = value(C::TokenHash).toString();
    token.staffId = value(C::StaffId).toLongLong();
    token.shopId = value(C::ShopId).toLongLong();
    token.createdAt = QDateTime::fromMSecsSinceEpoch(value(C::CreatedAt).toLongLong(), QTimeZone::utc());
    token.lastUsedAt = QDateTime::fromMSecsSinceEpoch(value(C::LastUsedAt).toLongLong(), QTimeZone::utc());
    token.device = value(C::Device).toString();
    token.revoked = !value(C::RevokedAt).isNull();
    return token;
}

} // namespace

StaffRepository::StaffRepository(ServerDatabase &db)
    : m_db(db)
{
}

std::optional<StaffAccount> StaffRepository::staffByEmail(const QString &email)
{
    static const QString statement = StaffTable.select("WHERE email = ?");
    std::optional<StaffAccount> account;
    m_db.run(statement, {email.trimmed().toLower()}, [&](const QSqlQuery &q) { account = readStaff(q); });
    return account;
}

std::optional<StaffAccount> StaffRepository::staffById(qint64 id)
{
    static const QString statement = StaffTable.select("WHERE id = ?");
    std::optional<StaffAccount> account;
    m_db.run(statement, {id}, [&](const QSqlQuery &q) { account = readStaff(q); });
    return account;
}

QList<Staff> StaffRepository::staff(qint64 shopId, bool chatOnly)
{
    static const QString statement = StaffTable.select("WHERE shop_id = ? ORDER BY name, id");
    QList<Staff> result;
    m_db.run(statement, {shopId}, [&](const QSqlQuery &q) {
        const StaffAccount account = readStaff(q);
        if (!chatOnly || account.staff.can(StaffPermission::Chat))
            result.append(account.staff);
    });
    return result;
}

bool StaffRepository::insertStaff(const StaffAccount &account)
{
    using C = StaffColumn;
    static const QString statement = StaffTable.insert();
    SqlTable<StaffColumn>::Row row;
    row.set(C::Id, account.staff.id)
        .set(C::ShopId, account.shopId)
        .set(C::Name, account.staff.name)
        .set(C::Email, account.staff.email.trimmed().toLower())
        .set(C::PasswordHash, account.passwordHash)
        .set(C::ChatPermission, account.staff.chatPermission)
        .set(C::ManageShopPermission, account.staff.manageShopPermission)
        .set(C::Owner, account.staff.owner)
        .set(C::Active, account.staff.active)
        .set(C::PasswordChangeRequired, account.passwordChangeRequired);
    return m_db.run(statement, row.values());
}

bool StaffRepository::updateStaff(const StaffAccount &account)
{
    using C = StaffColumn;
    static const QString statement =
        StaffTable.update({C::Name, C::PasswordHash, C::ChatPermission, C::ManageShopPermission, C::Owner,
                           C::Active, C::PasswordChangeRequired},
                          "WHERE id = ? AND shop_id = ?");
    return m_db.run(statement, {account.staff.name, account.passwordHash, account.staff.chatPermission,
                                account.staff.manageShopPermission, account.staff.owner, account.staff.active,
                                account.passwordChangeRequired, account.staff.id, account.shopId});
}

bool StaffRepository::insertToken(const QString &tokenHash, const StaffAccount &account,
                                  const QDateTime &createdAt, const QString &device)
{
    using C = TokenColumn;
    static const QString statement = Tokens.insert();
    SqlTable<TokenColumn>::Row row;
    row.set(C::TokenHash, tokenHash)
        .set(C::StaffId, account.staff.id)
        .set(C::ShopId, account.shopId)
        .set(C::CreatedAt, createdAt.toMSecsSinceEpoch())
        .set(C::RevokedAt, sql::nullableTime(QDateTime()))
        .set(C::LastUsedAt, createdAt.toMSecsSinceEpoch())
        .set(C::Device,
             device.isNull() ? QStringLiteral("") : device); // NOT NULL: a null QString binds as NULL
    return m_db.run(statement, row.values());
}

bool StaffRepository::revokeToken(const QString &tokenHash, const QDateTime &revokedAt)
{
    static const QString statement =
        Tokens.update({TokenColumn::RevokedAt}, "WHERE token_hash = ? AND revoked_at IS NULL");
    return m_db.run(statement, {revokedAt.toMSecsSinceEpoch(), tokenHash});
}

bool StaffRepository::revokeTokensOf(qint64 staffId, const QDateTime &revokedAt)
{
    static const QString statement =
        Tokens.update({TokenColumn::RevokedAt}, "WHERE staff_id = ? AND revoked_at IS NULL");
    return m_db.run(statement, {revokedAt.toMSecsSinceEpoch(), staffId});
}

std::optional<StaffToken> StaffRepository::token(const QString &tokenHash)
{
    static const QString statement = Tokens.select("WHERE token_hash = ?");
    std::optional<StaffToken> token;
    m_db.run(statement, {tokenHash}, [&](const QSqlQuery &q) { token = readToken(q); });
    return token;
}

QList<StaffToken> StaffRepository::tokensOf(qint64 staffId)
{
    static const QString statement = Tokens.select(
        "WHERE staff_id = ? AND revoked_at IS NULL ORDER BY last_used_at DESC, created_at DESC");
    QList<StaffToken> tokens;
    m_db.run(statement, {staffId}, [&](const QSqlQuery &q) { tokens.append(readToken(q)); });
    return tokens;
}

bool StaffRepository::touchToken(const QString &tokenHash, const QDateTime &usedAt)
{
    static const QString statement = Tokens.update({TokenColumn::LastUsedAt}, "WHERE token_hash = ?");
    return m_db.run(statement, {usedAt.toMSecsSinceEpoch(), tokenHash});
}

} // namespace shopinbox::server
