#pragma once

#include "cachechanges.h"
#include "domain/message.h"
#include "domain/serverevent.h"

#include <QHash>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopinbox {

class Cache;

/**
 * @brief Applies server events to the cache and advances the sync cursor, all in one transaction.
 *
 * - Events with seq <= the cursor were applied before and are ignored.
 * - An event whose data cannot be decoded, or that refers to something the cache does not know (a message
 *   of an unknown conversation), is skipped and reported with its seq and the field at fault.
 * - Any database failure rolls the whole batch back: cache and cursor stay exactly as they were.
 * - Unknown event types are ignored, so an older client keeps syncing with a newer server.
 *
 * After the commit the changes are published through Cache::changed.
 */
class EventApplier
{
public:
    struct Result
    {
        bool ok = false;
        QString error;        ///< Why the batch was rolled back (ok == false).
        int applied = 0;      ///< Events written.
        int ignored = 0;      ///< Already applied (seq <= cursor) or of an unknown type.
        QStringList skipped;  ///< One line per malformed event: "seq 12 (message.created): field: reason".
        qint64 cursor = 0;    ///< The cursor after the batch (unchanged when !ok).
        CacheChanges changes; ///< What the batch changed (empty when !ok).
    };

    explicit EventApplier(Cache &cache);

    /**
     * Applies @p events (in seq order). The cursor becomes the highest seq seen, or @p nextSince when given
     * and higher (a sync page may end past its last event).
     */
    Result apply(const QList<ServerEvent> &events, std::optional<qint64> nextSince = std::nullopt);

private:
    enum class Outcome { Applied, Ignored, Skipped, Failed };
    Outcome applyOne(const ServerEvent &event, Result &result);

    /** Newest message per conversation in the current batch: previews are written once per conversation. */
    QHash<qint64, Message> m_latest;

    Cache &m_cache;
};

} // namespace shopinbox
