#include "savedreplymodel.h"

#include "storage/cache.h"
#include "storage/savedreplystore.h"

#include <algorithm>

namespace shopinbox {

namespace {
// Shortcuts are ASCII, so QString's UTF-16 order is the byte order the store sorts by.
bool before(const SavedReply &a, const SavedReply &b)
{
    return a.shortcut < b.shortcut || (a.shortcut == b.shortcut && a.id < b.id);
}
} // namespace

SavedReplyModel::SavedReplyModel(Cache *cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
    connect(m_cache, &Cache::changed, this, &SavedReplyModel::onCacheChanged);
    m_replies = m_cache->savedReplies().all();
    std::sort(m_replies.begin(), m_replies.end(), before);
}

int SavedReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_replies.size());
}

QVariant SavedReplyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedReply &reply = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLatin1Char('/') + reply.shortcut);
    case IdRole:
        return reply.id;
    case ShortcutRole:
        return reply.shortcut;
    case TextRole:
        return reply.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedReplyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "replyId");
    names.insert(ShortcutRole, "shortcut");
    names.insert(TextRole, "text");
    return names;
}

int SavedReplyModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_replies.size(); ++i) {
        if (m_replies.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QList<SavedReply> SavedReplyModel::matching(const QString &prefix, int limit) const
{
    QString wanted = prefix.trimmed().toLower();
    if (wanted.startsWith(QLatin1Char('/')))
        wanted.remove(0, 1);
    QList<SavedReply> result;
    for (const SavedReply &reply : m_replies) {
        if (limit >= 0 && result.size() >= limit)
            break;
        if (reply.shortcut.startsWith(wanted))
            result.append(reply);
    }
    return result;
}

int SavedReplyModel::insertionRow(const SavedReply &reply) const
{
    return static_cast<int>(std::lower_bound(m_replies.cbegin(), m_replies.cend(), reply, before) -
                            m_replies.cbegin());
}

void SavedReplyModel::onCacheChanged(const CacheChanges &changes)
{
    for (const qint64 id : changes.savedReplies)
        refresh(id);
}

void SavedReplyModel::refresh(qint64 id)
{
    const std::optional<SavedReply> stored = m_cache->savedReplies().get(id);
    const int row = rowOfId(id);
    if (!stored) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_replies.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row < 0) {
        const int at = insertionRow(*stored);
        beginInsertRows({}, at, at);
        m_replies.insert(at, *stored);
        endInsertRows();
        return;
    }
    if (m_replies.at(row) == *stored)
        return;
    // A renamed shortcut may belong elsewhere: find its place among the others and move the row there.
    const SavedReply old = m_replies.takeAt(row);
    const int target = insertionRow(*stored);
    m_replies.insert(row, old);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_replies.move(row, target);
        endMoveRows();
    }
    m_replies[target] = *stored;
    const QModelIndex changed = index(target);
    emit dataChanged(changed, changed, {Qt::DisplayRole, IdRole, ShortcutRole, TextRole});
}

} // namespace shopinbox
