#pragma once

#include "domain/staff.h"

#include <QObject>

#include <optional>

namespace shopinbox {

class Cache;
struct CacheChanges;

/**
 * @brief What the signed-in staff member may do, as the cache knows it (their own `staff.upserted`): the
 * window offers the composer only with chat permission and the shop's settings only with manage_shop.
 *
 * The server decides (a refused change is answered 403 and nothing is stored); this only keeps the window
 * from offering what would be refused. Until the member's own row reached the cache (before the first
 * sync), everything is offered.
 */
class StaffPermissions : public QObject
{
    Q_OBJECT
public:
    StaffPermissions(Cache *cache, qint64 staffId, QObject *parent = nullptr);

    bool can(StaffPermission permission) const { return !m_staff || m_staff->can(permission); }
    bool canChat() const { return can(StaffPermission::Chat); }
    bool canManageShop() const { return can(StaffPermission::ManageShop); }
    bool isOwner() const { return m_staff && m_staff->owner; }
    qint64 staffId() const { return m_staffId; }
    /** Reads the member's row again (the cache was opened). */
    void refresh();

signals:
    /** A permission of the signed-in member changed (a sync). */
    void changed();

private:
    void reload(const CacheChanges &changes);

    Cache *m_cache;
    qint64 m_staffId;
    std::optional<Staff> m_staff;
};

} // namespace shopinbox
