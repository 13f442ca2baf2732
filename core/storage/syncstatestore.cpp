#include "syncstatestore.h"

#include "sqlitedatabase.h"

#include <QJsonDocument>

namespace shopinbox {

SyncStateStore::SyncStateStore(SqliteDatabase &db)
    : m_get(db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1")))
    , m_set(db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO "
                                      "UPDATE SET value = excluded.value")))
{
}

QString SyncStateStore::value(const QString &key)
{
    m_get.bind(1, key);
    if (!m_get.step())
        return {};
    QString v = m_get.text(0);
    m_get.reset();
    return v;
}

bool SyncStateStore::setValue(const QString &key, const QString &value)
{
    m_set.bind(1, key);
    m_set.bindText(2, value);
    return m_set.exec();
}

qint64 SyncStateStore::cursor()
{
    return value(QStringLiteral("sync_cursor")).toLongLong();
}

bool SyncStateStore::setCursor(qint64 seq)
{
    return setValue(QStringLiteral("sync_cursor"), QString::number(seq));
}

QJsonObject SyncStateStore::document(const QString &key)
{
    return QJsonDocument::fromJson(value(key).toUtf8()).object();
}

bool SyncStateStore::setDocument(const QString &key, const QJsonObject &document)
{
    return setValue(key, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
}

} // namespace shopinbox
