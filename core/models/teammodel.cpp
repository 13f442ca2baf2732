#include "teammodel.h"

#include "storage/cache.h"
#include "storage/staffstore.h"

#include <algorithm>

namespace shopinbox {

TeamModel::TeamModel(Cache &cache, QObject *parent)
    : KeyedRowsModel<Staff>([](const Staff &staff) { return staff.id; }, parent)
    , m_cache(cache)
{
    resetRows(load());
    connect(&m_cache, &Cache::changed, this, &TeamModel::onCacheChanged);
}

QList<Staff> TeamModel::load() const
{
    QList<Staff> staff = m_cache.isOpen() ? m_cache.staff().all(false) : QList<Staff>();
    // The owner first; the store's order (by name) for the rest.
    std::stable_partition(staff.begin(), staff.end(), [](const Staff &member) { return member.owner; });
    return staff;
}

void TeamModel::onCacheChanged(const CacheChanges &changes)
{
    if (changes.staff)
        replaceRows(load());
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const Staff &staff = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return staff.name;
    case StaffIdRole:
        return staff.id;
    case EmailRole:
        return staff.email;
    case ChatPermissionRole:
        return staff.owner || staff.chatPermission;
    case ManageShopPermissionRole:
        return staff.owner || staff.manageShopPermission;
    case OwnerRole:
        return staff.owner;
    case ActiveRole:
        return staff.active;
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    return {{StaffIdRole, "staffId"},
            {NameRole, "name"},
            {EmailRole, "email"},
            {ChatPermissionRole, "chatPermission"},
            {ManageShopPermissionRole, "manageShopPermission"},
            {OwnerRole, "owner"},
            {ActiveRole, "active"}};
}

} // namespace shopinbox
