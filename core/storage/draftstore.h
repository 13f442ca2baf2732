#pragma once

#include "sqlitestatement.h"

#include <QString>

namespace shopinbox {

class SqliteDatabase;

/**
 * @brief The composer's unsent text, one draft per conversation, in the cache.
 *
 * Kept on this computer only (never synced): it survives switching conversations, going offline and a
 * restart, and opening another conversation never carries it over.
 */
class DraftStore
{
public:
    explicit DraftStore(SqliteDatabase &db);

    /** The draft of @p conversationId; empty when there is none. */
    QString get(qint64 conversationId);
    /** Stores @p text as the draft of @p conversationId; an empty (or blank) text removes the draft. */
    bool set(qint64 conversationId, const QString &text, qint64 updatedAtMs);

private:
    SqliteStatement m_get;
    SqliteStatement m_set;
    SqliteStatement m_remove;
};

} // namespace shopinbox
