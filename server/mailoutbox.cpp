#include "mailoutbox.h"

#include "emailcomposer.h"
#include "servicecontext.h"

#include <QUuid>

#include <algorithm>

namespace shopinbox::server {

MailOutbox::MailOutbox(ServiceContext &context)
    : m_context(context)
{
}

bool MailOutbox::enqueue(qint64 shopId, const Message &message, const Customer &customer)
{
    const std::optional<Shop> shop = m_context.shops().shop(shopId);
    if (!shop)
        return false;
    const EmailSettings &email = m_context.email();
    EmailContent content;
    content.shop = *shop;
    content.customer = customer;
    content.reply = message;
    const std::optional<QList<Message>> previous = m_context.conversations().latestMessages(
        shopId, message.conversationId, 0, EmailComposer::MaxPreviousMessages, message.id);
    if (!previous)
        return false;
    content.previous = *previous;
    const QDateTime now = m_context.now();
    const QDateTime since = now.addDays(-EmailComposer::RecentOrderDays);
    for (const Order &order : m_context.customers().orders(shopId, customer.id)) {
        if (order.placedAt >= since)
            content.orders.append(order);
    }
    std::sort(content.orders.begin(), content.orders.end(),
              [](const Order &a, const Order &b) { return a.placedAt > b.placedAt; });
    content.fromAddress = email.fromAddress;
    content.replyTo = email.replyAddress.make(message.conversationId);
    content.date = now;
    const QString domain = email.fromAddress.section(QLatin1Char('@'), 1);
    content.messageId = QStringLiteral("message-%1.%2@%3")
                            .arg(message.id)
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(12), domain);
    const std::optional<qint64> id = m_context.eventLog().nextId();
    if (!id)
        return false;
    const QueuedMail mail{
        *id, shopId, message.id, email.fromAddress, customer.email.trimmed(), EmailComposer::compose(content),
        0};
    return m_context.emailQueue().enqueue(mail, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
}

bool MailOutbox::enqueueCode(qint64 shopId, const Message &notice, const Customer &customer,
                             const QString &code, int validMinutes)
{
    const std::optional<Shop> shop = m_context.shops().shop(shopId);
    const std::optional<qint64> id = m_context.eventLog().nextId();
    if (!shop || !id)
        return false;
    const EmailSettings &email = m_context.email();
    const QDateTime now = m_context.now();
    const QString messageId = QStringLiteral("code-%1.%2@%3")
                                  .arg(notice.id)
                                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(12),
                                       email.fromAddress.section(QLatin1Char('@'), 1));
    const QueuedMail mail{*id,
                          shopId,
                          notice.id,
                          email.fromAddress,
                          customer.email.trimmed(),
                          EmailComposer::composeCode(*shop, email.fromAddress, customer.email.trimmed(), code,
                                                     validMinutes, now, messageId),
                          0};
    return m_context.emailQueue().enqueue(mail, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
}

} // namespace shopinbox::server
