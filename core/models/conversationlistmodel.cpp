#include "conversationlistmodel.h"

#include "domain/message.h"
#include "modelslog.h"
#include "storage/cache.h"
#include "storage/conversationstore.h"
#include "storage/messagestore.h"
#include "storage/timecolumn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopedValueRollback>

#include <algorithm>
#include <functional>
#include <limits>

namespace shopinbox {

namespace {

// The last column: a cart event's or a notice's payload (action and product title; notice and detail), so
// that the list words it in the UI language; read only for such rows, through the conversation's message
// index.
const QString SelectColumns =
    QStringLiteral(
        "SELECT c.id, c.customer_id, u.name, u.visitor_name, u.email, u.online, c.last_message_kind, "
        "c.last_message_author, c.last_message_body, c.last_activity_at, c.unread, c.status, c.topics, "
        "c.assignee_id, s.name, k.item_count, k.subtotal, k.currency, c.last_message_staff_id, "
        "CASE WHEN c.last_message_kind IN (%1, %2) THEN (SELECT m.payload FROM messages m WHERE "
        "m.conversation_id = "
        "c.id ORDER BY m.created_at DESC, m.local_id DESC LIMIT 1) END "
        "FROM conversations c JOIN customers u ON u.id = c.customer_id "
        "LEFT JOIN staff s ON s.id = c.assignee_id LEFT JOIN carts k ON k.customer_id = c.customer_id ")
        .arg(MessageKinds.stored(MessageKind::CartEvent))
        .arg(MessageKinds.stored(MessageKind::Notice));

QString filterClause(ConversationListModel::Filter filter)
{
    // ?9 is the signed-in staff member; each clause matches an index (see migrations).
    switch (filter) {
    case ConversationListModel::Filter::Open:
        return QStringLiteral("c.status = %1").arg(ConversationStatuses.stored(ConversationStatus::Open));
    case ConversationListModel::Filter::Closed:
        return QStringLiteral("c.status = %1").arg(ConversationStatuses.stored(ConversationStatus::Closed));
    case ConversationListModel::Filter::Unread:
        return QStringLiteral("c.unread = 1");
    case ConversationListModel::Filter::AssignedToMe:
        return QStringLiteral("c.assignee_id = ?9");
    case ConversationListModel::Filter::All:
        break;
    }
    return QStringLiteral("1");
}

const QString NewestFirst = QStringLiteral(" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?1");

} // namespace

ConversationListModel::ConversationListModel(Cache *cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
    connect(m_cache, &Cache::changed, this, &ConversationListModel::onCacheChanged);
    prepareStatements();
    reload();
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::prepareStatements()
{
    SqliteDatabase &db = m_cache->database();
    m_preparedFilter = effectiveFilter();
    const QString where = filterClause(m_preparedFilter);
    m_pageFirst = db.prepare(SelectColumns + QStringLiteral("WHERE ") + where + NewestFirst);
    m_pageAfter = db.prepare(SelectColumns + QStringLiteral("WHERE ") + where +
                             QStringLiteral(" AND (c.last_activity_at, c.id) < (?2, ?3)") + NewestFirst);
    m_single = db.prepare(SelectColumns + QStringLiteral("WHERE c.id = ?2 AND ") + where);
    m_searchMessages = db.prepare(QStringLiteral(
        "SELECT m.conversation_id, f.rowid FROM message_fts f JOIN messages m ON m.local_id = f.rowid "
        "WHERE message_fts MATCH ?1 AND f.rowid < ?2 ORDER BY f.rowid DESC"));
    m_matchNewestMessage =
        db.prepare(QStringLiteral("SELECT 1 FROM message_fts WHERE message_fts MATCH ?1 AND rowid = "
                                  "(SELECT max(local_id) FROM messages WHERE conversation_id = ?2)"));
    m_matchCustomer =
        db.prepare(QStringLiteral("SELECT 1 FROM customer_fts WHERE customer_fts MATCH ?1 AND rowid = ?2"));
}

ConversationListModel::Filter ConversationListModel::effectiveFilter() const
{
    return m_query.isActive() && !m_keepFilter ? Filter::All : m_filter;
}

void ConversationListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    const Filter before = effectiveFilter();
    m_filter = filter;
    if (effectiveFilter() != before)
        reload();
}

void ConversationListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const SearchQuery query = SearchQuery::parse(text);
    const bool same = query.fts() == m_query.fts() && query.orderNumbers() == m_query.orderNumbers() &&
                      query.isActive() == m_query.isActive();
    m_searchText = text;
    m_query = query;
    if (!same)
        reload(); // more blanks typed after a finished word change nothing
}

void ConversationListModel::setSearchKeepsFilter(bool keep)
{
    if (keep == m_keepFilter)
        return;
    const Filter before = effectiveFilter();
    m_keepFilter = keep;
    if (effectiveFilter() != before)
        reload();
}

void ConversationListModel::setCurrentStaffId(qint64 staffId)
{
    if (staffId == m_staffId)
        return;
    m_staffId = staffId;
    if (m_filter == Filter::AssignedToMe)
        reload();
}

void ConversationListModel::reload()
{
    QScopedValueRollback<bool> busy(m_busy, true);
    beginResetModel();
    if (effectiveFilter() != m_preparedFilter)
        prepareStatements();
    m_rows.clear();
    m_boundary.reset();
    m_hasMore = true;
    m_searchCustomerHits.clear();
    m_searchSeen.clear();
    m_searchMessageCursor = 0;
    if (!m_query.isActive()) {
        m_rows = fetchPage();
    } else if (m_query.fts().isEmpty()) {
        m_hasMore = false; // only punctuation typed: nothing can match
    } else {
        searchCustomers();
        m_rows = fetchSearchPage();
    }
    endResetModel();
}

void ConversationListModel::searchCustomers()
{
    SqliteDatabase &db = m_cache->database();
    if (!m_query.orderNumbers().isEmpty()) {
        SqliteStatement q = db.prepare(QStringLiteral(
            "SELECT c.id FROM orders o JOIN conversations c ON c.customer_id = o.customer_id "
            "WHERE o.number IN (?1, ?2) ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 500"));
        q.bind(1, m_query.orderNumbers().at(0));
        q.bind(2, m_query.orderNumbers().at(1));
        while (q.step())
            m_searchCustomerHits.append(q.int64(0));
        if (!q.ok())
            qCWarning(lcModels) << "order number search failed:" << q.errorMessage();
    }
    SqliteStatement q = db.prepare(
        QStringLiteral("SELECT c.id FROM customer_fts f JOIN conversations c ON c.customer_id = f.rowid "
                       "WHERE customer_fts MATCH ?1 ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 500"));
    q.bind(1, m_query.fts());
    while (q.step())
        m_searchCustomerHits.append(q.int64(0));
    if (!q.ok())
        qCWarning(lcModels) << "customer search failed:" << q.errorMessage();
}

ConversationListModel::Elsewhere ConversationListModel::matchesElsewhere()
{
    Elsewhere counts;
    const Filter shown = effectiveFilter();
    if (!m_query.isActive() || m_query.fts().isEmpty() || shown == Filter::All)
        return counts;
    const QStringList numbers = m_query.orderNumbers();
    SqliteStatement q = m_cache->database().prepare(
        QStringLiteral(
            "SELECT c.status, count(*) FROM conversations c WHERE NOT coalesce((%1), 0) AND ("
            " c.id IN (SELECT m.conversation_id FROM (SELECT rowid AS r FROM message_fts WHERE message_fts "
            "MATCH ?1 ORDER BY rowid DESC LIMIT %2) f JOIN messages m ON m.local_id = f.r)"
            " OR c.customer_id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?1)"
            " OR c.customer_id IN (SELECT customer_id FROM orders WHERE number IN (?2, ?3)))"
            " GROUP BY c.status")
            .arg(filterClause(shown))
            .arg(ElsewhereScan));
    q.bind(1, m_query.fts());
    q.bind(2, numbers.value(0));
    q.bind(3, numbers.value(1));
    q.bind(9, m_staffId);
    while (q.step()) {
        const int count = std::min(q.int32(1), MaxElsewhere);
        if (q.int32(0) == ConversationStatuses.stored(ConversationStatus::Closed))
            counts.closed = count;
        else
            counts.open = count;
    }
    if (!q.ok())
        qCWarning(lcModels) << "counting matches elsewhere failed:" << q.errorMessage();
    return counts;
}

bool ConversationListModel::matchesSearch(const Row &row)
{
    if (m_query.fts().isEmpty())
        return false;
    const auto matches = [this](SqliteStatement &q, qint64 id) {
        q.bind(1, m_query.fts());
        q.bind(2, id);
        const bool found = q.step();
        if (!q.ok())
            qCWarning(lcModels) << "live search match failed:" << q.errorMessage();
        q.reset();
        return found;
    };
    if (matches(m_matchNewestMessage, row.id) || matches(m_matchCustomer, row.customerId))
        return true;
    if (m_query.orderNumbers().isEmpty())
        return false;
    SqliteStatement q = m_cache->database().prepare(
        QStringLiteral("SELECT 1 FROM orders WHERE customer_id = ?1 AND number IN (?2, ?3)"));
    q.bind(1, row.customerId);
    q.bind(2, m_query.orderNumbers().at(0));
    q.bind(3, m_query.orderNumbers().at(1));
    return q.step();
}

ConversationListModel::Row ConversationListModel::readRow(const SqliteStatement &q)
{
    Row r;
    r.id = q.int64(0);
    r.customerId = q.int64(1);
    r.name = q.text(2);
    r.visitorName = q.text(3);
    r.email = q.text(4);
    r.online = q.boolean(5);
    // Roles carry the enums' values; an unknown stored kind previews as text (its body), never as another
    // kind.
    r.lastKind = static_cast<int>(MessageKinds.fromStored(q.int32(6)).value_or(MessageKind::Text));
    r.lastAuthor = static_cast<int>(MessageAuthors.fromStored(q.int32(7)).value_or(MessageAuthor::Customer));
    r.lastBody = q.text(8);
    r.lastActivityMs = q.int64(9);
    r.unread = q.boolean(10);
    r.status =
        static_cast<int>(ConversationStatuses.fromStored(q.int32(11)).value_or(ConversationStatus::Open));
    const QJsonArray topics = QJsonDocument::fromJson(q.text(12).toUtf8()).array();
    for (qsizetype i = 0; i < topics.size() && i < 2; ++i)
        r.topics.append(topics.at(i).toString());
    r.assigneeId = q.optionalInt64(13);
    r.assigneeName = q.text(14);
    r.cartItems = q.int32(15);
    r.cartSubtotal = q.int64(16);
    r.cartCurrency = q.text(17);
    r.lastStaffId = q.optionalInt64(18);
    if (r.lastKind == static_cast<int>(MessageKind::CartEvent)) {
        Message event;
        event.kind = MessageKind::CartEvent;
        // A payload this version cannot read (warned) leaves the preview the server's English body.
        if (MessageStore::readPayload(event, q.text(19))) {
            r.lastCartAction = static_cast<int>(event.cartAction);
            r.lastCartTitle = event.cartProductTitle;
        }
    } else if (r.lastKind == static_cast<int>(MessageKind::Notice)) {
        Message notice;
        notice.kind = MessageKind::Notice;
        if (MessageStore::readPayload(notice, q.text(19))) {
            r.lastNotice = static_cast<int>(notice.notice);
            r.lastNoticeDetail = notice.noticeDetail;
        }
    }
    return r;
}

QList<ConversationListModel::Row> ConversationListModel::fetchPage()
{
    SqliteStatement &q = m_boundary ? m_pageAfter : m_pageFirst;
    q.bind(1, PageSize);
    if (m_boundary) {
        q.bind(2, m_boundary->lastActivityMs);
        q.bind(3, m_boundary->id);
    }
    q.bind(9, m_staffId);
    QList<Row> rows;
    rows.reserve(PageSize);
    while (q.step())
        rows.append(readRow(q));
    if (!q.ok())
        qCWarning(lcModels) << "conversation page failed:" << q.errorMessage();
    m_hasMore = rows.size() == PageSize;
    if (!rows.isEmpty())
        m_boundary = keyOf(rows.constLast());
    return rows;
}

QList<ConversationListModel::Row> ConversationListModel::fetchSearchPage()
{
    QList<Row> rows;
    auto consider = [&](qint64 id) {
        if (m_searchSeen.contains(id))
            return;
        m_searchSeen.insert(id);
        if (std::optional<Row> row = fetchRow(id))
            rows.append(std::move(*row));
    };
    while (!m_searchCustomerHits.isEmpty() && rows.size() < PageSize)
        consider(m_searchCustomerHits.takeFirst());

    // Not exhausted when a full page of customer matches left no room to start scanning messages.
    bool exhausted = m_searchMessageCursor < 0;
    if (rows.size() < PageSize && m_searchMessageCursor >= 0) {
        SqliteStatement &q = m_searchMessages;
        q.bind(1, m_query.fts());
        q.bind(2, m_searchMessageCursor == 0 ? std::numeric_limits<qint64>::max() : m_searchMessageCursor);
        // Scan matches newest first and stop as soon as the page is full: a common word costs no more
        // than a rare one.
        exhausted = false;
        while (rows.size() < PageSize) {
            if (!q.step()) {
                exhausted = true;
                if (!q.ok())
                    qCWarning(lcModels) << "message search failed:" << q.errorMessage();
                break;
            }
            m_searchMessageCursor = q.int64(1);
            consider(q.int64(0));
        }
        q.reset();
        if (exhausted)
            m_searchMessageCursor = -1;
    }
    m_hasMore = !m_searchCustomerHits.isEmpty() || (m_searchMessageCursor >= 0 && !exhausted);
    return rows;
}

std::optional<ConversationListModel::Row> ConversationListModel::fetchRow(qint64 id)
{
    m_single.bind(2, id);
    m_single.bind(9, m_staffId);
    if (!m_single.step())
        return std::nullopt;
    Row row = readRow(m_single);
    m_single.reset();
    return row;
}

int ConversationListModel::unreadOpenCount() const
{
    return m_cache && m_cache->isOpen() ? m_cache->conversations().unreadOpenCount() : 0;
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conversationId)
            return static_cast<int>(i);
    }
    return -1;
}

qint64 ConversationListModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return r.name.isEmpty() ? r.visitorName : r.name;
    case ConversationIdRole:
        return r.id;
    case CustomerIdRole:
        return r.customerId;
    case IsVisitorRole:
        return r.name.isEmpty();
    case EmailRole:
        return r.email;
    case OnlineRole:
        return r.online;
    case LastMessagePreviewRole:
        return r.lastBody;
    case LastMessageKindRole:
        return r.lastKind;
    case LastMessageAuthorRole:
        return r.lastAuthor;
    case LastActivityRole:
        return timecolumn::fromColumn(r.lastActivityMs);
    case UnreadRole:
        return r.unread;
    case StatusRole:
        return r.status;
    case TopicsRole:
        return r.topics;
    case AssigneeIdRole:
        return r.assigneeId ? QVariant(*r.assigneeId) : QVariant();
    case AssigneeNameRole:
        return r.assigneeName;
    case CartItemCountRole:
        return r.cartItems;
    case CartSubtotalRole:
        return r.cartSubtotal;
    case CartCurrencyRole:
        return r.cartCurrency;
    case LastMessageStaffIdRole:
        return r.lastStaffId ? QVariant(*r.lastStaffId) : QVariant();
    case LastCartActionRole:
        return r.lastCartAction;
    case LastCartProductTitleRole:
        return r.lastCartTitle;
    case LastNoticeRole:
        return r.lastNotice;
    case LastNoticeDetailRole:
        return r.lastNoticeDetail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {ConversationIdRole, "conversationId"},
        {CustomerIdRole, "customerId"},
        {DisplayNameRole, "displayName"},
        {IsVisitorRole, "isVisitor"},
        {EmailRole, "email"},
        {OnlineRole, "online"},
        {LastMessagePreviewRole, "lastMessagePreview"},
        {LastMessageKindRole, "lastMessageKind"},
        {LastMessageAuthorRole, "lastMessageAuthor"},
        {LastActivityRole, "lastActivity"},
        {UnreadRole, "unread"},
        {StatusRole, "status"},
        {TopicsRole, "topics"},
        {AssigneeIdRole, "assigneeId"},
        {AssigneeNameRole, "assigneeName"},
        {CartItemCountRole, "cartItemCount"},
        {CartSubtotalRole, "cartSubtotal"},
        {CartCurrencyRole, "cartCurrency"},
        {LastMessageStaffIdRole, "lastMessageStaffId"},
        {LastCartActionRole, "lastCartAction"},
        {LastCartProductTitleRole, "lastCartProductTitle"},
        {LastNoticeRole, "lastNotice"},
        {LastNoticeDetailRole, "lastNoticeDetail"},
    };
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may call this from slots of our own change signals (modelReset included); a page
    // fetched then would be inserted in the middle of the change in flight. They ask again later.
    if (parent.isValid() || !m_hasMore || m_busy)
        return;
    QScopedValueRollback<bool> busy(m_busy, true);
    QList<Row> rows = m_query.isActive() ? fetchSearchPage() : fetchPage();
    // A live change may already have brought some of these rows in.
    rows.erase(std::remove_if(rows.begin(), rows.end(), [this](const Row &r) { return rowOf(r.id) >= 0; }),
               rows.end());
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

bool ConversationListModel::before(const Key &a, const Key &b)
{
    return a.lastActivityMs > b.lastActivityMs || (a.lastActivityMs == b.lastActivityMs && a.id > b.id);
}

void ConversationListModel::onCacheChanged(const CacheChanges &changes)
{
    QScopedValueRollback<bool> busy(m_busy, true);
    QSet<qint64> affected = changes.conversations;
    if (m_query.isActive() && !changes.customers.isEmpty() && changes.customers.size() <= ManyChanges) {
        // A customer renamed to match brings their conversations into the results.
        for (qint64 customerId : changes.customers) {
            for (qint64 id : m_cache->conversations().idsForCustomer(customerId))
                affected.insert(id);
        }
    }
    if (!changes.customers.isEmpty() || !changes.carts.isEmpty() || changes.staff) {
        for (const Row &row : std::as_const(m_rows)) {
            if (changes.customers.contains(row.customerId) || changes.carts.contains(row.customerId) ||
                (changes.staff && row.assigneeId))
                affected.insert(row.id);
        }
    }
    // A burst (hundreds of conversations in one batch of live events) is merged in one pass: one sort and
    // one layout change instead of one row move each, which costs the view a relayout every time.
    if (affected.size() > ManyChanges && !m_query.isActive()) {
        refreshMany(affected);
        return;
    }
    for (qint64 id : std::as_const(affected))
        refreshConversation(id);
}

void ConversationListModel::refreshMany(const QSet<qint64> &ids)
{
    QHash<qint64, int> rowById;
    rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        rowById.insert(m_rows.at(i).id, i);
    QList<int> removals;
    QList<Row> inserts;
    bool updated = false;
    for (qint64 id : ids) {
        std::optional<Row> fresh = fetchRow(id);
        const int current = rowById.value(id, -1);
        const bool beyondLoaded = fresh && m_hasMore && m_boundary && before(*m_boundary, keyOf(*fresh));
        if (!fresh || beyondLoaded) {
            if (current >= 0)
                removals.append(current);
            continue; // gone from this filter, or paging will bring it
        }
        if (current < 0) {
            inserts.append(std::move(*fresh));
        } else {
            m_rows[current] = std::move(*fresh);
            updated = true;
        }
    }
    std::sort(removals.begin(), removals.end(), std::greater<int>());
    for (int row : std::as_const(removals)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    const auto newestFirst = [](const Row &a, const Row &b) { return before(keyOf(a), keyOf(b)); };
    if (!std::is_sorted(m_rows.cbegin(), m_rows.cend(), newestFirst)) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QList<qint64> fromIds;
        fromIds.reserve(from.size());
        for (const QModelIndex &index : from)
            fromIds.append(m_rows.at(index.row()).id);
        std::stable_sort(m_rows.begin(), m_rows.end(), newestFirst);
        rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            rowById.insert(m_rows.at(i).id, i);
        QModelIndexList to;
        to.reserve(from.size());
        for (int i = 0; i < from.size(); ++i)
            to.append(index(rowById.value(fromIds.at(i)), from.at(i).column()));
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (Row &row : inserts) {
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, newestFirst);
        const int dest = static_cast<int>(at - m_rows.cbegin());
        beginInsertRows({}, dest, dest);
        m_rows.insert(dest, std::move(row));
        endInsertRows();
    }
    if (updated && !m_rows.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

void ConversationListModel::refreshConversation(qint64 id)
{
    const int current = rowOf(id);
    std::optional<Row> fresh = fetchRow(id);
    const bool searching = m_query.isActive();
    if (!fresh) {
        if (current >= 0) {
            beginRemoveRows({}, current, current);
            m_rows.removeAt(current);
            endRemoveRows();
        }
        return;
    }
    if (searching) {
        // Results keep their places; a conversation that (again) matches comes in at the top.
        if (current >= 0) {
            m_rows[current] = std::move(*fresh);
            emit dataChanged(index(current), index(current));
        } else if (m_searchSeen.contains(id) || matchesSearch(*fresh)) {
            m_searchSeen.insert(id);
            beginInsertRows({}, 0, 0);
            m_rows.prepend(std::move(*fresh));
            endInsertRows();
        }
        return;
    }
    const Key key = keyOf(*fresh);
    const bool beyondLoaded = m_hasMore && m_boundary && before(*m_boundary, key);
    if (current < 0) {
        if (beyondLoaded)
            return; // paging will bring it
        int dest = 0;
        while (dest < m_rows.size() && before(keyOf(m_rows.at(dest)), key))
            ++dest;
        beginInsertRows({}, dest, dest);
        m_rows.insert(dest, std::move(*fresh));
        endInsertRows();
        return;
    }
    if (beyondLoaded) {
        beginRemoveRows({}, current, current);
        m_rows.removeAt(current);
        endRemoveRows();
        return;
    }
    // Position among the other rows.
    int dest = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != current && before(keyOf(m_rows.at(i)), key))
            ++dest;
    }
    if (dest != current) {
        beginMoveRows({}, current, current, {}, dest > current ? dest + 1 : dest);
        m_rows.move(current, dest);
        endMoveRows();
    }
    m_rows[dest] = std::move(*fresh);
    emit dataChanged(index(dest), index(dest));
}

} // namespace shopinbox
