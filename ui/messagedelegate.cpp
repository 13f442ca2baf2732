#include "messagedelegate.h"

#include "conversationdelegate.h"
#include "domain/message.h"
#include "models/messagemodel.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace shopinbox {

namespace {
constexpr int Margin = 12;
constexpr int Padding = 10;

MessageAuthor authorOf(const QModelIndex &index)
{
    return static_cast<MessageAuthor>(index.data(MessageModel::AuthorRole).toInt());
}

MessageKind kindOf(const QModelIndex &index)
{
    return static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt());
}

bool centred(const QModelIndex &index)
{
    const MessageKind kind = kindOf(index);
    return kind == MessageKind::CartEvent || kind == MessageKind::System ||
           authorOf(index) == MessageAuthor::System;
}

QString money(qint64 minor, const QString &currency)
{
    return QLocale().toCurrencyString(static_cast<double>(minor) / 100.0, currency);
}
} // namespace

QString MessageDelegate::displayText(const QModelIndex &index)
{
    const QString body = index.data(MessageModel::BodyRole).toString();
    switch (kindOf(index)) {
    case MessageKind::Products: {
        QStringList lines;
        if (!body.isEmpty())
            lines.append(body);
        for (const QVariant &value : index.data(MessageModel::ProductsRole).toList()) {
            const QVariantMap product = value.toMap();
            lines.append(QStringLiteral("▣ %1 — %2")
                             .arg(product.value(QStringLiteral("title")).toString(),
                                  money(product.value(QStringLiteral("priceMinor")).toLongLong(),
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
    case DeliveryState::Pending:
        return tr("Sending…");
    case DeliveryState::Sent:
        return tr("Sent %1").arg(time);
    case DeliveryState::Emailed:
        return tr("Emailed %1").arg(time);
    case DeliveryState::Failed:
        return tr("Not sent: %1").arg(index.data(MessageModel::FailureReasonRole).toString());
    }
    return {};
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Layout l;
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width =
        view ? view->viewport()->width() : (option.rect.width() > 0 ? option.rect.width() : 480);
    const int maxBubble = qMax(160, width * 7 / 10);
    const QFontMetrics fm(option.font);
    const QString text = displayText(index);
    // Plain text measured as plain text: Qt::TextWordWrap and no rich-text detection anywhere.
    const QRect measured = fm.boundingRect(QRect(0, 0, maxBubble - 2 * Padding, 100000),
                                           Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    const int footerHeight = deliveryText(index).isEmpty() ? 0 : fm.height();
    const int bubbleWidth = qMax(measured.width(), 40) + 2 * Padding;
    const int bubbleHeight = measured.height() + 2 * Padding;
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
    l.bubble = QRect(left, option.rect.top() + Margin / 2, bubbleWidth, bubbleHeight);
    l.text = l.bubble.adjusted(Padding, Padding, -Padding, -Padding);
    l.footer = QRect(option.rect.left() + Margin, l.bubble.bottom() + 2, width - 2 * Margin, footerHeight);
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    return {view ? view->viewport()->width() : 480,
            l.bubble.height() + l.footer.height() + Margin + (l.footer.height() ? 2 : 0)};
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
    painter->drawText(l.text, Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft, displayText(index));
    const QString footer = deliveryText(index);
    if (!footer.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(failed ? QColor(0xb3, 0x26, 0x1e) : option.palette.color(QPalette::PlaceholderText));
        painter->drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter, footer);
    }
    painter->restore();
}

} // namespace shopinbox
