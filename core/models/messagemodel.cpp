#include "messagemodel.h"

#include "storage/cache.h"
#include "storage/messagestore.h"
#include "storage/staffstore.h"

#include <QScopedValueRollback>
#include <QVariantMap>

#include <algorithm>

namespace shopinbox {

namespace {
bool keyLess(const MessageKey &a, const MessageKey &b)
{
    return a.createdAtMs < b.createdAtMs || (a.createdAtMs == b.createdAtMs && a.localId < b.localId);
}
} // namespace

MessageModel::MessageModel(Cache *cache, qint64 conversationId, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_conversationId(conversationId)
{
    connect(m_cache, &Cache::changed, this, &MessageModel::onCacheChanged);
    m_messages = m_cache->messages().page(m_conversationId, std::nullopt, PageSize);
    m_hasOlder = !m_messages.isEmpty() &&
                 m_cache->messages().hasOlder(m_conversationId, MessageStore::keyOf(m_messages.constFirst()));
}

int MessageModel::rowOfLocalId(qint64 localId) const
{
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        if (m_messages.at(i).localId == localId)
            return static_cast<int>(i);
    }
    return -1;
}

void MessageModel::setUploadProgress(const QString &clientId, int percent)
{
    m_uploadPercent.insert(clientId, percent);
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).clientId == clientId) {
            emit dataChanged(index(row), index(row), {UploadPercentRole});
            return;
        }
    }
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case LocalIdRole:
        return m.localId;
    case MessageIdRole:
        return m.id;
    case ClientIdRole:
        return m.clientId;
    case KindRole:
        return static_cast<int>(m.kind);
    case AuthorRole:
        return static_cast<int>(m.author);
    case StaffIdRole:
        return m.staffId ? QVariant(*m.staffId) : QVariant();
    case ProductsRole: {
        QVariantList products;
        for (const SharedProduct &p : m.products) {
            products.append(QVariantMap{{QStringLiteral("productId"), p.productId},
                                        {QStringLiteral("title"), p.title},
                                        {QStringLiteral("priceMinor"), p.price.minorUnits},
                                        {QStringLiteral("currency"), p.price.currency},
                                        {QStringLiteral("imageUrl"), p.imageUrl},
                                        {QStringLiteral("url"), p.url}});
        }
        return products;
    }
    case DiscountCodeRole:
        return m.discountCode;
    case DiscountSummaryRole:
        return m.discountSummary;
    case ImageIdRole:
        return m.imageId;
    case ImageUrlRole:
        return m.imageUrl;
    case CartActionRole:
        return static_cast<int>(m.cartAction);
    case CreatedAtRole:
        return m.createdAt;
    case DeliveryRole:
        return static_cast<int>(m.delivery);
    case FailureReasonRole:
        return m.failureReason;
    case UploadPercentRole:
        return m.delivery == DeliveryState::Pending ? m_uploadPercent.value(m.clientId, -1) : -1;
    case CartProductTitleRole:
        return m.cartProductTitle;
    case AutomatedRole:
        return static_cast<int>(m.automated);
    case NoticeRole:
        return static_cast<int>(m.notice);
    case NoticeDetailRole:
        return m.noticeDetail;
    case StaffNameRole: {
        if (!m.staffId)
            return QString();
        auto found = m_staffNames.constFind(*m.staffId);
        if (found == m_staffNames.cend()) {
            const std::optional<Staff> staff = m_cache->staff().get(*m.staffId);
            found = m_staffNames.insert(*m.staffId, staff ? staff->name : QString());
        }
        return *found;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {LocalIdRole, "localId"},
        {MessageIdRole, "messageId"},
        {ClientIdRole, "clientId"},
        {KindRole, "kind"},
        {AuthorRole, "author"},
        {StaffIdRole, "staffId"},
        {BodyRole, "body"},
        {ProductsRole, "products"},
        {DiscountCodeRole, "discountCode"},
        {DiscountSummaryRole, "discountSummary"},
        {ImageIdRole, "imageId"},
        {ImageUrlRole, "imageUrl"},
        {CartActionRole, "cartAction"},
        {CreatedAtRole, "createdAt"},
        {DeliveryRole, "delivery"},
        {FailureReasonRole, "failureReason"},
        {UploadPercentRole, "uploadPercent"},
        {StaffNameRole, "staffName"},
        {CartProductTitleRole, "cartProductTitle"},
        {AutomatedRole, "automated"},
        {NoticeRole, "notice"},
        {NoticeDetailRole, "noticeDetail"},
    };
}

void MessageModel::loadOlder()
{
    // Called again from a slot of our own rowsInserted, the same older page would be prepended twice.
    if (!m_hasOlder || m_messages.isEmpty() || m_busy)
        return;
    QScopedValueRollback<bool> busy(m_busy, true);
    const MessageKey oldest = MessageStore::keyOf(m_messages.constFirst());
    const QList<Message> older = m_cache->messages().page(m_conversationId, oldest, PageSize);
    m_hasOlder = older.size() == PageSize &&
                 m_cache->messages().hasOlder(m_conversationId, MessageStore::keyOf(older.constFirst()));
    if (older.isEmpty())
        return;
    beginInsertRows({}, 0, static_cast<int>(older.size()) - 1);
    m_messages = older + m_messages;
    endInsertRows();
}

void MessageModel::onCacheChanged(const CacheChanges &changes)
{
    const auto it = changes.messages.constFind(m_conversationId);
    if (it == changes.messages.cend())
        return;
    QScopedValueRollback<bool> busy(m_busy, true);
    QList<Message> added;
    for (qint64 localId : it.value()) {
        std::optional<Message> message = m_cache->messages().get(localId);
        const int row = rowOfLocalId(localId);
        if (!message || message->conversationId != m_conversationId) {
            if (row >= 0) { // discarded (a failed local echo) or moved away
                beginRemoveRows({}, row, row);
                m_messages.removeAt(row);
                endRemoveRows();
            }
            continue;
        }
        if (row >= 0) {
            m_messages[row] = std::move(*message);
            emit dataChanged(index(row), index(row));
        } else {
            added.append(std::move(*message));
        }
    }
    std::sort(added.begin(), added.end(), [](const Message &a, const Message &b) {
        return keyLess(MessageStore::keyOf(a), MessageStore::keyOf(b));
    });
    // Consecutive messages landing at the same position go in as one insert (a burst at the bottom).
    qsizetype i = 0;
    while (i < added.size()) {
        const MessageKey key = MessageStore::keyOf(added.at(i));
        if (m_hasOlder && !m_messages.isEmpty() &&
            keyLess(key, MessageStore::keyOf(m_messages.constFirst()))) {
            ++i; // older than what is loaded: paging will bring it
            continue;
        }
        const auto pos = std::upper_bound(
            m_messages.cbegin(), m_messages.cend(), key,
            [](const MessageKey &k, const Message &m) { return keyLess(k, MessageStore::keyOf(m)); });
        const int row = static_cast<int>(pos - m_messages.cbegin());
        qsizetype end = i + 1;
        while (end < added.size() &&
               (row == m_messages.size() ||
                keyLess(MessageStore::keyOf(added.at(end)), MessageStore::keyOf(m_messages.at(row)))))
            ++end;
        beginInsertRows({}, row, row + static_cast<int>(end - i) - 1);
        for (qsizetype j = i; j < end; ++j)
            m_messages.insert(row + (j - i), added.at(j));
        endInsertRows();
        i = end;
    }
}

} // namespace shopinbox
