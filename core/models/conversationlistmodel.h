#pragma once

#include "domain/conversation.h"
#include "searchquery.h"
#include "storage/cachechanges.h"
#include "storage/sqlitestatement.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <optional>

namespace shopinbox {

class Cache;

/**
 * @brief The inbox: conversations from the cache, newest activity first, fetched in pages.
 *
 * Filters and full-text search are evaluated in SQL, never by loading everything. Live changes published
 * by the Cache become row inserts, moves, removals and dataChanged, never a reset. A reset happens only when
 * the filter or the search text changes.
 *
 * A search (SearchQuery) covers every conversation unless setSearchKeepsFilter() keeps it to the filter.
 * Results are ordered customer matches first (name, e-mail, an order number), then by their newest
 * matching message. Results stay live: a changed conversation whose new message or customer matches
 * comes (back) in at the top, one that leaves the kept filter goes.
 */
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        DisplayNameRole, ///< Customer name, or the visitor name of an anonymous visitor.
        IsVisitorRole,   ///< Anonymous visitor: show the default avatar.
        EmailRole,
        OnlineRole, ///< The customer is in the store now.
        LastMessagePreviewRole,
        LastMessageKindRole, ///< MessageKind as int; the view words previews of non-text messages.
        LastMessageAuthorRole,
        LastActivityRole, ///< QDateTime, UTC.
        UnreadRole,
        StatusRole,     ///< ConversationStatus as int.
        TopicsRole,     ///< QStringList, at most two, newest first.
        AssigneeIdRole, ///< qint64, or an invalid QVariant when unassigned.
        AssigneeNameRole,
        CartItemCountRole, ///< 0 when the cart is empty.
        CartSubtotalRole,  ///< qint64 minor units.
        CartCurrencyRole,
        LastMessageStaffIdRole, ///< qint64: the staff member who wrote the last message; invalid for others.
        LastCartActionRole,     ///< CartAction as int, when the last message is a cart event.
        LastCartProductTitleRole, ///< The product's title, when the last message is a cart event (or empty).
        LastNoticeRole,           ///< NoticeKind as int when the last message is a notice, else -1.
        LastNoticeDetailRole,     ///< The notice's detail, when the last message is a notice.
    };
    Q_ENUM(Role)

    enum class Filter { All, Open, Closed, Unread, AssignedToMe };
    Q_ENUM(Filter)

    static constexpr int PageSize = 50;

    explicit ConversationListModel(Cache *cache, QObject *parent = nullptr);
    ~ConversationListModel() override;

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString searchText() const { return m_searchText; }
    /** Searches for @p text as SearchQuery::parse() reads it; empty shows the filtered list again. */
    void setSearchText(const QString &text);
    bool isSearching() const { return m_query.isActive(); }
    /** Whether a search stays inside the filter (false: a search covers every conversation). */
    bool searchKeepsFilter() const { return m_keepFilter; }
    void setSearchKeepsFilter(bool keep);
    /** The filter rows are chosen by now: All while searching without keeping the filter. */
    Filter effectiveFilter() const;

    /** Conversations outside the effective filter that match the search, by status. */
    struct Elsewhere
    {
        int open = 0;
        int closed = 0;
        int total() const { return open + closed; }
    };
    /**
     * Counts conversations that match the search but are not shown because the kept filter excludes them
     * (at most MaxElsewhere, looked up in the newest ElsewhereScan message matches): what an empty result
     * tells the merchant ("2 matches in Closed").
     */
    Elsewhere matchesElsewhere();
    static constexpr int MaxElsewhere = 99;
    static constexpr int ElsewhereScan = 20000;
    /** The signed-in staff member, for Filter::AssignedToMe. */
    void setCurrentStaffId(qint64 staffId);

    int rowOf(qint64 conversationId) const;
    /** Open conversations marked unread, in the whole cache (whatever the filter): the window title's count.
     */
    int unreadOpenCount() const;
    qint64 conversationIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString name;
        QString visitorName;
        QString email;
        bool online = false;
        int lastKind = 0;
        int lastAuthor = 0;
        QString lastBody;
        qint64 lastActivityMs = 0;
        bool unread = false;
        int status = 0;
        QStringList topics;
        std::optional<qint64> assigneeId;
        QString assigneeName;
        int cartItems = 0;
        qint64 cartSubtotal = 0;
        QString cartCurrency;
        std::optional<qint64> lastStaffId;
        int lastCartAction = 0;
        QString lastCartTitle;
        int lastNotice = -1;
        QString lastNoticeDetail;
    };
    struct Key
    {
        qint64 lastActivityMs = 0;
        qint64 id = 0;
    };

    void reload();
    void prepareStatements();
    void searchCustomers();
    /** The conversation's newest message or its customer matches the search (a live change re-enters). */
    bool matchesSearch(const Row &row);
    QList<Row> fetchPage();
    QList<Row> fetchSearchPage();
    std::optional<Row> fetchRow(qint64 id);
    void onCacheChanged(const CacheChanges &changes);
    void refreshConversation(qint64 id);
    static Row readRow(const SqliteStatement &q);
    static bool before(const Key &a, const Key &b);
    static Key keyOf(const Row &row) { return {row.lastActivityMs, row.id}; }
    /** More changed conversations than this in one batch are merged by refreshMany(). */
    static constexpr int ManyChanges = 8;
    void refreshMany(const QSet<qint64> &ids);

    Cache *m_cache;
    Filter m_filter = Filter::Open;
    QString m_searchText;
    SearchQuery m_query;
    bool m_keepFilter = false;
    Filter m_preparedFilter = Filter::Open;
    qint64 m_staffId = 0;
    QList<Row> m_rows;
    bool m_hasMore = true;
    std::optional<Key> m_boundary; ///< Key of the last row fetched by paging.
    bool m_busy = false;           ///< In reload(), fetchMore() or a live update: fetchMore() waits.

    // Search state: customer matches first, then message matches from newest down.
    QList<qint64> m_searchCustomerHits;
    qint64 m_searchMessageCursor = 0; ///< Message rowids below this are still to be scanned; 0 = start.
    QSet<qint64> m_searchSeen;

    SqliteStatement m_pageFirst;
    SqliteStatement m_pageAfter;
    SqliteStatement m_single;
    SqliteStatement m_searchMessages;
    SqliteStatement m_matchNewestMessage;
    SqliteStatement m_matchCustomer;
};

} // namespace shopinbox
