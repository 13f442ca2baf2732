#include "shopsettingsmodel.h"

#include "storage/cache.h"
#include "storage/syncstatestore.h"

namespace shopinbox {

ShopSettingsModel::ShopSettingsModel(Cache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    if (m_cache && m_cache->isOpen())
        m_settings = m_cache->syncState().document(SyncStateStore::SettingsDocument);
    if (m_cache)
        connect(m_cache, &Cache::changed, this, &ShopSettingsModel::reload);
}

void ShopSettingsModel::reload(const CacheChanges &changes)
{
    if (!changes.settings || !m_cache->isOpen())
        return;
    const QJsonObject settings = m_cache->syncState().document(SyncStateStore::SettingsDocument);
    if (settings == m_settings)
        return;
    m_settings = settings;
    emit changed();
}

} // namespace shopinbox
