#pragma once

#include "domain/discountcode.h"
#include "domain/product.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/** @brief What a shop offers and shares: products, discount codes and uploaded images (media). */
class CatalogRepository
{
public:
    explicit CatalogRepository(ServerDatabase &db);

    std::optional<Product> product(qint64 shopId, qint64 id);
    /** Published products whose title contains @p query (case-insensitive), by title. */
    QList<Product> publishedProducts(qint64 shopId, const QString &query, int limit);
    /** Inserts or updates. */
    bool saveProduct(qint64 shopId, const Product &product);

    /** The discount with code @p code, ignoring case. */
    std::optional<DiscountCode> discount(qint64 shopId, const QString &code);
    /** Discounts whose code or summary contains @p query (case-insensitive), by code. */
    QList<DiscountCode> discounts(qint64 shopId, const QString &query);
    /** Inserts or updates. */
    bool saveDiscount(qint64 shopId, const DiscountCode &discount);

    /** Records an uploaded image (its bytes are a file named @p id in the media directory). */
    bool insertMedia(qint64 shopId, const QString &id, const QString &contentType, qint64 size,
                     const QDateTime &createdAt);
    /** Whether image @p id was uploaded to the shop; nullopt when the database failed. */
    std::optional<bool> hasMedia(qint64 shopId, const QString &id);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
