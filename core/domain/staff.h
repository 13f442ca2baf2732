#pragma once

#include <QString>
#include <QtGlobal>

namespace shopinbox {

/** @brief A staff member of the shop. Only staff with chat permission can be assigned conversations. */
struct Staff
{
    qint64 id = 0;
    QString name;
    QString email;
    bool chatPermission = false;

    friend bool operator==(const Staff &, const Staff &) = default;
};

} // namespace shopinbox
