#include "staffrepository.h"

#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

namespace shopinbox::server {

namespace {

enum class StaffColumn { Id, ShopId, Name, Email, PasswordHash, ChatPermission, Count };
constexpr SqlTable<StaffColumn> StaffTable{
    "staff", {"id", "shop_id", "name", "email", "password_hash", "chat_permission"}};

enum class TokenColumn { TokenHash, StaffId, ShopId, CreatedAt, RevokedAt, Count };
constexpr SqlTable<TokenColumn> Tokens{"tokens",
                                       {"token_hash", "staff_id", "shop_id", "created_at", "revoked_at"}};

StaffAccount readStaff(const QSqlQuery &q)
{
    using C = StaffColumn;
    StaffAccount account;
    account.staff =
        Staff{StaffTable.value(q, C::Id).toLongLong(), StaffTable.value(q, C::Name).toString(),
              StaffTable.value(q, C::Email).toString(), StaffTable.value(q, C::ChatPermission).toBool()};
    account.shopId = StaffTable.value(q, C::ShopId).toLongLong();
    account.passwordHash = StaffTable.value(q, C::PasswordHash).toString();
    return account;
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
        if (!chatOnly || account.staff.chatPermission)
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
        .set(C::ChatPermission, account.staff.chatPermission);
    return m_db.run(statement, row.values());
}

bool StaffRepository::insertToken(const QString &tokenHash, const StaffAccount &account,
                                  const QDateTime &createdAt)
{
    using C = TokenColumn;
    static const QString statement = Tokens.insert();
    SqlTable<TokenColumn>::Row row;
    row.set(C::TokenHash, tokenHash)
        .set(C::StaffId, account.staff.id)
        .set(C::ShopId, account.shopId)
        .set(C::CreatedAt, createdAt.toMSecsSinceEpoch())
        .set(C::RevokedAt, sql::nullableTime(QDateTime()));
    return m_db.run(statement, row.values());
}

bool StaffRepository::revokeToken(const QString &tokenHash, const QDateTime &revokedAt)
{
    static const QString statement =
        Tokens.update({TokenColumn::RevokedAt}, "WHERE token_hash = ? AND revoked_at IS NULL");
    return m_db.run(statement, {revokedAt.toMSecsSinceEpoch(), tokenHash});
}

std::optional<qint64> StaffRepository::staffIdOfToken(const QString &tokenHash)
{
    static const QString statement = Tokens.select("WHERE token_hash = ? AND revoked_at IS NULL");
    std::optional<qint64> staffId;
    m_db.run(statement, {tokenHash},
             [&](const QSqlQuery &q) { staffId = Tokens.value(q, TokenColumn::StaffId).toLongLong(); });
    return staffId;
}

} // namespace shopinbox::server
