#pragma once

#include "domain/shop.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief The shops table: the shop, its storefront address and its settings document.
 *
 * Writes do not open transactions or append events; the services do both around them (UnitOfWork). The
 * shop row's last_seq belongs to the EventLog.
 */
class ShopRepository
{
public:
    explicit ShopRepository(ServerDatabase &db);

    ServerDatabase &database() { return m_db; }

    std::optional<Shop> shop(qint64 id);
    QList<Shop> shops();
    bool insertShop(const Shop &shop, const QString &storefrontUrl);
    QString storefrontUrl(qint64 shopId);
    /**
     * PostgreSQL: locks the whole shops table for the caller's transaction, so that servers starting together
     * on one empty database seed it once. SQLite: nothing to do (the transaction holds the write lock).
     */
    bool lockAllShops();

    /** The shop's settings (storefront chat, automated messages, business hours) as one JSON document. */
    QJsonObject settings(qint64 shopId);
    bool setSettings(qint64 shopId, const QJsonObject &settings);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
