#include "productstore.h"

#include "codec/jsoncodec.h"
#include "likepattern.h"
#include "sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopinbox {

namespace {
Product readProduct(const SqliteStatement &q)
{
    Product p;
    p.id = q.int64(0);
    p.title = q.text(1);
    p.imageUrl = q.text(2);
    p.url = q.text(3);
    p.publishedOnlineStore = q.boolean(4);
    const QJsonArray variants = QJsonDocument::fromJson(q.text(5).toUtf8()).array();
    for (const QJsonValue &value : variants) {
        Decoded<Variant> variant = json::decodeVariant(value);
        if (variant.ok())
            p.variants.append(std::move(variant).value());
    }
    return p;
}
} // namespace

ProductStore::ProductStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO products(id, title, image_url, url, published, variants) VALUES (?1, ?2, ?3, ?4, ?5, "
          "?6) "
          "ON CONFLICT(id) DO UPDATE SET title = excluded.title, image_url = excluded.image_url, "
          "url = excluded.url, published = excluded.published, variants = excluded.variants")))
    , m_get(db.prepare(QStringLiteral(
          "SELECT id, title, image_url, url, published, variants FROM products WHERE id = ?1")))
    , m_search(db.prepare(QStringLiteral(
          "SELECT id, title, image_url, url, published, variants FROM products "
          "WHERE published = 1 AND title LIKE ?1 ESCAPE '\\' ORDER BY title COLLATE NOCASE, id LIMIT ?2")))
{
}

bool ProductStore::upsert(const Product &p)
{
    QJsonArray variants;
    for (const Variant &variant : p.variants)
        variants.append(json::encode(variant));
    SqliteStatement &q = m_upsert;
    q.bind(1, p.id);
    q.bindText(2, p.title);
    q.bindText(3, p.imageUrl);
    q.bindText(4, p.url);
    q.bind(5, p.publishedOnlineStore);
    q.bind(6, QString::fromUtf8(QJsonDocument(variants).toJson(QJsonDocument::Compact)));
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
    return result;
}

} // namespace shopinbox
