#pragma once

#include "domain/savedreply.h"
#include "storage/cachechanges.h"

#include <QAbstractListModel>
#include <QList>

namespace shopinbox {

class Cache;

/**
 * @brief The shop's saved replies ordered by shortcut, for the composer's `/` completion and their editor.
 *
 * Holds every reply (a shop has a few dozen at most). Replies inserted, changed or deleted in the cache
 * (sync events or local actions, published through Cache::changed) arrive as row inserts, moves (a renamed
 * shortcut), dataChanged and removals, never as a reset.
 */
class SavedReplyModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 server id.
        ShortcutRole,              ///< The shortcut without "/", e.g. "shipping".
        TextRole,                  ///< The text to insert; plain text, never interpret as HTML.
    };
    Q_ENUM(Role)

    explicit SavedReplyModel(Cache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    /** Qt::DisplayRole is "/shortcut". */
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row of reply @p id, -1 when it is not in the model. */
    int rowOfId(qint64 id) const;
    /**
     * Replies whose shortcut starts with @p prefix, in model order, at most @p limit (all when @p limit is
     * negative). A leading "/" of @p prefix is ignored and it is compared in lower case, so "/Ship" finds
     * "shipping"; an empty prefix matches every reply.
     */
    QList<SavedReply> matching(const QString &prefix, int limit) const;

private:
    void onCacheChanged(const CacheChanges &changes);
    void refresh(qint64 id);
    /** Where @p reply belongs in m_replies (which must not contain it). */
    int insertionRow(const SavedReply &reply) const;

    Cache *m_cache;
    QList<SavedReply> m_replies;
};

} // namespace shopinbox
