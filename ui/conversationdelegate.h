#pragma once

#include "domain/clock.h"

#include <QStyledItemDelegate>

namespace shopinbox {

/**
 * @brief Paints one inbox row from ConversationListModel's roles: avatar (initials, or the default visitor
 * avatar), name (bold when unread, with a dot), "Online" badge, relative time, last message preview, up to
 * two topic chips, the assignee and a closed marker.
 */
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** "now", "5 min", "14:05", "Mon", "12 Nov" — relative to @p now, in local time. */
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    /** Hours and minutes in the user's locale, without seconds (the C locale's short format has them). */
    static QString shortTime(const QTime &time);
    /** The last message in words; "You: …" only when @p ownStaffId wrote it. */
    static QString previewText(const QModelIndex &index, qint64 ownStaffId = 0);
    /** The signed-in staff member (see previewText()). */
    void setOwnStaffId(qint64 staffId) { m_ownStaffId = staffId; }
    /** Where "now" of the relative times comes from (the session's clock; the system's by default). */
    void setClock(const Clock *clock) { m_clock = clock; }

private:
    qint64 m_ownStaffId = 0;
    const Clock *m_clock = &systemClock();
};

} // namespace shopinbox
