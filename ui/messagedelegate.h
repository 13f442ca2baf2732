#pragma once

#include "domain/clock.h"

#include <QDate>
#include <QStyledItemDelegate>

#include <optional>

namespace shopinbox {

class ThumbnailCache;

/**
 * @brief Paints one chat message from MessageModel's roles: the customer's on the left, the merchant's on the
 * right, cart events and system notes centred; product and discount cards; under every bubble its time, and
 * for the merchant's messages who wrote them and their delivery state; a date band above each day's first
 * message. Text is always plain text, shown whole: line breaks kept, long words wrapped, right-to-left text
 * laid out right-to-left. Nothing a customer writes is interpreted as HTML.
 */
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** Where product and message images come from; without one, cards and images show placeholders. */
    void setThumbnails(ThumbnailCache *thumbnails) { m_thumbnails = thumbnails; }
    /** Where "today" comes from for the date separators (the system clock when not set). */
    void setClock(const Clock *clock) { m_clock = clock; }
    /** The signed-in staff member: their messages say "You" instead of their name. */
    void setOwnStaffId(qint64 staffId) { m_ownStaffId = staffId; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /**
     * The link (findLinks()) drawn at @p pos, in the view's coordinates, in the row of @p index laid out with
     * @p option; empty when there is none.
     */
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    /** What the bubble says, as plain text (cards and events described in words). */
    static QString displayText(const QModelIndex &index);
    /** "Sending…", "Sent", "Emailed", "Failed: reason" for the merchant's messages; empty otherwise. */
    static QString deliveryText(const QModelIndex &index);
    /**
     * The line under a bubble: the time for customers and events; for staff, who wrote it and its
     * delivery ("Aaron · Sent 9:19", "You · Sent 9:19" for @p ownStaffId).
     */
    static QString footerText(const QModelIndex &index, qint64 ownStaffId);
    /** The separator above the first message of @p day: Today, Yesterday, a weekday, or the date. */
    static QString dateSeparatorText(const QDate &day, const QDate &today);
    /** The local day that starts at @p index (its first message, or a new day after the row before). */
    static std::optional<QDate> dayStartingAt(const QModelIndex &index);

private:
    struct Layout
    {
        QRect bubble;
        QRect text;
        QRect media; ///< Image, product cards or discount card below the text; empty when none.
        QRect footer;
        QRect separator;          ///< The date band above the first message of a day; empty otherwise.
        std::optional<QDate> day; ///< The day that band names (dayStartingAt()).
        int alignment = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** The text inside the bubble: the message itself, without what the cards show. */
    static QString bubbleText(const QModelIndex &index);
    QSize imageSize(const QModelIndex &index) const;
    void paintMedia(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    const QRect &area, const QColor &ink) const;

    ThumbnailCache *m_thumbnails = nullptr;
    const Clock *m_clock = &systemClock();
    qint64 m_ownStaffId = 0;
};

} // namespace shopinbox
