#pragma once

#include <QJsonObject>
#include <QObject>

namespace shopinbox {

class Cache;
struct CacheChanges;

/**
 * @brief The shop's storefront chat settings as the cache holds them (`settings.updated`, docs/sync.md):
 * button, colour, greeting, follow-up and away messages, business hours — in the wire format of
 * `GET /api/v1/settings`. Changed through LocalActions::saveShopSettings().
 */
class ShopSettingsModel : public QObject
{
    Q_OBJECT
public:
    explicit ShopSettingsModel(Cache *cache, QObject *parent = nullptr);

    /** The settings; empty until the shop's settings reached this cache. */
    QJsonObject settings() const { return m_settings; }
    bool isKnown() const { return !m_settings.isEmpty(); }

signals:
    /** The settings changed (a sync, or a save from this computer). */
    void changed();

private:
    void reload(const CacheChanges &changes);

    Cache *m_cache;
    QJsonObject m_settings;
};

} // namespace shopinbox
