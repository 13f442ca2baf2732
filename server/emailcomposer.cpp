#include "emailcomposer.h"

#include "mimemessage.h"

#include <QLocale>
#include <QUuid>

namespace shopinbox::server {

namespace {

QString author(const Message &message, const EmailContent &content)
{
    switch (message.author) {
    case MessageAuthor::Customer:
        return QStringLiteral("You");
    case MessageAuthor::Staff:
        return content.shop.name;
    case MessageAuthor::System:
        break;
    }
    return content.shop.name;
}

QString when(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString escapeMultiline(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString orderStatus(const Order &order)
{
    return QStringLiteral("%1, %2").arg(order.financialStatus, order.fulfillmentStatus);
}

// "Name: value" folded (RFC 5322) at spaces so no line is longer than 78 characters where possible.
QByteArray headerLine(const QByteArray &name, const QByteArray &value)
{
    QByteArray out;
    for (const QByteArray &segment : (name + ": " + value).split('\n')) {
        QByteArray rest = segment.endsWith('\r') ? segment.chopped(1) : segment;
        if (!out.isEmpty())
            out += "\r\n";
        while (rest.size() > 78) {
            const qsizetype space = rest.lastIndexOf(' ', 78);
            if (space <= 1)
                break;
            out += rest.left(space) + "\r\n";
            rest = rest.mid(space); // the space starts the continuation line
        }
        out += rest;
    }
    return out + "\r\n";
}

QByteArray dateHeader(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000";
}

} // namespace

QString EmailComposer::formatMoney(const Money &money)
{
    const qint64 whole = money.minorUnits / 100;
    const qint64 cents = qAbs(money.minorUnits % 100);
    const QString sign = money.minorUnits < 0 && whole == 0 ? QStringLiteral("-") : QString();
    return QStringLiteral("%1 %2%3.%4")
        .arg(money.currency, sign)
        .arg(whole)
        .arg(cents, 2, 10, QLatin1Char('0'));
}

QString EmailComposer::subject(const Shop &shop)
{
    return QStringLiteral("New reply from %1").arg(shop.name);
}

QString EmailComposer::describe(const Message &message)
{
    QStringList parts;
    if (!message.body.trimmed().isEmpty())
        parts.append(message.body);
    switch (message.kind) {
    case MessageKind::Products:
        for (const SharedProduct &product : message.products)
            parts.append(QStringLiteral("Product: %1 (%2)%3")
                             .arg(product.title, formatMoney(product.price),
                                  product.url.isEmpty() ? QString() : QStringLiteral(" ") + product.url));
        break;
    case MessageKind::Discount:
        parts.append(
            QStringLiteral("Discount code %1: %2").arg(message.discountCode, message.discountSummary));
        break;
    case MessageKind::Image:
        parts.append(QStringLiteral("[image]"));
        break;
    default:
        break;
    }
    return parts.join(QLatin1Char('\n'));
}

QString EmailComposer::plainText(const EmailContent &content)
{
    QString text;
    text += QStringLiteral("%1 replied to your message:\n\n").arg(content.shop.name);
    text += describe(content.reply) + QStringLiteral("\n\n");
    text += QStringLiteral("Reply to this email to answer %1.\n").arg(content.shop.name);
    if (!content.previous.isEmpty()) {
        text += QStringLiteral("\nEarlier in this conversation\n----------------------------\n");
        for (const Message &message : content.previous)
            text += QStringLiteral("%1 (%2):\n%3\n\n")
                        .arg(author(message, content), when(message.createdAt), describe(message));
    }
    if (!content.orders.isEmpty()) {
        text += QStringLiteral("\nYour recent orders\n------------------\n");
        for (const Order &order : content.orders)
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(order.number, order.placedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                             formatMoney(order.total), orderStatus(order));
    }
    return text;
}

QString EmailComposer::html(const EmailContent &content)
{
    const QString shop = content.shop.name.toHtmlEscaped();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                       "<body style=\"font-family: sans-serif; color: #222;\">\n")
            .arg(subject(content.shop).toHtmlEscaped());
    html += QStringLiteral("<p><strong>%1</strong> replied to your message:</p>\n").arg(shop);
    html += QStringLiteral("<div class=\"reply\" style=\"padding: 8px 12px; background: #f2f5f3; "
                           "border-radius: 6px;\">%1</div>\n")
                .arg(escapeMultiline(describe(content.reply)));
    html += QStringLiteral("<p style=\"color: #666;\">Reply to this email to answer %1.</p>\n").arg(shop);
    if (!content.previous.isEmpty()) {
        html += QStringLiteral("<h3>Earlier in this conversation</h3>\n<table class=\"history\">\n");
        for (const Message &message : content.previous)
            html += QStringLiteral(
                        "<tr><td style=\"vertical-align: top; padding-right: 12px;\"><strong>%1</strong>"
                        "<br><small>%2</small></td><td>%3</td></tr>\n")
                        .arg(author(message, content).toHtmlEscaped(),
                             when(message.createdAt).toHtmlEscaped(), escapeMultiline(describe(message)));
        html += QStringLiteral("</table>\n");
    }
    if (!content.orders.isEmpty()) {
        html += QStringLiteral("<h3>Your recent orders</h3>\n<table class=\"orders\">\n"
                               "<tr><th>Order</th><th>Date</th><th>Total</th><th>Status</th></tr>\n");
        for (const Order &order : content.orders)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(order.number.toHtmlEscaped(),
                             order.placedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")).toHtmlEscaped(),
                             formatMoney(order.total).toHtmlEscaped(), orderStatus(order).toHtmlEscaped());
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QByteArray EmailComposer::composeCode(const Shop &shop, const QString &from, const QString &to,
                                      const QString &code, int validMinutes, const QDateTime &date,
                                      const QString &messageId)
{
    const QString text =
        QStringLiteral("Your code for the chat with %1 is:\n\n    %2\n\n"
                       "Type it in the chat to confirm that this is your e-mail address. Then the chat shows "
                       "your earlier messages and your cart. The code works for %3 minutes.\n\n"
                       "If you did not ask for it, someone typed your address into the chat on our store: "
                       "ignore this mail, and nobody sees your conversations or your cart.\n")
            .arg(shop.name, code)
            .arg(validMinutes);
    QByteArray mail;
    mail += headerLine("Date", dateHeader(date));
    mail += headerLine("From", MimeMessage::encodeMailbox(shop.name, from));
    mail += headerLine("To", MimeMessage::encodeMailbox(QString(), to));
    mail += headerLine("Subject",
                       MimeMessage::encodeHeaderText(
                           QStringLiteral("%1 is your code for the chat with %2").arg(code, shop.name)));
    mail += headerLine("Message-ID", '<' + messageId.toLatin1() + '>');
    mail += headerLine("MIME-Version", "1.0");
    mail += headerLine("Content-Type", "text/plain; charset=UTF-8");
    mail += headerLine("Content-Transfer-Encoding", "quoted-printable");
    mail += "\r\n";
    mail += MimeMessage::encodeQuotedPrintable(text.toUtf8()) + "\r\n";
    return mail;
}

QByteArray EmailComposer::compose(const EmailContent &content)
{
    const QByteArray boundary = "=_shopinbox_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QByteArray dateText = dateHeader(content.date);
    const QString customerName = content.customer.name.isEmpty() ? QString() : content.customer.name;
    QByteArray mail;
    mail += headerLine("Date", dateText);
    mail += headerLine("From", MimeMessage::encodeMailbox(content.shop.name, content.fromAddress));
    mail += headerLine("To", MimeMessage::encodeMailbox(customerName, content.customer.email.trimmed()));
    mail += headerLine("Reply-To", MimeMessage::encodeMailbox(content.shop.name, content.replyTo));
    mail += headerLine("Subject", MimeMessage::encodeHeaderText(subject(content.shop)));
    mail += headerLine("Message-ID", '<' + content.messageId.toLatin1() + '>');
    mail += headerLine("MIME-Version", "1.0");
    mail += headerLine("Content-Type", "multipart/alternative; boundary=\"" + boundary + '"');
    mail += "\r\n";
    mail += "This is a multi-part message in MIME format.\r\n";
    const auto part = [&](const char *type, const QString &text) {
        mail += "\r\n--" + boundary + "\r\n";
        mail += QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n";
        mail += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        mail += MimeMessage::encodeQuotedPrintable(text.toUtf8()) + "\r\n";
    };
    part("text/plain", plainText(content));
    part("text/html", html(content));
    mail += "\r\n--" + boundary + "--\r\n";
    return mail;
}

} // namespace shopinbox::server
