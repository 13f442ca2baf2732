#include "staffpermissions.h"

#include "storage/cache.h"
#include "storage/staffstore.h"

namespace shopinbox {

StaffPermissions::StaffPermissions(Cache *cache, qint64 staffId, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_staffId(staffId)
{
    refresh();
    if (m_cache)
        connect(m_cache, &Cache::changed, this, &StaffPermissions::reload);
}

void StaffPermissions::refresh()
{
    const std::optional<Staff> before = m_staff;
    m_staff = m_cache && m_cache->isOpen() ? m_cache->staff().get(m_staffId) : std::nullopt;
    if (before != m_staff)
        emit changed();
}

void StaffPermissions::reload(const CacheChanges &changes)
{
    if (changes.staff)
        refresh();
}

} // namespace shopinbox
