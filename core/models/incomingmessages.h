#pragma once

#include <QObject>
#include <QString>

#include <set>

namespace shopinbox {

class Cache;
struct CacheChanges;

/**
 * @brief What the tray and the taskbar announce: each customer message the server sent (once, by server id,
 * however often it changes later) and the count of open unread conversations — read from the cache's changes.
 * Whether to announce (the window is active, the app is catching up, notifications are off) is the caller's.
 */
class IncomingMessages : public QObject
{
    Q_OBJECT
public:
    explicit IncomingMessages(Cache *cache, QObject *parent = nullptr);

    /** Open conversations marked unread. */
    int unreadOpenCount() const { return m_unread; }

signals:
    void unreadOpenCountChanged(int count);
    /** A customer wrote @p text (cut to 140 characters) in @p conversationId; @p customerName is empty when
     * the cache does not know the customer. */
    void customerWrote(qint64 conversationId, const QString &customerName, const QString &text);

private:
    void onChanged(const CacheChanges &changes);
    int countUnread() const;

    Cache *m_cache;
    std::set<qint64> m_seen; ///< Server ids already reported.
    int m_unread = 0;
};

} // namespace shopinbox
