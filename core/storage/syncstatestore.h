#pragma once

#include "sqlitestatement.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace shopinbox {

class SqliteDatabase;

/**
 * @brief The sync cursor and shop-wide documents (shop, storefront settings) in the cache's meta table.
 *
 * The cursor is the seq of the last applied server event; it only moves inside the transaction that applies
 * the events, so cache and cursor always agree.
 */
class SyncStateStore
{
public:
    /** The key of the shop's storefront settings document (`settings.updated`). */
    static constexpr QLatin1String SettingsDocument{"settings"};
    /** The key of what the last sync page said the server can do (`email_replies`). */
    static constexpr QLatin1String ServerDocument{"server"};

    explicit SyncStateStore(SqliteDatabase &db);

    qint64 cursor();
    bool setCursor(qint64 seq);
    /** A JSON document stored under @p key ("shop", "settings"); empty when absent. */
    QJsonObject document(const QString &key);
    bool setDocument(const QString &key, const QJsonObject &document);

private:
    QString value(const QString &key);
    bool setValue(const QString &key, const QString &value);

    SqliteStatement m_get;
    SqliteStatement m_set;
};

} // namespace shopinbox
