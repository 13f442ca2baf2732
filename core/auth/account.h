#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace shopinbox {

/**
 * @brief One configured shop account: a server and a staff member. Holds no secret.
 */
struct Account
{
    QUrl serverUrl;
    QString email;
    qint64 staffId = 0;
    QString staffName;
    qint64 shopId = 0;
    QString shopName;
    QString
        shopAdminUrl; ///< Base URL of the shop admin ("Manage" links to customers and orders); may be empty.

    /** The keychain key: one token per server and staff member. */
    QString credentialKey() const
    {
        return serverUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('|') +
               email.trimmed().toLower();
    }
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace shopinbox
