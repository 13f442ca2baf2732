#include "catalogrepository.h"

#include "codec/jsoncodec.h"
#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"
#include "storage/likepattern.h"

namespace shopinbox::server {

namespace {

// The product's whole wire object is its document; the other columns serve queries.
enum class ProductColumn { Id, ShopId, Title, ImageUrl, Url, Published, Document, Count };
constexpr SqlTable<ProductColumn> Products{
    "products", {"id", "shop_id", "title", "image_url", "url", "published", "document"}};

enum class DiscountColumn { ShopId, Code, Summary, Active, Count };
constexpr SqlTable<DiscountColumn> Discounts{"discounts", {"shop_id", "code", "summary", "active"}};

enum class MediaColumn { Id, ShopId, ContentType, Size, CreatedAt, Count };
constexpr SqlTable<MediaColumn> Media{"media", {"id", "shop_id", "content_type", "size", "created_at"}};

std::optional<Product> readProduct(const QSqlQuery &q)
{
    return sql::decodeDocument<Product>(Products.value(q, ProductColumn::Document), json::decodeProduct,
                                        "product");
}

DiscountCode readDiscount(const QSqlQuery &q)
{
    using C = DiscountColumn;
    return DiscountCode{Discounts.value(q, C::Code).toString(), Discounts.value(q, C::Summary).toString(),
                        Discounts.value(q, C::Active).toBool()};
}

} // namespace

CatalogRepository::CatalogRepository(ServerDatabase &db)
    : m_db(db)
{
}

std::optional<Product> CatalogRepository::product(qint64 shopId, qint64 id)
{
    static const QString statement = Products.select("WHERE shop_id = ? AND id = ?");
    std::optional<Product> product;
    m_db.run(statement, {shopId, id}, [&](const QSqlQuery &q) { product = readProduct(q); });
    return product;
}

QList<Product> CatalogRepository::publishedProducts(qint64 shopId, const QString &query, int limit)
{
    static const QString statement = Products.select(
        "WHERE shop_id = ? AND published = ? AND lower(title) LIKE ? ESCAPE '\\' ORDER BY lower(title), id "
        "LIMIT ?");
    QList<Product> result;
    m_db.run(statement, {shopId, true, containsPattern(query.toLower()), limit}, [&](const QSqlQuery &q) {
        if (std::optional<Product> p = readProduct(q))
            result.append(*p);
    });
    return result;
}

bool CatalogRepository::saveProduct(qint64 shopId, const Product &p)
{
    using C = ProductColumn;
    static const QString statement = Products.upsert({C::Id});
    SqlTable<ProductColumn>::Row row;
    row.set(C::Id, p.id)
        .set(C::ShopId, shopId)
        .set(C::Title, p.title)
        .set(C::ImageUrl, sql::nullableText(p.imageUrl))
        .set(C::Url, sql::nullableText(p.url))
        .set(C::Published, p.publishedOnlineStore)
        .set(C::Document, sql::jsonText(json::encode(p)));
    return m_db.run(statement, row.values());
}

std::optional<DiscountCode> CatalogRepository::discount(qint64 shopId, const QString &code)
{
    static const QString statement = Discounts.select("WHERE shop_id = ? AND upper(code) = upper(?)");
    std::optional<DiscountCode> discount;
    m_db.run(statement, {shopId, code}, [&](const QSqlQuery &q) { discount = readDiscount(q); });
    return discount;
}

QList<DiscountCode> CatalogRepository::discounts(qint64 shopId, const QString &query)
{
    static const QString statement = Discounts.select(
        "WHERE shop_id = ? AND (lower(code) LIKE ? ESCAPE '\\' OR lower(summary) LIKE ? ESCAPE '\\') "
        "ORDER BY code");
    const QString pattern = containsPattern(query.toLower());
    QList<DiscountCode> result;
    m_db.run(statement, {shopId, pattern, pattern},
             [&](const QSqlQuery &q) { result.append(readDiscount(q)); });
    return result;
}

bool CatalogRepository::saveDiscount(qint64 shopId, const DiscountCode &d)
{
    using C = DiscountColumn;
    static const QString statement = Discounts.upsert({C::ShopId, C::Code});
    SqlTable<DiscountColumn>::Row row;
    row.set(C::ShopId, shopId).set(C::Code, d.code).set(C::Summary, d.summary).set(C::Active, d.active);
    return m_db.run(statement, row.values());
}

bool CatalogRepository::insertMedia(qint64 shopId, const QString &id, const QString &contentType, qint64 size,
                                    const QDateTime &createdAt)
{
    using C = MediaColumn;
    static const QString statement = Media.insert();
    SqlTable<MediaColumn>::Row row;
    row.set(C::Id, id)
        .set(C::ShopId, shopId)
        .set(C::ContentType, contentType)
        .set(C::Size, size)
        .set(C::CreatedAt, createdAt.toMSecsSinceEpoch());
    return m_db.run(statement, row.values());
}

std::optional<bool> CatalogRepository::hasMedia(qint64 shopId, const QString &id)
{
    bool found = false;
    if (!m_db.run(QStringLiteral("SELECT 1 FROM media WHERE shop_id = ? AND id = ?"), {shopId, id},
                  [&](const QSqlQuery &) { found = true; }))
        return std::nullopt;
    return found;
}

} // namespace shopinbox::server
