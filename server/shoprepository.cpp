#include "shoprepository.h"

#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

namespace shopinbox::server {

namespace {

enum class ShopColumn { Id, Name, Currency, TimeZone, AdminUrl, StorefrontUrl, Count };
// last_seq is the EventLog's, settings is read and written whole by settings()/setSettings().
constexpr SqlTable<ShopColumn> Shops{"shops",
                                     {"id", "name", "currency", "time_zone", "admin_url", "storefront_url"}};

Shop readShop(const QSqlQuery &q)
{
    using C = ShopColumn;
    return Shop{Shops.value(q, C::Id).toLongLong(), Shops.value(q, C::Name).toString(),
                Shops.value(q, C::Currency).toString(), Shops.value(q, C::TimeZone).toString(),
                Shops.value(q, C::AdminUrl).toString()};
}

} // namespace

ShopRepository::ShopRepository(ServerDatabase &db)
    : m_db(db)
{
}

std::optional<Shop> ShopRepository::shop(qint64 id)
{
    static const QString statement = Shops.select("WHERE id = ?");
    std::optional<Shop> shop;
    m_db.run(statement, {id}, [&](const QSqlQuery &q) { shop = readShop(q); });
    return shop;
}

QList<Shop> ShopRepository::shops()
{
    static const QString statement = Shops.select("ORDER BY id");
    QList<Shop> result;
    m_db.run(statement, {}, [&](const QSqlQuery &q) { result.append(readShop(q)); });
    return result;
}

bool ShopRepository::insertShop(const Shop &shop, const QString &storefrontUrl)
{
    using C = ShopColumn;
    static const QString statement = Shops.insert();
    SqlTable<ShopColumn>::Row row;
    row.set(C::Id, shop.id)
        .set(C::Name, shop.name)
        .set(C::Currency, shop.currency)
        .set(C::TimeZone, shop.timeZone)
        .set(C::AdminUrl, shop.adminUrl)
        .set(C::StorefrontUrl, storefrontUrl);
    return m_db.run(statement, row.values());
}

QString ShopRepository::storefrontUrl(qint64 shopId)
{
    QString url;
    m_db.run(QStringLiteral("SELECT storefront_url FROM shops WHERE id = ?"), {shopId},
             [&](const QSqlQuery &q) { url = q.value(0).toString(); });
    return url;
}

bool ShopRepository::lockAllShops()
{
    return m_db.dialect() != ServerDatabase::Dialect::PostgreSQL ||
           m_db.execSql(QStringLiteral("LOCK TABLE shops IN EXCLUSIVE MODE"));
}

QJsonObject ShopRepository::settings(qint64 shopId)
{
    QJsonObject settings;
    m_db.run(QStringLiteral("SELECT settings FROM shops WHERE id = ?"), {shopId},
             [&](const QSqlQuery &q) { settings = sql::jsonObject(q.value(0)); });
    return settings;
}

bool ShopRepository::setSettings(qint64 shopId, const QJsonObject &settings)
{
    return m_db.run(QStringLiteral("UPDATE shops SET settings = ? WHERE id = ?"),
                    {sql::jsonText(settings), shopId});
}

} // namespace shopinbox::server
