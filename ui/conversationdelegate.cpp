#include "conversationdelegate.h"

#include "carteventwords.h"
#include "domain/topic.h"
#include "noticewords.h"

#include "domain/conversation.h"
#include "domain/message.h"
#include "models/conversationlistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace shopinbox {

namespace {
constexpr int RowHeight = 76;
constexpr int Margin = 10;
constexpr int Avatar = 36;

QColor avatarColor(const QString &name)
{
    return QColor::fromHsv(static_cast<int>(qHash(name) % 360), 90, 200);
}
} // namespace

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // As wide as the view, never wider: rows must not make the list scroll sideways.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    return {view ? view->viewport()->width() : 320, RowHeight};
}

QString ConversationDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    const QDateTime local = when.toLocalTime();
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%n min", nullptr, static_cast<int>(seconds / 60));
    if (local.date() == now.toLocalTime().date())
        return shortTime(local.time());
    if (seconds < qint64{6} * 24 * 3600)
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), tr("d MMM"));
}

QString ConversationDelegate::shortTime(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QString ConversationDelegate::previewText(const QModelIndex &index, qint64 ownStaffId)
{
    const QString body = index.data(ConversationListModel::LastMessagePreviewRole).toString().simplified();
    const auto kind =
        static_cast<MessageKind>(index.data(ConversationListModel::LastMessageKindRole).toInt());
    const QVariant staffId = index.data(ConversationListModel::LastMessageStaffIdRole);
    const bool fromMe = index.data(ConversationListModel::LastMessageAuthorRole).toInt() ==
                            static_cast<int>(MessageAuthor::Staff) &&
                        staffId.isValid() && staffId.toLongLong() == ownStaffId;
    QString text;
    switch (kind) {
    case MessageKind::Products:
        text = body.isEmpty() ? tr("Shared products") : body;
        break;
    case MessageKind::Discount:
        text = body.isEmpty() ? tr("Shared a discount") : body;
        break;
    case MessageKind::Image:
        text = tr("Sent an image");
        break;
    case MessageKind::CartEvent:
        text = cartEventWords(
            index.data(ConversationListModel::LastCartProductTitleRole).toString(),
            static_cast<CartAction>(index.data(ConversationListModel::LastCartActionRole).toInt()), body);
        break;
    case MessageKind::Notice: {
        const int notice = index.data(ConversationListModel::LastNoticeRole).toInt();
        text = notice < 0 ? body
                          : noticeWords(static_cast<NoticeKind>(notice),
                                        index.data(ConversationListModel::LastNoticeDetailRole).toString());
        break;
    }
    default:
        text = body;
    }
    return fromMe ? tr("You: %1").arg(text) : text;
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(Margin, Margin, -Margin, -Margin / 2);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);

    const QString name = index.data(ConversationListModel::DisplayNameRole).toString();
    const bool visitor = index.data(ConversationListModel::IsVisitorRole).toBool();
    const bool unread = index.data(ConversationListModel::UnreadRole).toBool();
    const bool online = index.data(ConversationListModel::OnlineRole).toBool();
    const bool closed =
        index.data(ConversationListModel::StatusRole).toInt() == static_cast<int>(ConversationStatus::Closed);

    // Avatar: initials on a colour from the name; visitors get the same neutral silhouette.
    const QRect avatar(r.left(), r.top(), Avatar, Avatar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(visitor ? QColor(0xb0, 0xb7, 0xbf) : avatarColor(name));
    painter->drawEllipse(avatar);
    painter->setPen(Qt::white);
    if (visitor) {
        painter->setBrush(Qt::white);
        painter->drawEllipse(QRect(avatar.center().x() - 6, avatar.top() + 7, 12, 12));
        painter->drawPie(QRect(avatar.left() + 7, avatar.top() + 21, Avatar - 14, 22), 0, 180 * 16);
    } else {
        QFont initials = option.font;
        initials.setBold(true);
        painter->setFont(initials);
        QString letters;
        for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2))
            letters += part.at(0).toUpper();
        painter->drawText(avatar, Qt::AlignCenter, letters);
    }
    if (online) {
        painter->setPen(QPen(pal.color(QPalette::Base), 2));
        painter->setBrush(QColor(0x2e, 0xa0, 0x43));
        painter->drawEllipse(QRect(avatar.right() - 9, avatar.bottom() - 9, 11, 11));
    }

    const int left = avatar.right() + Margin;
    QFont nameFont = option.font;
    nameFont.setBold(unread);
    const QFontMetrics fm(nameFont);
    const QString when =
        relativeTime(index.data(ConversationListModel::LastActivityRole).toDateTime(), m_clock->nowUtc());
    const int whenWidth = fm.horizontalAdvance(when);
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()), Qt::AlignRight, when);

    int x = left;
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight).lighter(selected ? 160 : 100));
        painter->drawEllipse(QRect(x, r.top() + fm.height() / 2 - 4, 8, 8));
        x += 14;
    }
    painter->setFont(nameFont);
    painter->setPen(text);
    const int nameRoom = r.right() - whenWidth - Margin - x - (online ? 60 : 0);
    const QString elided = fm.elidedText(name, Qt::ElideRight, nameRoom);
    painter->drawText(QRect(x, r.top(), nameRoom, fm.height()), Qt::AlignLeft, elided);
    x += fm.horizontalAdvance(elided) + 8;
    if (online) {
        QFont badge = option.font;
        badge.setPointSizeF(badge.pointSizeF() * 0.8);
        const QFontMetrics bm(badge);
        const QString label = tr("Online");
        const QRect pill(x, r.top() + 1, bm.horizontalAdvance(label) + 12, bm.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xdf, 0xf3, 0xe4));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(badge);
        painter->setPen(QColor(0x1a, 0x6b, 0x2c));
        painter->drawText(pill, Qt::AlignCenter, label);
    }

    // Second line: the preview, as plain text.
    painter->setFont(option.font);
    painter->setPen(unread ? text : muted);
    const QFontMetrics pm(option.font);
    const int line2 = r.top() + fm.height() + 3;
    painter->drawText(QRect(left, line2, r.right() - left, pm.height()), Qt::AlignLeft,
                      pm.elidedText(previewText(index, m_ownStaffId), Qt::ElideRight, r.right() - left));

    // Third line: closed (it matters most when a search lists every conversation), assignee, topics; a chip
    // that does not fit is elided, and dropped when not even that fits.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const QFontMetrics sm(small);
    painter->setFont(small);
    int chipX = left;
    const int line3 = line2 + pm.height() + 4;
    auto chip = [&](const QString &full, const QColor &bg, const QColor &fg) {
        const int room = r.right() - chipX - 10;
        if (room < sm.horizontalAdvance(QStringLiteral("M…")))
            return;
        const QString label = sm.elidedText(full, Qt::ElideRight, room);
        const QRect pill(chipX, line3, sm.horizontalAdvance(label) + 10, sm.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg);
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(fg);
        painter->drawText(pill, Qt::AlignCenter, label);
        chipX = pill.right() + 6;
    };
    if (closed)
        chip(tr("Closed"), QColor(0xee, 0xee, 0xee), QColor(0x55, 0x55, 0x55));
    const QString assignee = index.data(ConversationListModel::AssigneeNameRole).toString();
    if (!assignee.isEmpty())
        chip(tr("@%1").arg(assignee.section(QLatin1Char(' '), 0, 0)), QColor(0xf1, 0xe9, 0xf9),
             QColor(0x5b, 0x2a, 0x86));
    for (const QString &topic : index.data(ConversationListModel::TopicsRole).toStringList())
        chip(topicDisplayName(topic), QColor(0xe8, 0xee, 0xf7), QColor(0x2b, 0x45, 0x6e));
    // Keyboard focus: a ring inside the row, so that arrows and Tab show where they are.
    if (option.state & QStyle::State_HasFocus) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(
            QPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight), 2));
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
    }
    painter->restore();
}

} // namespace shopinbox
