#include "savedreplystore.h"

#include "sqlitedatabase.h"
#include "timecolumn.h"

namespace shopinbox {

namespace {
const QString Columns = QStringLiteral("SELECT id, shortcut, text, updated_at FROM saved_replies ");

SavedReply readReply(const SqliteStatement &row)
{
    return SavedReply{row.int64(0), row.text(1), row.text(2), timecolumn::fromColumn(row.int64(3))};
}
} // namespace

SavedReplyStore::SavedReplyStore(SqliteDatabase &db)
    : m_upsert(db.prepare(
          QStringLiteral("INSERT INTO saved_replies(id, shortcut, text, updated_at) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT(id) DO UPDATE SET shortcut = excluded.shortcut, text = excluded.text, "
                         "updated_at = excluded.updated_at")))
    , m_remove(db.prepare(QStringLiteral("DELETE FROM saved_replies WHERE id = ?1")))
    , m_get(db.prepare(Columns + QStringLiteral("WHERE id = ?1")))
    , m_byShortcut(db.prepare(Columns + QStringLiteral("WHERE shortcut = ?1 ORDER BY id LIMIT 1")))
    , m_all(db.prepare(Columns + QStringLiteral("ORDER BY shortcut, id")))
{
}

bool SavedReplyStore::upsert(const SavedReply &reply)
{
    m_upsert.bind(1, reply.id);
    m_upsert.bindText(2, reply.shortcut);
    m_upsert.bindText(3, reply.text);
    m_upsert.bind(4, timecolumn::toColumn(reply.updatedAt).value_or(0));
    return m_upsert.exec();
}

bool SavedReplyStore::remove(qint64 id)
{
    m_remove.bind(1, id);
    return m_remove.exec();
}

std::optional<SavedReply> SavedReplyStore::get(qint64 id)
{
    m_get.bind(1, id);
    if (!m_get.step())
        return std::nullopt;
    SavedReply reply = readReply(m_get);
    m_get.reset();
    return reply;
}

std::optional<SavedReply> SavedReplyStore::byShortcut(const QString &shortcut)
{
    m_byShortcut.bindText(1, shortcut);
    if (!m_byShortcut.step())
        return std::nullopt;
    SavedReply reply = readReply(m_byShortcut);
    m_byShortcut.reset();
    return reply;
}

QList<SavedReply> SavedReplyStore::all()
{
    m_all.reset();
    QList<SavedReply> result;
    while (m_all.step())
        result.append(readReply(m_all));
    return result;
}

} // namespace shopinbox
