#pragma once

#include "domain/message.h"
#include "storage/cachechanges.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace shopinbox {

class Cache;

/**
 * @brief The messages of one conversation, oldest at the top, as a chat view shows them.
 *
 * The newest page is loaded first; older pages come in at row 0 when the view asks with loadOlder() — when
 * the reader scrolls to the top. (Not through canFetchMore()/fetchMore(): item views call those when scrolled
 * to the *bottom*, which in a chat is where the newest message already is.) New and changed messages
 * published by the Cache arrive as inserts and dataChanged, never as a reset. A local echo (pending) keeps
 * its row when the server's copy replaces it.
 */
class MessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LocalIdRole = Qt::UserRole + 1,
        MessageIdRole, ///< Server id; 0 while pending.
        ClientIdRole,
        KindRole,   ///< MessageKind as int.
        AuthorRole, ///< MessageAuthor as int.
        StaffIdRole,
        BodyRole,     ///< Plain text; never interpret as HTML.
        ProductsRole, ///< QVariantList of QVariantMap {productId, title, priceMinor, currency, imageUrl,
                      ///< url}.
        DiscountCodeRole,
        DiscountSummaryRole,
        ImageIdRole,
        ImageUrlRole,
        CartActionRole, ///< CartAction as int.
        CreatedAtRole,  ///< QDateTime, UTC.
        DeliveryRole,   ///< DeliveryState as int.
        FailureReasonRole,
        UploadPercentRole, ///< int 0-100 while the image of a pending message uploads; -1 otherwise.
        StaffNameRole, ///< The name of the staff member who wrote it; empty for others (and unknown staff).
        CartProductTitleRole, ///< For cart events: the product's title (empty in events of older servers).
        AutomatedRole,        ///< AutomatedReply as int: the shop's follow-up or away message.
        NoticeRole,           ///< For notices: NoticeKind as int.
        NoticeDetailRole,     ///< For notices: the name given, the order number or the masked address.
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    MessageModel(Cache *cache, qint64 conversationId, QObject *parent = nullptr);

    qint64 conversationId() const { return m_conversationId; }
    int rowOfLocalId(qint64 localId) const;
    /** Transient upload state of the pending image message with @p clientId (not stored in the cache). */
    void setUploadProgress(const QString &clientId, int percent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /** Older messages than the first row are in the cache. */
    bool hasOlder() const { return m_hasOlder; }
    /** Inserts the next older page at row 0 (nothing when there is none, or from inside a change). */
    void loadOlder();

private:
    void onCacheChanged(const CacheChanges &changes);

    Cache *m_cache;
    qint64 m_conversationId;
    QList<Message> m_messages;
    QHash<QString, int> m_uploadPercent;         ///< By client id, while an image uploads.
    mutable QHash<qint64, QString> m_staffNames; ///< Looked up once per staff member.
    bool m_hasOlder = false;
    bool m_busy = false; ///< Inside loadOlder() or a live update: nested loadOlder() calls wait.
};

} // namespace shopinbox
