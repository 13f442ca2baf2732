#pragma once

#include "domain/product.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief The shop's product catalogue in the cache (what the product picker shows offline). */
class ProductStore
{
public:
    explicit ProductStore(SqliteDatabase &db);

    bool upsert(const Product &product);
    std::optional<Product> get(qint64 id);
    /** Products published to the online store whose title contains @p query (case-insensitive), by title. */
    QList<Product> searchPublished(const QString &query, int limit);

private:
    SqliteStatement m_upsert;
    SqliteStatement m_get;
    SqliteStatement m_search;
};

} // namespace shopinbox
