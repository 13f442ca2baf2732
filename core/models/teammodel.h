#pragma once

#include "domain/staff.h"
#include "keyedrowsmodel.h"
#include "storage/cachechanges.h"

namespace shopinbox {

class Cache;

/**
 * @brief The shop's staff with their permissions, for Settings → Team: every member the cache knows
 * (`staff.upserted`), owner first, then by name. Follows the cache: an invitation or a permission change
 * from any computer adds or changes rows in place.
 */
class TeamModel : public KeyedRowsModel<Staff>
{
    Q_OBJECT
public:
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        ChatPermissionRole,       ///< bool: may answer customers (the owner always may).
        ManageShopPermissionRole, ///< bool: may change settings, saved replies and the team.
        OwnerRole,                ///< bool
        ActiveRole,               ///< bool: false once deactivated.
    };
    Q_ENUM(Role)

    explicit TeamModel(Cache &cache, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onCacheChanged(const CacheChanges &changes);
    QList<Staff> load() const;

    Cache &m_cache;
};

} // namespace shopinbox
