#pragma once

#include "domain/customer.h"
#include "domain/message.h"
#include "domain/order.h"
#include "domain/shop.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopinbox::server {

/** @brief Everything one notification mail shows. */
struct EmailContent
{
    Shop shop;
    Customer customer;
    Message reply;           ///< The new merchant message.
    QList<Message> previous; ///< Up to MaxPreviousMessages earlier messages, oldest first.
    QList<Order> orders;     ///< The customer's recent orders, newest first.
    QString fromAddress;     ///< e.g. shop@mail.example.com (display name: the shop's name).
    QString replyTo;         ///< The conversation's reply address.
    QDateTime date;          ///< Date header (UTC).
    QString messageId;       ///< Message-ID without angle brackets.
};

/**
 * @brief Builds the notification mail of a merchant reply: multipart/alternative, plain text and HTML.
 *
 * Both parts are UTF-8 in quoted-printable; headers with non-ASCII text use RFC 2047 encoded-words. Every
 * text that comes from people (messages, names, product titles) is HTML-escaped in the HTML part, so it is
 * never markup.
 */
class EmailComposer
{
public:
    /** How many earlier messages a mail shows for context. */
    static constexpr int MaxPreviousMessages = 10;
    /** Orders placed within this many days are listed. */
    static constexpr int RecentOrderDays = 14;

    /** The complete message (headers and body), CRLF line ends. */
    static QByteArray compose(const EmailContent &content);
    /** The plain-text body. */
    static QString plainText(const EmailContent &content);
    /** The HTML body. */
    static QString html(const EmailContent &content);
    /**
     * The mail with @p code, which a storefront chat asks for to prove that its visitor reads @p to: plain
     * text only, no Reply-To (an answer reaches no conversation).
     */
    static QByteArray composeCode(const Shop &shop, const QString &from, const QString &to,
                                  const QString &code, int validMinutes, const QDateTime &date,
                                  const QString &messageId);
    /** "Subject" text: New reply from <shop>. */
    static QString subject(const Shop &shop);
    /** A message as one line of text (its body, or what it shares). */
    static QString describe(const Message &message);
    /** EUR 19.99 */
    static QString formatMoney(const Money &money);
};

} // namespace shopinbox::server
