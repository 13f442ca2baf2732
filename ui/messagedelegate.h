#pragma once

#include <QStyledItemDelegate>

namespace shopinbox {

class ThumbnailCache;

/**
 * @brief Paints one chat message from MessageModel's roles: the customer's on the left, the merchant's on the
 * right, cart events and system notes centred; product and discount cards; delivery state under the
 * merchant's messages. Text is always plain text: nothing a customer writes is interpreted as HTML.
 */
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** Where product and message images come from; without one, cards and images show placeholders. */
    void setThumbnails(ThumbnailCache *thumbnails) { m_thumbnails = thumbnails; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** What the bubble says, as plain text (cards and events described in words). */
    static QString displayText(const QModelIndex &index);
    /** "Sending…", "Sent", "Emailed", "Failed: reason" for the merchant's messages; empty otherwise. */
    static QString deliveryText(const QModelIndex &index);

private:
    struct Layout
    {
        QRect bubble;
        QRect text;
        QRect media; ///< Image, product cards or discount card below the text; empty when none.
        QRect footer;
        int alignment = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** The text inside the bubble: the message itself, without what the cards show. */
    static QString bubbleText(const QModelIndex &index);
    QSize imageSize(const QModelIndex &index) const;
    void paintMedia(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    const QRect &area, const QColor &ink) const;

    ThumbnailCache *m_thumbnails = nullptr;
};

} // namespace shopinbox
