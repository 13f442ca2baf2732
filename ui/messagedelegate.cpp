#include "messagedelegate.h"

#include "carteventwords.h"
#include "conversationdelegate.h"
#include "domain/clock.h"
#include "domain/message.h"
#include "domain/textlinks.h"
#include "models/messagemodel.h"
#include "moneytext.h"
#include "noticewords.h"
#include "thumbnailcache.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextOption>
#include <QtMath>

#include <algorithm>

namespace shopinbox {

namespace {
constexpr int Margin = 12;
constexpr int Padding = 10;
constexpr int CardWidth = 280;
constexpr int CardHeight = 64;
constexpr int CardGap = 6;
constexpr int DiscountHeight = 52;
// Images get a fixed box, so a thumbnail arriving later never moves the thread under the reader.
constexpr QSize ImageBox(240, 180);

MessageAuthor authorOf(const QModelIndex &index)
{
    return static_cast<MessageAuthor>(index.data(MessageModel::AuthorRole).toInt());
}

constexpr int SeparatorHeight = 30;

// Wrap at word boundaries, and inside a word only when it alone is wider than the bubble (a long URL). The
// direction follows the text: Arabic or Hebrew is laid out right to left (and AlignLeft then means the right
// edge, as Qt reads it for a right-to-left paragraph).
QTextOption textOption(const QString &text)
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    return option;
}

// The message as it is laid out, with one kind of line break; link offsets are counted in this text.
QString normalizedText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

// QTextLayout breaks lines only at U+2028: the message's own line breaks become those, so that measuring
// and painting both keep every line (one character for another: offsets stay).
QString layoutText(const QString &raw)
{
    QString text = normalizedText(raw);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

// Lays @p layout out in lines at most @p width wide, one under the other: the one layout that measureText and
// paintText share, so that what is measured is what is painted. Returns the widest line's natural width and
// the lines' total height.
QSizeF layOutLines(QTextLayout &layout, int width)
{
    layout.setTextOption(textOption(layout.text()));
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {widest, height};
}

// The size the text takes when laid out as paint() draws it, at most @p width wide. Plain text: no rich-text
// detection anywhere.
QRect measureText(const QString &raw, const QFont &font, int width)
{
    QTextLayout layout(layoutText(raw), font);
    const QSizeF size = layOutLines(layout, width);
    return QRect(0, 0, qCeil(size.width()) + 1, qCeil(size.height())); // +1: painting must not wrap it again
}

// Paints @p raw into @p box exactly as measureText laid it out, its links underlined in @p linkColour.
void paintText(QPainter *painter, const QString &raw, const QFont &font, const QRect &box,
               const QColor &linkColour)
{
    QTextLayout layout(layoutText(raw), font);
    QList<QTextLayout::FormatRange> formats;
    for (const TextLink &link : findLinkSpans(normalizedText(raw))) {
        QTextLayout::FormatRange range;
        range.start = static_cast<int>(link.start);
        range.length = static_cast<int>(link.length);
        range.format.setFontUnderline(true);
        range.format.setForeground(linkColour);
        formats.append(range);
    }
    layout.setFormats(formats);
    layOutLines(layout, box.width());
    layout.draw(painter, box.topLeft());
}

// The link under @p point (relative to the text's top left) in @p raw laid out @p width wide, or empty.
QString linkAtPoint(const QString &raw, const QFont &font, int width, const QPointF &point)
{
    const QList<TextLink> links = findLinkSpans(normalizedText(raw));
    if (links.isEmpty())
        return {};
    QTextLayout layout(layoutText(raw), font);
    layOutLines(layout, width);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (point.y() < line.y() || point.y() >= line.y() + line.height())
            continue;
        // Only over the text itself, not the empty rest of the line.
        const qreal from = line.cursorToX(line.textStart());
        const qreal to = line.cursorToX(line.textStart() + line.textLength());
        if (point.x() < std::min(from, to) || point.x() > std::max(from, to))
            return {};
        const int cursor = line.xToCursor(point.x(), QTextLine::CursorOnCharacter);
        for (const TextLink &link : links) {
            if (cursor >= link.start && cursor < link.start + link.length)
                return link.url;
        }
        return {};
    }
    return {};
}

MessageKind kindOf(const QModelIndex &index)
{
    return static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt());
}

bool centred(const QModelIndex &index)
{
    const MessageKind kind = kindOf(index);
    return kind == MessageKind::CartEvent || kind == MessageKind::System || kind == MessageKind::Notice ||
           authorOf(index) == MessageAuthor::System;
}

} // namespace

QString MessageDelegate::displayText(const QModelIndex &index)
{
    QString body = index.data(MessageModel::BodyRole).toString();
    switch (kindOf(index)) {
    case MessageKind::Products: {
        QStringList lines;
        if (!body.isEmpty())
            lines.append(body);
        for (const QVariant &value : index.data(MessageModel::ProductsRole).toList()) {
            const QVariantMap product = value.toMap();
            lines.append(QStringLiteral("▣ %1 — %2")
                             .arg(product.value(QStringLiteral("title")).toString(),
                                  moneyText(product.value(QStringLiteral("priceMinor")).toLongLong(),
                                            product.value(QStringLiteral("currency")).toString())));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case MessageKind::Discount: {
        const QString card = tr("Discount %1 — %2")
                                 .arg(index.data(MessageModel::DiscountCodeRole).toString(),
                                      index.data(MessageModel::DiscountSummaryRole).toString());
        return body.isEmpty() ? card : body + QLatin1Char('\n') + card;
    }
    case MessageKind::Image:
        return tr("🖼 Image");
    case MessageKind::CartEvent: {
        // Worded here, in the UI language; events of older servers have only the server's English text.
        return cartEventWords(index.data(MessageModel::CartProductTitleRole).toString(),
                              static_cast<CartAction>(index.data(MessageModel::CartActionRole).toInt()),
                              body);
    }
    case MessageKind::Notice:
        return noticeWords(static_cast<NoticeKind>(index.data(MessageModel::NoticeRole).toInt()),
                           index.data(MessageModel::NoticeDetailRole).toString());
    default:
        return body;
    }
}

QString MessageDelegate::deliveryText(const QModelIndex &index)
{
    if (authorOf(index) != MessageAuthor::Staff)
        return {};
    const QString time = ConversationDelegate::shortTime(
        index.data(MessageModel::CreatedAtRole).toDateTime().toLocalTime().time());
    switch (static_cast<DeliveryState>(index.data(MessageModel::DeliveryRole).toInt())) {
    case DeliveryState::Pending: {
        const int percent = index.data(MessageModel::UploadPercentRole).toInt();
        return percent >= 0 && percent < 100 ? tr("Uploading %1%…").arg(percent) : tr("Sending…");
    }
    case DeliveryState::Sent:
        return tr("Sent %1").arg(time);
    case DeliveryState::Emailed:
        return tr("Emailed %1").arg(time);
    case DeliveryState::Failed:
        return tr("Not sent: %1").arg(index.data(MessageModel::FailureReasonRole).toString());
    }
    return {};
}

QString MessageDelegate::footerText(const QModelIndex &index, qint64 ownStaffId)
{
    if (authorOf(index) != MessageAuthor::Staff) {
        QString time = ConversationDelegate::shortTime(
            index.data(MessageModel::CreatedAtRole).toDateTime().toLocalTime().time());
        // The shop's automatic messages say so: the merchant wrote the text once, nobody sent it now.
        switch (static_cast<AutomatedReply>(index.data(MessageModel::AutomatedRole).toInt())) {
        case AutomatedReply::FollowUp:
            return tr("Automatic follow-up · %1").arg(time);
        case AutomatedReply::Away:
            return tr("Away message · %1").arg(time);
        case AutomatedReply::None:
            break;
        }
        return time;
    }
    const QVariant staffId = index.data(MessageModel::StaffIdRole);
    QString author = index.data(MessageModel::StaffNameRole).toString();
    if (staffId.isValid() && staffId.toLongLong() == ownStaffId)
        author = tr("You");
    const QString delivery = deliveryText(index);
    return author.isEmpty() ? delivery : tr("%1 · %2").arg(author, delivery);
}

QString MessageDelegate::dateSeparatorText(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    const QLocale locale;
    if (day < today && day.daysTo(today) < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    QString format = locale.dateFormat(QLocale::LongFormat);
    if (day.year() == today.year()) {
        // The long date without its year ("Tuesday 3 November"): drop "yyyy" and the separator next to it.
        static const QRegularExpression year(QStringLiteral("[,.\\s]*y+[.,]?|y+[,.\\s]*"));
        format.remove(year);
        format = format.trimmed();
    }
    return locale.toString(day, format);
}

std::optional<QDate> MessageDelegate::dayStartingAt(const QModelIndex &index)
{
    const QDate day = index.data(MessageModel::CreatedAtRole).toDateTime().toLocalTime().date();
    if (!day.isValid())
        return std::nullopt;
    const QModelIndex before = index.siblingAtRow(index.row() - 1);
    if (before.isValid() && before.data(MessageModel::CreatedAtRole).toDateTime().toLocalTime().date() == day)
        return std::nullopt;
    return day;
}

QString MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QPoint &pos) const
{
    const Layout l = layout(option, index);
    if (!l.text.contains(pos))
        return {};
    return linkAtPoint(bubbleText(index), option.font, l.text.width(), QPointF(pos - l.text.topLeft()));
}

QString MessageDelegate::bubbleText(const QModelIndex &index)
{
    switch (kindOf(index)) {
    case MessageKind::Products:
    case MessageKind::Discount:
    case MessageKind::Image:
        return index.data(MessageModel::BodyRole).toString();
    default:
        return displayText(index);
    }
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Layout l;
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width =
        view ? view->viewport()->width() : (option.rect.width() > 0 ? option.rect.width() : 480);
    const int maxBubble = qMax(160, width * 7 / 10);
    const int maxContent = maxBubble - 2 * Padding;
    const QFontMetrics fm(option.font);
    const QString text = bubbleText(index);
    // Plain text measured as paint() lays it out (measureText); no rich-text detection anywhere.
    const QRect measured = text.isEmpty() ? QRect() : measureText(text, option.font, maxContent);
    QSize media;
    switch (kindOf(index)) {
    case MessageKind::Products: {
        const int count = int(index.data(MessageModel::ProductsRole).toList().size());
        if (count > 0)
            media = QSize(qMin(CardWidth, maxContent), count * CardHeight + (count - 1) * CardGap);
        break;
    }
    case MessageKind::Discount:
        media = QSize(qMin(CardWidth, maxContent), DiscountHeight);
        break;
    case MessageKind::Image:
        media = QSize(qMin(ImageBox.width(), maxContent), ImageBox.height());
        break;
    default:
        break;
    }
    const int gap = !measured.isEmpty() && media.isValid() ? Padding : 0;
    const int contentWidth = std::max({measured.width(), media.isValid() ? media.width() : 0, 40});
    const int footerHeight = fm.height();
    l.day = dayStartingAt(index);
    const int top = option.rect.top() + (l.day ? SeparatorHeight : 0);
    if (l.day)
        l.separator = QRect(option.rect.left(), option.rect.top(), width, SeparatorHeight);
    const int bubbleWidth = contentWidth + 2 * Padding;
    const int bubbleHeight = measured.height() + gap + (media.isValid() ? media.height() : 0) + 2 * Padding;
    int left = option.rect.left() + Margin;
    if (centred(index)) {
        left = option.rect.left() + (width - bubbleWidth) / 2;
        l.alignment = Qt::AlignHCenter;
    } else if (authorOf(index) == MessageAuthor::Staff) {
        left = option.rect.right() - Margin - bubbleWidth;
        l.alignment = Qt::AlignRight;
    } else {
        l.alignment = Qt::AlignLeft;
    }
    l.bubble = QRect(left, top + Margin / 2, bubbleWidth, bubbleHeight);
    l.text = QRect(l.bubble.left() + Padding, l.bubble.top() + Padding, contentWidth, measured.height());
    if (media.isValid())
        l.media = QRect(QPoint(l.bubble.left() + Padding, l.text.bottom() + 1 + gap), media);
    l.footer = QRect(option.rect.left() + Margin, l.bubble.bottom() + 2, width - 2 * Margin, footerHeight);
    return l;
}

void MessageDelegate::paintMedia(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index, const QRect &area, const QColor &ink) const
{
    const QColor cardInk = option.palette.color(QPalette::Text);
    const QColor muted = option.palette.color(QPalette::PlaceholderText);
    auto placeholder = [&](const QRect &box, const QString &label) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe4, 0xe6, 0xe9));
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(muted);
        painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, label);
    };
    auto image = [&](const QString &url, const QRect &box, const QString &missing) {
        const QPixmap pixmap = m_thumbnails ? m_thumbnails->pixmap(url, box.size()) : QPixmap();
        if (pixmap.isNull()) {
            const bool failed = !m_thumbnails || m_thumbnails->failed(url);
            placeholder(box, failed ? missing : tr("Loading…"));
            return;
        }
        const QRect target(box.left() + (box.width() - pixmap.width()) / 2,
                           box.top() + (box.height() - pixmap.height()) / 2, pixmap.width(), pixmap.height());
        painter->drawPixmap(target, pixmap);
    };
    auto card = [&](const QRect &box) {
        painter->setPen(QColor(0xd5, 0xd8, 0xdc));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(box, 8, 8);
    };
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    // A card's words: the title in bold on top, a muted line at the bottom; both cut with … when too long.
    auto cardText = [&](const QRect &words, const QString &title, const QString &detail) {
        painter->setFont(bold);
        painter->setPen(cardInk);
        painter->drawText(QRect(words.left(), words.top(), words.width(), boldMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, words.width()));
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(
            QRect(words.left(), words.bottom() - metrics.height(), words.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(detail, Qt::ElideRight, words.width()));
    };

    switch (kindOf(index)) {
    case MessageKind::Image:
        image(index.data(MessageModel::ImageUrlRole).toString(), area, tr("Image unavailable"));
        break;
    case MessageKind::Products: {
        int top = area.top();
        for (const QVariant &value : index.data(MessageModel::ProductsRole).toList()) {
            const QVariantMap product = value.toMap();
            const QRect box(area.left(), top, area.width(), CardHeight);
            card(box);
            const QRect thumb(box.left() + 6, box.top() + 6, CardHeight - 12, CardHeight - 12);
            image(product.value(QStringLiteral("imageUrl")).toString(), thumb, QStringLiteral("▣"));
            const QRect words(thumb.right() + 10, box.top() + 8, box.right() - thumb.right() - 18,
                              CardHeight - 16);
            cardText(words, product.value(QStringLiteral("title")).toString(),
                     moneyText(product.value(QStringLiteral("priceMinor")).toLongLong(),
                               product.value(QStringLiteral("currency")).toString()));
            top += CardHeight + CardGap;
        }
        break;
    }
    case MessageKind::Discount: {
        card(area);
        const QRect words = area.adjusted(12, 6, -12, -6);
        cardText(words, tr("Discount code %1").arg(index.data(MessageModel::DiscountCodeRole).toString()),
                 index.data(MessageModel::DiscountSummaryRole).toString());
        break;
    }
    default:
        break;
    }
    painter->setPen(ink);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    return {view ? view->viewport()->width() : 480,
            l.separator.height() + l.bubble.height() + l.footer.height() + Margin + 2};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool staff = authorOf(index) == MessageAuthor::Staff;
    const bool failed =
        static_cast<DeliveryState>(index.data(MessageModel::DeliveryRole).toInt()) == DeliveryState::Failed;
    QColor bubble = option.palette.color(QPalette::AlternateBase);
    QColor ink = option.palette.color(QPalette::Text);
    if (centred(index)) {
        bubble = QColor(0xf3, 0xf0, 0xe6);
        ink = QColor(0x5c, 0x55, 0x3f);
    } else if (staff) {
        bubble = failed ? QColor(0xfb, 0xe3, 0xe1) : QColor(0x2f, 0x6f, 0x4e);
        ink = failed ? QColor(0x8a, 0x1c, 0x14) : Qt::white;
    } else {
        bubble = QColor(0xee, 0xef, 0xf1);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(bubble);
    painter->drawRoundedRect(l.bubble, 10, 10);
    painter->setPen(ink);
    painter->setFont(option.font);
    paintText(painter, bubbleText(index), option.font, l.text,
              staff && !failed ? QColor(Qt::white) : option.palette.color(QPalette::Link));
    if (!l.media.isEmpty())
        paintMedia(painter, option, index, l.media, ink);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    if (l.day) {
        const QDate today = m_clock->nowUtc().toLocalTime().date();
        const QString label = dateSeparatorText(*l.day, today);
        const int labelWidth = smallMetrics.horizontalAdvance(label) + 24;
        const QRect pill(l.separator.center().x() - labelWidth / 2, l.separator.top() + 6, labelWidth,
                         l.separator.height() - 10);
        painter->setPen(QColor(0xd5, 0xd8, 0xdc));
        painter->drawLine(l.separator.left() + Margin, pill.center().y(), pill.left() - 6, pill.center().y());
        painter->drawLine(pill.right() + 6, pill.center().y(), l.separator.right() - Margin,
                          pill.center().y());
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(pill, Qt::AlignCenter, label);
    }
    const QString footer = footerText(index, m_ownStaffId);
    if (!footer.isEmpty()) {
        painter->setPen(failed ? QColor(0xb3, 0x26, 0x1e) : option.palette.color(QPalette::PlaceholderText));
        const int align = l.alignment == Qt::AlignRight     ? Qt::AlignRight
                          : l.alignment == Qt::AlignHCenter ? Qt::AlignHCenter
                                                            : Qt::AlignLeft;
        painter->drawText(l.footer, align | Qt::AlignVCenter,
                          smallMetrics.elidedText(footer, Qt::ElideMiddle, l.footer.width()));
    }
    painter->restore();
}

} // namespace shopinbox
