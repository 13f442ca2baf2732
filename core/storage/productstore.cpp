#include "productstore.h"

#include "codec/jsoncodec.h"
#include "columnlist.h"
#include "likepattern.h"
#include "sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopinbox {

namespace {

// The products table, in one order for the upsert, the SELECTs and readProduct().
enum class Col { Id, Title, ImageUrl, Url, Published, Variants, Count };
constexpr ColumnList<Col> Columns{{"id", "title", "image_url", "url", "published", "variants"}};

Product readProduct(const SqliteStatement &q)
{
    Product p;
    p.id = q.int64(Columns.at(Col::Id));
    p.title = q.text(Columns.at(Col::Title));
    p.imageUrl = q.text(Columns.at(Col::ImageUrl));
    p.url = q.text(Columns.at(Col::Url));
    p.publishedOnlineStore = q.boolean(Columns.at(Col::Published));
    const QJsonArray variants = QJsonDocument::fromJson(q.text(Columns.at(Col::Variants)).toUtf8()).array();
    for (const QJsonValue value : variants) {
        Decoded<Variant> variant = json::decodeVariant(value);
        if (variant.ok())
            p.variants.append(std::move(variant).value());
    }
    return p;
}

QString selectSql(const char *rest)
{
    return QLatin1String("SELECT ") + Columns.names() + QLatin1String(" FROM products ") +
           QLatin1String(rest);
}

} // namespace

ProductStore::ProductStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QLatin1String("INSERT INTO products(") + Columns.names() +
                          QLatin1String(") VALUES (") + Columns.placeholders() +
                          QLatin1String(") ON CONFLICT(id) DO UPDATE SET ") +
                          Columns.assignExcluded({Col::Id})))
    , m_get(db.prepare(selectSql("WHERE id = ?1")))
    , m_search(db.prepare(selectSql(
          "WHERE published = 1 AND title LIKE ?1 ESCAPE '\\' ORDER BY title COLLATE NOCASE, id LIMIT ?2")))
{
}

bool ProductStore::upsert(const Product &p)
{
    QJsonArray variants;
    for (const Variant &variant : p.variants)
        variants.append(json::encode(variant));
    SqliteStatement &q = m_upsert;
    q.bind(Columns.param(Col::Id), p.id);
    q.bindText(Columns.param(Col::Title), p.title);
    q.bindText(Columns.param(Col::ImageUrl), p.imageUrl);
    q.bindText(Columns.param(Col::Url), p.url);
    q.bind(Columns.param(Col::Published), p.publishedOnlineStore);
    q.bind(Columns.param(Col::Variants),
           QString::fromUtf8(QJsonDocument(variants).toJson(QJsonDocument::Compact)));
    return q.exec();
}

std::optional<Product> ProductStore::get(qint64 id)
{
    m_get.bind(1, id);
    if (!m_get.step())
        return std::nullopt;
    Product p = readProduct(m_get);
    m_get.reset();
    return p;
}

QList<Product> ProductStore::searchPublished(const QString &query, int limit)
{
    m_search.bind(1, containsPattern(query));
    m_search.bind(2, limit);
    QList<Product> result;
    while (m_search.step())
        result.append(readProduct(m_search));
    m_search.reset();
    return result;
}

} // namespace shopinbox
