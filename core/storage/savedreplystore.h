#pragma once

#include "domain/savedreply.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/**
 * @brief The shop's saved replies in the cache.
 *
 * The shortcut is not unique here: the server enforces that, and an optimistic rename may briefly overlap
 * with a sync event carrying the old state.
 */
class SavedReplyStore
{
public:
    explicit SavedReplyStore(SqliteDatabase &db);

    bool upsert(const SavedReply &reply);
    /** True also when there was no such reply. */
    bool remove(qint64 id);
    std::optional<SavedReply> get(qint64 id);
    /** The reply named @p shortcut (the one with the lowest id if several). */
    std::optional<SavedReply> byShortcut(const QString &shortcut);
    /** All replies ordered by shortcut (byte order), then id. */
    QList<SavedReply> all();

private:
    SqliteStatement m_upsert;
    SqliteStatement m_remove;
    SqliteStatement m_get;
    SqliteStatement m_byShortcut;
    SqliteStatement m_all;
};

} // namespace shopinbox
