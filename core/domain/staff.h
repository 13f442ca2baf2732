#pragma once

#include <QString>
#include <QtGlobal>

namespace shopinbox {

/** @brief What a staff member may do beyond signing in and reading (docs/security.md, "Who may do what"). */
enum class StaffPermission {
    Chat,       ///< Answer customers: messages, products, discounts, images, conversation changes, notes.
    ManageShop, ///< The shop's settings, storefront chat, automated messages, saved replies and staff.
};

/**
 * @brief A staff member of the shop. Only staff with chat permission can be assigned conversations.
 *
 * The owner holds every permission and cannot be changed or deactivated by anyone. A deactivated member
 * cannot sign in and holds no permission.
 */
struct Staff
{
    qint64 id = 0;
    QString name;
    QString email;
    bool chatPermission = false;
    bool manageShopPermission = false;
    bool owner = false;
    bool active = true;

    /** Whether this member may do what @p permission covers now. */
    bool can(StaffPermission permission) const
    {
        if (!active)
            return false;
        if (owner)
            return true;
        return permission == StaffPermission::Chat ? chatPermission : manageShopPermission;
    }

    friend bool operator==(const Staff &, const Staff &) = default;
};

} // namespace shopinbox
