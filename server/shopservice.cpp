#include "shopservice.h"

#include "businesshours.h"
#include "codec/imagetype.h"
#include "codec/jsoncodec.h"
#include "credentials.h"
#include "domain/carteventtext.h"
#include "emailcomposer.h"
#include "faults/crashpoint.h"
#include "mimemessage.h"
#include "replyextractor.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "servertransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace shopinbox::server {

namespace {

ApiResult badRequest(const QString &message)
{
    return ApiResult::error(400, QStringLiteral("bad_request"), message);
}

ApiResult notFound(const QString &what)
{
    return ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("%1 not found").arg(what));
}

ApiResult unprocessable(const QString &code, const QString &message)
{
    return ApiResult::error(422, code, message);
}

// The database failing is the one condition that is not the client's fault.
ApiResult unavailable()
{
    return ApiResult::error(503, QStringLiteral("unavailable"),
                            QStringLiteral("the shop database is not available; try again shortly"));
}

bool validEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

std::optional<QString> optionalString(const QJsonObject &body, const QString &key, int maxLength,
                                      QString *error)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        *error = QStringLiteral("%1 must be a string").arg(key);
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        *error = QStringLiteral("%1 is longer than %2 characters").arg(key).arg(maxLength);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> positiveId(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 1 || d > 9007199254740992.0 || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

// Reads and checks the fields of a saved reply body (POST and PUT); nullopt when valid, else the 400.
// The shortcut is trimmed, never lower-cased: upper case is refused so the stored name is what was typed.
std::optional<ApiResult> readSavedReply(const QJsonObject &body, bool withClientId, SavedReply &reply,
                                        QString &clientId)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("shortcut") && it.key() != QLatin1String("text") &&
            !(withClientId && it.key() == QLatin1String("client_id")))
            return badRequest(QStringLiteral("unknown field %1").arg(it.key().left(40)));
    }
    const QJsonValue shortcut = body.value(QStringLiteral("shortcut"));
    if (shortcut.isUndefined() || shortcut.isNull())
        return badRequest(QStringLiteral("shortcut is required"));
    if (!shortcut.isString())
        return badRequest(QStringLiteral("shortcut must be a string"));
    reply.shortcut = shortcut.toString().trimmed();
    if (!isValidSavedReplyShortcut(reply.shortcut))
        return badRequest(QStringLiteral("shortcut must be 1 to %1 characters of lower-case letters a-z, "
                                         "digits, - and _")
                              .arg(MaxSavedReplyShortcutLength));
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (text.isUndefined() || text.isNull())
        return badRequest(QStringLiteral("text is required"));
    if (!text.isString())
        return badRequest(QStringLiteral("text must be a string"));
    reply.text = text.toString();
    if (reply.text.size() > MaxSavedReplyTextLength)
        return badRequest(QStringLiteral("text is longer than %1 characters").arg(MaxSavedReplyTextLength));
    if (reply.text.trimmed().isEmpty())
        return badRequest(QStringLiteral("text must not be blank"));
    const QJsonValue clientIdValue = body.value(QStringLiteral("client_id"));
    if (!clientIdValue.isUndefined()) {
        if (!clientIdValue.isString() || QUuid::fromString(clientIdValue.toString()).isNull())
            return badRequest(QStringLiteral("client_id must be a UUID string"));
        clientId = QUuid::fromString(clientIdValue.toString()).toString(QUuid::WithoutBraces);
    }
    return std::nullopt;
}

ApiResult shortcutTaken(const QString &shortcut)
{
    return ApiResult::error(409, QStringLiteral("conflict"),
                            QStringLiteral("a saved reply /%1 already exists").arg(shortcut));
}

} // namespace

ShopService::ShopService(ServerDatabase &db, QString mediaDirectory, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(db)
    , m_events(db)
    , m_mediaDirectory(std::move(mediaDirectory))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

qint64 ShopService::defaultShopId()
{
    const QList<Shop> shops = m_repository.shops();
    return shops.isEmpty() ? 0 : shops.constFirst().id;
}

bool ShopService::lockShop(qint64 shopId)
{
    // Every write takes the shop row first, then ids: one lock order, so PostgreSQL writers never deadlock.
    if (m_db.dialect() != ServerDatabase::Dialect::PostgreSQL)
        return true;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT last_seq FROM shops WHERE id = ? FOR UPDATE"));
    q.addBindValue(shopId);
    const bool ok = m_db.exec(q) && q.next();
    q.finish();
    return ok;
}

bool ShopService::appendEvent(qint64, const QString &type, const QJsonObject &data, QList<ServerEvent> &out)
{
    // Staged: the seqs are assigned in one statement when the transaction commits (see commit()).
    out.append(ServerEvent{0, type, now(), data});
    return true;
}

bool ShopService::commit(ServerTransaction &tx, qint64 shopId, QList<ServerEvent> &events)
{
    return (events.isEmpty() || m_events.appendAll(shopId, events)) && tx.commit();
}

void ShopService::announce(qint64 shopId, const QList<ServerEvent> &events)
{
    if (!events.isEmpty())
        emit committed(shopId, events.constLast().seq);
}

bool ShopService::loginRateLimited(const QString &key)
{
    const auto it = m_loginFailures.constFind(key);
    return it != m_loginFailures.cend() && it->count >= 5 && it->windowStart.secsTo(now()) < 60;
}

void ShopService::recordLoginFailure(const QString &key)
{
    Failures &f = m_loginFailures[key];
    if (!f.windowStart.isValid() || f.windowStart.secsTo(now()) >= 60)
        f = Failures{0, now()};
    ++f.count;
}

ApiResult ShopService::login(const QJsonObject &body, const QHostAddress &peer)
{
    const QJsonValue emailValue = body.value(QStringLiteral("email"));
    const QJsonValue passwordValue = body.value(QStringLiteral("password"));
    if (!emailValue.isString() || !passwordValue.isString())
        return badRequest(QStringLiteral("email and password are required strings"));
    const QString email = emailValue.toString().trimmed().toLower();
    const QString key = peer.toString() + QLatin1Char('|') + email;
    if (loginRateLimited(key))
        return ApiResult::error(429, QStringLiteral("rate_limited"),
                                QStringLiteral("too many failed sign-ins; wait a minute and try again"));
    const std::optional<StaffAccount> account = m_repository.staffByEmail(email);
    if (!account || !Credentials::verifyPassword(account->passwordHash, passwordValue.toString())) {
        recordLoginFailure(key);
        return ApiResult::error(401, QStringLiteral("invalid_credentials"),
                                QStringLiteral("wrong email or password"));
    }
    m_loginFailures.remove(key);
    const QString token = Credentials::newToken();
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO tokens(token_hash, staff_id, shop_id, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(Credentials::tokenHash(token));
    q.addBindValue(account->staff.id);
    q.addBindValue(account->shopId);
    q.addBindValue(now().toMSecsSinceEpoch());
    if (!m_db.exec(q))
        return unavailable();
    const std::optional<Shop> shop = m_repository.shop(account->shopId);
    if (!shop)
        return unavailable();
    return ApiResult::object({{QStringLiteral("token"), token},
                              {QStringLiteral("staff"), json::encode(account->staff)},
                              {QStringLiteral("shop"), json::encode(*shop)}});
}

ApiResult ShopService::logout(const QString &token)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(Credentials::tokenHash(token));
    if (!m_db.exec(q))
        return unavailable();
    return ApiResult::object({{QStringLiteral("signed_out"), true}});
}

std::optional<StaffAccount> ShopService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT staff_id FROM tokens WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(Credentials::tokenHash(token));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    const qint64 staffId = q.value(0).toLongLong();
    q.finish();
    return m_repository.staffById(staffId);
}

ApiResult ShopService::sync(const StaffAccount &staff, const QString &sinceText, const QString &limitText)
{
    bool ok = true;
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return badRequest(QStringLiteral("since must be a non-negative integer"));
    const int limit = limitText.isEmpty() ? EventLog::MaxPage : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return badRequest(QStringLiteral("limit must be a positive integer"));
    const std::optional<EventLog::Page> page = m_events.read(staff.shopId, since, limit, false);
    if (!page)
        return unavailable();
    QByteArray body = "{\"events\":[";
    for (qsizetype i = 0; i < page->frames.size(); ++i) {
        if (i > 0)
            body += ',';
        body += page->frames.at(i);
    }
    body += "],\"has_more\":" + QByteArray(page->hasMore ? "true" : "false") +
            ",\"next_since\":" + QByteArray::number(page->nextSince) +
            ",\"email_replies\":" + QByteArray(m_email.outgoing ? "true" : "false") + '}';
    return ApiResult::json(std::move(body));
}

ApiResult ShopService::insertMessageLocked(qint64 shopId, Message message, Conversation conversation,
                                           QList<ServerEvent> &out)
{
    const std::optional<qint64> id = m_events.nextId();
    if (!id)
        return unavailable();
    message.id = *id;
    message.createdAt = now();
    if (!m_repository.insertMessage(shopId, message))
        return unavailable();
    conversation.lastActivityAt = message.createdAt;
    if (message.author == MessageAuthor::Customer) {
        conversation.unread = true;
        conversation.status = ConversationStatus::Open; // a customer writing again reopens the conversation
    }
    if (!m_repository.saveConversation(shopId, conversation) ||
        !appendEvent(shopId, QStringLiteral("message.created"), json::encode(message), out) ||
        !appendEvent(shopId, QStringLiteral("conversation.upserted"), json::encode(conversation), out))
        return unavailable();
    return ApiResult::object(json::encode(message), 201);
}

ApiResult ShopService::postMessage(const StaffAccount &staff, qint64 conversationId, const QJsonObject &body)
{
    const QJsonValue clientIdValue = body.value(QStringLiteral("client_id"));
    if (!clientIdValue.isString() || QUuid::fromString(clientIdValue.toString()).isNull())
        return badRequest(QStringLiteral("client_id must be a UUID string"));
    const QString clientId = QUuid::fromString(clientIdValue.toString()).toString(QUuid::WithoutBraces);
    const QJsonValue kindValue = body.value(QStringLiteral("kind"));
    const QString kind = kindValue.isUndefined() ? QStringLiteral("text") : kindValue.toString();
    QString error;
    const std::optional<QString> text =
        optionalString(body, QStringLiteral("body"), MaxMessageLength, &error);
    if (!text)
        return badRequest(error);

    Message message;
    message.conversationId = conversationId;
    message.clientId = clientId;
    message.author = MessageAuthor::Staff;
    message.staffId = staff.staff.id;
    message.body = *text;
    message.delivery = DeliveryState::Sent;
    const qint64 shopId = staff.shopId;

    if (kind == QLatin1String("text")) {
        message.kind = MessageKind::Text;
        if (message.body.trimmed().isEmpty())
            return badRequest(QStringLiteral("a text message needs a body"));
    } else if (kind == QLatin1String("products")) {
        message.kind = MessageKind::Products;
        const QJsonValue ids = body.value(QStringLiteral("product_ids"));
        if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > 3)
            return unprocessable(QStringLiteral("invalid_products"),
                                 QStringLiteral("share between 1 and 3 products (product_ids)"));
        for (const QJsonValue &value : ids.toArray()) {
            const std::optional<qint64> productId = positiveId(value);
            if (!productId)
                return badRequest(QStringLiteral("product_ids must hold product ids"));
            const std::optional<Product> product = m_repository.product(shopId, *productId);
            if (!product || !product->publishedOnlineStore)
                return unprocessable(
                    QStringLiteral("product_not_published"),
                    QStringLiteral("product %1 is not published to the online store").arg(*productId));
            const Money price =
                product->variants.isEmpty() ? Money{0, QString()} : product->variants.constFirst().price;
            message.products.append(
                SharedProduct{product->id, product->title, price, product->imageUrl, product->url});
        }
    } else if (kind == QLatin1String("discount")) {
        message.kind = MessageKind::Discount;
        const QJsonValue code = body.value(QStringLiteral("discount_code"));
        if (!code.isString() || code.toString().isEmpty())
            return badRequest(QStringLiteral("discount_code is required"));
        const std::optional<DiscountCode> discount = m_repository.discount(shopId, code.toString());
        if (!discount)
            return unprocessable(QStringLiteral("unknown_discount"),
                                 QStringLiteral("there is no discount code %1").arg(code.toString()));
        if (!discount->active)
            return unprocessable(
                QStringLiteral("discount_inactive"),
                QStringLiteral("The discount code %1 is not active. Update the discount in the shop "
                               "admin before sharing it.")
                    .arg(discount->code));
        message.discountCode = discount->code;
        message.discountSummary = discount->summary;
    } else if (kind == QLatin1String("image")) {
        message.kind = MessageKind::Image;
        const QJsonValue imageId = body.value(QStringLiteral("image_id"));
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM media WHERE shop_id = ? AND id = ?"));
        q.addBindValue(shopId);
        q.addBindValue(imageId.toString());
        const bool known = imageId.isString() && m_db.exec(q) && q.next();
        q.finish();
        if (!known)
            return unprocessable(QStringLiteral("unknown_image"),
                                 QStringLiteral("upload the image first (image_id)"));
        message.imageId = imageId.toString();
        message.imageUrl = QStringLiteral("/media/") + message.imageId;
    } else {
        return badRequest(QStringLiteral("kind must be text, products, discount or image"));
    }

    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(shopId))
        return unavailable();
    if (std::optional<Message> existing = m_repository.messageByClientId(shopId, clientId)) {
        if (existing->conversationId != conversationId)
            return ApiResult::error(409, QStringLiteral("client_id_reused"),
                                    QStringLiteral("client_id was already used in another conversation"));
        return ApiResult::object(json::encode(*existing), 200);
    }
    const std::optional<Conversation> conversation = m_repository.conversation(shopId, conversationId);
    if (!conversation)
        return notFound(QStringLiteral("conversation"));
    // A customer who is not in the store (no chat socket) gets the reply by mail too, when mail is set up.
    std::optional<Customer> customer;
    if (m_email.outgoing) {
        customer = m_repository.customer(shopId, conversation->customerId);
        if (customer && !customer->online && validEmail(customer->email.trimmed().toLower()))
            message.delivery = DeliveryState::Pending;
    }
    QList<ServerEvent> events;
    ApiResult result = insertMessageLocked(shopId, message, *conversation, events);
    const bool queued = result.ok() && message.delivery == DeliveryState::Pending;
    if (queued &&
        !enqueueEmailLocked(shopId, json::decodeMessage(QJsonValue(result.body)).value(), *customer))
        result = unavailable();
    if (!result.ok() || !commit(tx, shopId, events))
        return result.ok() ? unavailable() : result;
    // Crash tests: the message is stored, its answer never leaves (the client must retry without a
    // duplicate).
    CrashPoint::reach("server.message.after-commit");
    announce(shopId, events);
    if (queued)
        emit emailQueued();
    return result;
}

bool ShopService::enqueueEmailLocked(qint64 shopId, const Message &message, const Customer &customer)
{
    const std::optional<Shop> shop = m_repository.shop(shopId);
    if (!shop)
        return false;
    EmailContent content;
    content.shop = *shop;
    content.customer = customer;
    content.reply = message;
    QList<Message> newestFirst;
    if (!m_db.run(QStringLiteral(
                      "SELECT payload FROM messages WHERE shop_id = ? AND conversation_id = ? AND id <> ? "
                      "ORDER BY created_at DESC, id DESC LIMIT ?"),
                  {shopId, message.conversationId, message.id, EmailComposer::MaxPreviousMessages},
                  [&](const QSqlQuery &q) {
                      const Decoded<Message> decoded = json::decodeMessage(
                          QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
                      if (decoded)
                          newestFirst.append(decoded.value());
                  }))
        return false;
    std::reverse(newestFirst.begin(), newestFirst.end());
    content.previous = newestFirst;
    const QDateTime since = now().addDays(-EmailComposer::RecentOrderDays);
    for (const Order &order : m_repository.orders(shopId, customer.id)) {
        if (order.placedAt >= since)
            content.orders.append(order);
    }
    std::sort(content.orders.begin(), content.orders.end(),
              [](const Order &a, const Order &b) { return a.placedAt > b.placedAt; });
    content.fromAddress = m_email.fromAddress;
    content.replyTo = m_email.replyAddress.make(message.conversationId);
    content.date = now();
    const QString domain = m_email.fromAddress.section(QLatin1Char('@'), 1);
    content.messageId = QStringLiteral("message-%1.%2@%3")
                            .arg(message.id)
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(12), domain);
    const QByteArray mail = EmailComposer::compose(content);
    const std::optional<qint64> id = m_events.nextId();
    if (!id)
        return false;
    return m_db.run(
        QStringLiteral("INSERT INTO email_queue(id, shop_id, message_id, sender, recipient, content, "
                       "status, attempts, next_attempt_at, locked_until, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, 0, ?)"),
        {*id, shopId, message.id, m_email.fromAddress, customer.email.trimmed(), QString::fromLatin1(mail),
         QDateTime::currentMSecsSinceEpoch(), now().toMSecsSinceEpoch()});
}

bool ShopService::finishEmail(qint64 shopId, qint64 messageId, DeliveryState state, const QString &reason,
                              const std::function<bool()> &inTransaction)
{
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(shopId))
        return false;
    QList<ServerEvent> events;
    if (std::optional<Message> message = m_repository.message(shopId, messageId)) {
        message->delivery = state;
        message->failureReason = state == DeliveryState::Failed ? reason : QString();
        if (!m_repository.updateMessage(shopId, *message) ||
            !appendEvent(shopId, QStringLiteral("message.updated"), json::encode(*message), events))
            return false;
    }
    if (!inTransaction() || !commit(tx, shopId, events))
        return false;
    announce(shopId, events);
    return true;
}

ApiResult ShopService::inboundEmail(const QString &secret, const QByteArray &raw)
{
    if (m_email.inboundSecret.isEmpty())
        return ApiResult::error(
            403, QStringLiteral("inbound_disabled"),
            QStringLiteral("inbound email is not enabled on this server (--inbound-secret-file)"));
    const QByteArray given = secret.toUtf8();
    unsigned char diff = given.size() == m_email.inboundSecret.size() ? 0 : 1;
    for (qsizetype i = 0; i < given.size() && i < m_email.inboundSecret.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ m_email.inboundSecret.at(i));
    if (given.isEmpty() || diff != 0)
        return ApiResult::error(
            401, QStringLiteral("unauthorized"),
            QStringLiteral("the inbound secret is required: Authorization: Bearer <secret>"));
    if (raw.size() > MaxInboundEmailBytes)
        return ApiResult::error(413, QStringLiteral("too_large"),
                                QStringLiteral("mails may be at most 10 MiB"));
    QString error;
    const std::optional<MimeMessage> mail = MimeMessage::parse(raw, &error);
    if (!mail)
        return ApiResult::error(400, QStringLiteral("malformed_email"),
                                QStringLiteral("the mail cannot be read: %1").arg(error));
    qint64 conversationId = 0;
    bool found = false;
    bool forged = false;
    const QStringList recipients = mail->addresses({"delivered-to", "x-original-to", "to", "cc"});
    for (const QString &address : recipients) {
        qint64 id = 0;
        const ReplyAddress::Match match = m_email.replyAddress.check(address, &id);
        if (match == ReplyAddress::Match::Valid) {
            conversationId = id;
            found = true;
            break;
        }
        forged = forged || match == ReplyAddress::Match::BadToken;
    }
    if (!found && forged)
        return ApiResult::error(403, QStringLiteral("invalid_reply_address"),
                                QStringLiteral("the reply address's token does not match its conversation"));
    if (!found)
        return ApiResult::error(404, QStringLiteral("unknown_recipient"),
                                QStringLiteral("no reply address of this server among the recipients "
                                               "(Delivered-To, X-Original-To, To, Cc)"));
    if (mail->text().isNull())
        return ApiResult::error(422, QStringLiteral("no_text"),
                                QStringLiteral("the mail has no text/plain or text/html part"));
    QString text = ReplyExtractor::extract(mail->text());
    if (text.trimmed().isEmpty())
        return ApiResult::error(
            422, QStringLiteral("empty_reply"),
            QStringLiteral("the mail holds no new text (only quoted history or a signature)"));
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength - 1) + QChar(0x2026);
    qint64 shopId = 0;
    std::optional<Conversation> conversation;
    for (const Shop &shop : m_repository.shops()) {
        conversation = m_repository.conversation(shop.id, conversationId);
        if (conversation) {
            shopId = shop.id;
            break;
        }
    }
    if (!conversation)
        return ApiResult::error(404, QStringLiteral("unknown_conversation"),
                                QStringLiteral("conversation %1 does not exist").arg(conversationId));
    // The same mail delivered twice (relays retry) is one message: its client_id derives from Message-ID.
    const QString messageIdHeader = mail->header("message-id").trimmed();
    static const QUuid mailNamespace(QStringLiteral("6b1f3c52-3f0e-4f5e-9a57-1c1f6e0d7a10"));
    const QString clientId =
        (messageIdHeader.isEmpty() ? QUuid::createUuid()
                                   : QUuid::createUuidV5(mailNamespace, messageIdHeader + QLatin1Char('|') +
                                                                            QString::number(conversationId)))
            .toString(QUuid::WithoutBraces);
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(shopId))
        return unavailable();
    if (std::optional<Message> existing = m_repository.messageByClientId(shopId, clientId))
        return ApiResult::object(json::encode(*existing), 200);
    conversation = m_repository.conversation(shopId, conversationId);
    if (!conversation)
        return unavailable();
    Message message;
    message.conversationId = conversationId;
    message.clientId = clientId;
    message.author = MessageAuthor::Customer;
    message.kind = MessageKind::Text;
    message.body = text;
    message.delivery = DeliveryState::Sent;
    QList<ServerEvent> events;
    bool firstMessage = false;
    if (!m_db.run(
            QStringLiteral(
                "SELECT COUNT(*) FROM messages WHERE shop_id = ? AND conversation_id = ? AND author = ?"),
            {shopId, conversationId, QStringLiteral("customer")},
            [&](const QSqlQuery &q) { firstMessage = q.value(0).toLongLong() == 0; }))
        return unavailable();
    ApiResult result = insertMessageLocked(shopId, message, *conversation, events);
    if (result.ok() && firstMessage) {
        bool added = false;
        const std::optional<Conversation> updated = m_repository.conversation(shopId, conversationId);
        const ApiResult automated =
            updated ? automatedReplyLocked(shopId, *updated, events, &added) : unavailable();
        if (!automated.ok())
            result = automated;
    }
    if (!result.ok() || !commit(tx, shopId, events))
        return result.ok() ? unavailable() : result;
    announce(shopId, events);
    return result;
}

ApiResult ShopService::automatedReplyLocked(qint64 shopId, const Conversation &conversation,
                                            QList<ServerEvent> &out, bool *added)
{
    *added = false;
    const std::optional<Shop> shop = m_repository.shop(shopId);
    if (!shop)
        return unavailable();
    const QJsonObject settings = m_repository.settings(shopId);
    const bool open =
        BusinessHours::isOpen(settings.value(QStringLiteral("business_hours")), shop->timeZone, now());
    const QString text =
        settings.value(open ? QStringLiteral("follow_up") : QStringLiteral("away")).toString();
    if (text.trimmed().isEmpty())
        return ApiResult::object({});
    Message message;
    message.conversationId = conversation.id;
    message.kind = MessageKind::System;
    message.author = MessageAuthor::System;
    message.body = text;
    message.automated = open ? AutomatedReply::FollowUp : AutomatedReply::Away;
    message.delivery = DeliveryState::Sent;
    const ApiResult result = insertMessageLocked(shopId, message, conversation, out);
    *added = result.ok();
    return result;
}

ApiResult ShopService::patchConversation(const StaffAccount &staff, qint64 conversationId,
                                         const QJsonObject &body)
{
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(staff.shopId))
        return unavailable();
    std::optional<Conversation> conversation = m_repository.conversation(staff.shopId, conversationId);
    if (!conversation)
        return notFound(QStringLiteral("conversation"));
    if (body.contains(QStringLiteral("status"))) {
        const std::optional<ConversationStatus> status =
            ConversationStatuses.fromWire(body.value(QStringLiteral("status")).toString());
        if (!status)
            return badRequest(QStringLiteral("status must be \"open\" or \"closed\""));
        conversation->status = *status;
    }
    if (body.contains(QStringLiteral("unread"))) {
        if (!body.value(QStringLiteral("unread")).isBool())
            return badRequest(QStringLiteral("unread must be a boolean"));
        conversation->unread = body.value(QStringLiteral("unread")).toBool();
    }
    if (body.contains(QStringLiteral("assignee_id"))) {
        const QJsonValue assignee = body.value(QStringLiteral("assignee_id"));
        if (assignee.isNull()) {
            conversation->assigneeId.reset();
        } else {
            const std::optional<qint64> id = positiveId(assignee);
            if (!id)
                return badRequest(QStringLiteral("assignee_id must be a staff id or null"));
            const std::optional<StaffAccount> member = m_repository.staffById(*id);
            if (!member || member->shopId != staff.shopId || !member->staff.chatPermission)
                return unprocessable(
                    QStringLiteral("assignee_without_chat_permission"),
                    QStringLiteral("conversations can only be assigned to staff with chat permission"));
            conversation->assigneeId = *id;
        }
    }
    QList<ServerEvent> events;
    if (!m_repository.saveConversation(staff.shopId, *conversation) ||
        !appendEvent(staff.shopId, QStringLiteral("conversation.upserted"), json::encode(*conversation),
                     events) ||
        !commit(tx, staff.shopId, events))
        return unavailable();
    announce(staff.shopId, events);
    return ApiResult::object(json::encode(*conversation));
}

ApiResult ShopService::putNote(const StaffAccount &staff, qint64 customerId, const QJsonObject &body)
{
    QString error;
    const std::optional<QString> note =
        optionalString(body, QStringLiteral("note"), MaxMessageLength, &error);
    if (!note || !body.contains(QStringLiteral("note")))
        return badRequest(error.isEmpty() ? QStringLiteral("note is required") : error);
    // When the client says when the merchant wrote the note (an edit queued offline arrives late), a note
    // saved after that by someone else is newer and wins.
    std::optional<QDateTime> editedAt;
    if (body.contains(QStringLiteral("edited_at")) && !body.value(QStringLiteral("edited_at")).isNull()) {
        const Decoded<QDateTime> parsed =
            json::parseTime(body.value(QStringLiteral("edited_at")), QStringLiteral("edited_at"));
        if (!parsed)
            return badRequest(QStringLiteral("edited_at must be a UTC time like 2026-11-24T15:04:05.000Z"));
        editedAt = parsed.value();
    }
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(staff.shopId))
        return unavailable();
    std::optional<Customer> customer = m_repository.customer(staff.shopId, customerId);
    if (!customer)
        return notFound(QStringLiteral("customer"));
    if (editedAt && customer->noteUpdatedAt.isValid() && customer->noteUpdatedAt > *editedAt) {
        // The kept customer comes along, so the client shows the note that won at once.
        ApiResult refused = ApiResult::error(409, QStringLiteral("conflict"),
                                             QStringLiteral("a newer note was saved at %1 and was kept")
                                                 .arg(json::formatTime(customer->noteUpdatedAt)));
        refused.body.insert(QStringLiteral("customer"), json::encode(*customer));
        return refused;
    }
    customer->note = *note;
    customer->noteUpdatedAt = now();
    QList<ServerEvent> events;
    if (!m_repository.saveCustomer(staff.shopId, *customer) ||
        !appendEvent(staff.shopId, QStringLiteral("customer.upserted"), json::encode(*customer), events) ||
        !commit(tx, staff.shopId, events))
        return unavailable();
    announce(staff.shopId, events);
    return ApiResult::object(json::encode(*customer));
}

ApiResult ShopService::products(const StaffAccount &staff, const QString &query, const QString &limitText)
{
    bool ok = true;
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return badRequest(QStringLiteral("limit must be a positive integer"));
    QJsonArray items;
    for (const Product &product :
         m_repository.publishedProducts(staff.shopId, query.left(200), qMin(limit, 200)))
        items.append(json::encode(product));
    return ApiResult::list(items);
}

ApiResult ShopService::discounts(const StaffAccount &staff, const QString &query)
{
    QJsonArray items;
    for (const DiscountCode &discount : m_repository.discounts(staff.shopId, query.left(200)))
        items.append(json::encode(discount));
    return ApiResult::list(items);
}

ApiResult ShopService::staffList(const StaffAccount &staff)
{
    QJsonArray items;
    for (const Staff &member : m_repository.staff(staff.shopId, true))
        items.append(json::encode(member));
    return ApiResult::list(items);
}

ApiResult ShopService::customerOrders(const StaffAccount &staff, qint64 customerId)
{
    if (!m_repository.customer(staff.shopId, customerId))
        return notFound(QStringLiteral("customer"));
    QJsonArray items;
    for (const Order &order : m_repository.orders(staff.shopId, customerId))
        items.append(json::encode(order));
    return ApiResult::list(items);
}

ApiResult ShopService::uploadMedia(const StaffAccount &staff, const QByteArray &bytes)
{
    if (bytes.size() > MaxImageBytes)
        return ApiResult::error(413, QStringLiteral("too_large"),
                                QStringLiteral("images may be at most 10 MiB"));
    const QString type = imageMimeType(bytes);
    if (type.isEmpty())
        return ApiResult::error(415, QStringLiteral("unsupported_image"),
                                QStringLiteral("only PNG, JPEG, GIF and WebP images can be sent"));
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    QDir().mkpath(m_mediaDirectory);
    QSaveFile file(QDir(m_mediaDirectory).filePath(id));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return unavailable();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO media(id, shop_id, content_type, size, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(staff.shopId);
    q.addBindValue(type);
    q.addBindValue(bytes.size());
    q.addBindValue(now().toMSecsSinceEpoch());
    if (!m_db.exec(q)) {
        QFile::remove(QDir(m_mediaDirectory).filePath(id));
        return unavailable();
    }
    return ApiResult::object(
        {{QStringLiteral("image_id"), id}, {QStringLiteral("url"), QStringLiteral("/media/") + id}}, 201);
}

ApiResult ShopService::settings(qint64 shopId)
{
    return ApiResult::object(m_repository.settings(shopId));
}

ApiResult ShopService::putSettings(const StaffAccount &staff, const QJsonObject &body)
{
    // Read, merge and write under the shop lock, so two concurrent edits of different keys both survive.
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(staff.shopId))
        return unavailable();
    QJsonObject settings = m_repository.settings(staff.shopId);
    static const QStringList textKeys{QStringLiteral("greeting"), QStringLiteral("follow_up"),
                                      QStringLiteral("away")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("visible")) {
            if (!value.isBool())
                return badRequest(QStringLiteral("visible must be a boolean"));
        } else if (key == QLatin1String("position")) {
            if (value.toString() != QLatin1String("bottom-right") &&
                value.toString() != QLatin1String("bottom-left"))
                return badRequest(QStringLiteral("position must be \"bottom-right\" or \"bottom-left\""));
        } else if (key == QLatin1String("color")) {
            static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            if (!colour.match(value.toString()).hasMatch())
                return badRequest(QStringLiteral("color must look like #2f6f4e"));
        } else if (textKeys.contains(key)) {
            if (!value.isString() || value.toString().size() > 1000)
                return badRequest(QStringLiteral("%1 must be a string of at most 1000 characters").arg(key));
        } else if (key == QLatin1String("business_hours")) {
            if (!value.isObject() && !value.isNull())
                return badRequest(QStringLiteral("business_hours must be an object"));
            const QString problem = BusinessHours::problem(value.toObject());
            if (!problem.isEmpty())
                return badRequest(problem);
        } else {
            return badRequest(QStringLiteral("unknown setting %1").arg(key));
        }
        settings.insert(key, value);
    }
    QList<ServerEvent> events;
    if (!m_repository.setSettings(staff.shopId, settings) ||
        !appendEvent(staff.shopId, QStringLiteral("settings.updated"), settings, events) ||
        !commit(tx, staff.shopId, events))
        return unavailable();
    announce(staff.shopId, events);
    return ApiResult::object(settings);
}

ApiResult ShopService::savedReplies(const StaffAccount &staff)
{
    QJsonArray items;
    for (const SavedReply &reply : m_repository.savedReplies(staff.shopId))
        items.append(json::encode(reply));
    return ApiResult::object({{QStringLiteral("saved_replies"), items}});
}

ApiResult ShopService::createSavedReply(const StaffAccount &staff, const QJsonObject &body)
{
    SavedReply reply;
    QString clientId;
    if (std::optional<ApiResult> refused = readSavedReply(body, true, reply, clientId))
        return *refused;
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(staff.shopId))
        return unavailable();
    // A retry of a create whose answer was lost gets the reply it created, not a conflict with itself.
    if (!clientId.isEmpty()) {
        if (const std::optional<SavedReply> existing =
                m_repository.savedReplyByClientId(staff.shopId, clientId))
            return ApiResult::object(json::encode(*existing), 200);
    }
    if (m_repository.savedReplyByShortcut(staff.shopId, reply.shortcut))
        return shortcutTaken(reply.shortcut);
    const std::optional<qint64> id = m_events.nextId();
    if (!id)
        return unavailable();
    reply.id = *id;
    reply.updatedAt = now();
    QList<ServerEvent> events;
    if (!m_repository.saveSavedReply(staff.shopId, reply, clientId) ||
        !appendEvent(staff.shopId, QStringLiteral("saved_reply.upserted"), json::encode(reply), events) ||
        !commit(tx, staff.shopId, events))
        return unavailable();
    announce(staff.shopId, events);
    return ApiResult::object(json::encode(reply), 201);
}

ApiResult ShopService::updateSavedReply(const StaffAccount &staff, qint64 id, const QJsonObject &body)
{
    SavedReply reply;
    QString clientId;
    if (std::optional<ApiResult> refused = readSavedReply(body, false, reply, clientId))
        return *refused;
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(staff.shopId))
        return unavailable();
    if (!m_repository.savedReply(staff.shopId, id))
        return notFound(QStringLiteral("saved reply"));
    const std::optional<SavedReply> owner = m_repository.savedReplyByShortcut(staff.shopId, reply.shortcut);
    if (owner && owner->id != id)
        return shortcutTaken(reply.shortcut);
    reply.id = id;
    reply.updatedAt = now();
    QList<ServerEvent> events;
    if (!m_repository.saveSavedReply(staff.shopId, reply) ||
        !appendEvent(staff.shopId, QStringLiteral("saved_reply.upserted"), json::encode(reply), events) ||
        !commit(tx, staff.shopId, events))
        return unavailable();
    announce(staff.shopId, events);
    return ApiResult::object(json::encode(reply));
}

ApiResult ShopService::deleteSavedReply(const StaffAccount &staff, qint64 id)
{
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(staff.shopId))
        return unavailable();
    if (!m_repository.savedReply(staff.shopId, id))
        return notFound(QStringLiteral("saved reply"));
    QList<ServerEvent> events;
    if (!m_repository.deleteSavedReply(staff.shopId, id) ||
        !appendEvent(staff.shopId, QStringLiteral("saved_reply.deleted"),
                     json::encode(json::SavedReplyDeletion{id}), events) ||
        !commit(tx, staff.shopId, events))
        return unavailable();
    announce(staff.shopId, events);
    return ApiResult::object({{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
}

ApiResult ShopService::createSession(qint64 shopId, const QJsonObject &body)
{
    QString error;
    const std::optional<QString> name = optionalString(body, QStringLiteral("name"), 200, &error);
    const std::optional<QString> email =
        name ? optionalString(body, QStringLiteral("email"), 254, &error) : std::nullopt;
    if (!name || !email)
        return badRequest(error);
    const QString normalized = email->trimmed().toLower();
    if (!validEmail(normalized))
        return unprocessable(QStringLiteral("invalid_email"), QStringLiteral("enter a valid email address"));
    const std::optional<Shop> shop = m_repository.shop(shopId);
    if (!shop)
        return notFound(QStringLiteral("shop"));

    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(shopId))
        return unavailable();
    QList<ServerEvent> events;
    std::optional<Customer> customer = m_repository.customerByEmail(shopId, normalized);
    const bool resumed = customer.has_value();
    if (!customer) {
        const std::optional<qint64> id = m_events.nextId();
        if (!id)
            return unavailable();
        Customer created;
        created.id = *id;
        created.email = email->trimmed();
        created.lifetimeSpend = Money{0, shop->currency};
        do {
            created.visitorName =
                QStringLiteral("Visitor %1").arg(QRandomGenerator::global()->bounded(1000, 100000));
        } while (m_repository.visitorNameTaken(shopId, created.visitorName));
        customer = created;
    }
    if (!name->trimmed().isEmpty())
        customer->name = name->trimmed();
    if (!m_repository.saveCustomer(shopId, *customer) ||
        !appendEvent(shopId, QStringLiteral("customer.upserted"), json::encode(*customer), events))
        return unavailable();

    std::optional<Conversation> conversation = m_repository.latestConversation(shopId, customer->id);
    if (!conversation) {
        const std::optional<qint64> id = m_events.nextId();
        if (!id)
            return unavailable();
        Conversation created;
        created.id = *id;
        created.customerId = customer->id;
        created.platform = QStringLiteral("online_store");
        created.startedAt = now();
        created.lastActivityAt = created.startedAt;
        if (!m_repository.saveConversation(shopId, created) ||
            !appendEvent(shopId, QStringLiteral("conversation.upserted"), json::encode(created), events))
            return unavailable();
        conversation = created;
    }
    const QString token = Credentials::newToken();
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("INSERT INTO storefront_sessions(token_hash, shop_id, customer_id, "
                                    "conversation_id, created_at, history_from) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Credentials::tokenHash(token));
    q.addBindValue(shopId);
    q.addBindValue(customer->id);
    q.addBindValue(conversation->id);
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(resumed ? now().toMSecsSinceEpoch() : qint64(0));
    if (!m_db.exec(q) || !commit(tx, shopId, events))
        return unavailable();
    announce(shopId, events);
    return ApiResult::object({{QStringLiteral("session_token"), token},
                              {QStringLiteral("conversation_id"), conversation->id},
                              {QStringLiteral("customer_id"), customer->id},
                              {QStringLiteral("visitor_name"), customer->visitorName},
                              {QStringLiteral("name"), customer->name}},
                             201);
}

std::optional<StorefrontSession> ShopService::session(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT shop_id, customer_id, conversation_id, history_from "
                                               "FROM storefront_sessions WHERE token_hash = ?"));
    q.addBindValue(Credentials::tokenHash(token));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    StorefrontSession s{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong()};
    q.finish();
    return s;
}

ApiResult ShopService::customerMessage(const StorefrontSession &session, const QJsonObject &body)
{
    return customerMessages({{session, body}}).constFirst();
}

QList<ApiResult>
ShopService::customerMessages(const QList<std::pair<StorefrontSession, QJsonObject>> &incoming)
{
    // Validation first, per message; then one transaction per shop for everything that passed, so a burst
    // of chat messages costs one lock, one seq bump and one commit instead of one each.
    QList<ApiResult> results(incoming.size());
    QList<Message> messages(incoming.size());
    QMap<qint64, QList<qsizetype>> byShop;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const auto &[session, body] = incoming.at(i);
        const QJsonValue clientIdValue = body.value(QStringLiteral("client_id"));
        QString error;
        const std::optional<QString> text =
            optionalString(body, QStringLiteral("body"), MaxMessageLength, &error);
        if (!clientIdValue.isString() || QUuid::fromString(clientIdValue.toString()).isNull())
            results[i] = badRequest(QStringLiteral("client_id must be a UUID string"));
        else if (!text)
            results[i] = badRequest(error);
        else if (text->trimmed().isEmpty())
            results[i] = badRequest(QStringLiteral("a message needs a body"));
        if (!results.at(i).ok())
            continue;
        Message &message = messages[i];
        message.conversationId = session.conversationId;
        message.clientId = QUuid::fromString(clientIdValue.toString()).toString(QUuid::WithoutBraces);
        message.author = MessageAuthor::Customer;
        message.kind = MessageKind::Text;
        message.body = *text;
        message.delivery = DeliveryState::Sent;
        byShop[session.shopId].append(i);
    }
    for (auto shop = byShop.cbegin(); shop != byShop.cend(); ++shop) {
        const qint64 shopId = shop.key();
        ServerTransaction tx(m_db);
        if (!tx.isActive() || !lockShop(shopId)) {
            for (qsizetype i : shop.value())
                results[i] = unavailable();
            continue;
        }
        QList<ServerEvent> events;
        QHash<QString, qsizetype> inBatch;
        QSet<qint64> answered; // conversations whose first-message check is done in this batch
        bool failed = false;
        for (qsizetype i : shop.value()) {
            const StorefrontSession &session = incoming.at(i).first;
            const Message &message = messages.at(i);
            std::optional<Message> existing = m_repository.messageByClientId(shopId, message.clientId);
            if (!existing && inBatch.contains(message.clientId) &&
                results.at(inBatch.value(message.clientId)).ok())
                existing = messages.at(inBatch.value(message.clientId));
            if (existing) {
                results[i] = existing->conversationId != session.conversationId
                                 ? ApiResult::error(409, QStringLiteral("client_id_reused"),
                                                    QStringLiteral("client_id already used"))
                                 : ApiResult::object(json::encode(*existing), 200);
                continue;
            }
            const std::optional<Conversation> conversation =
                m_repository.conversation(shopId, session.conversationId);
            if (!conversation) {
                results[i] = notFound(QStringLiteral("conversation"));
                continue;
            }
            // The customer's first message of a conversation gets the follow-up (or away) message.
            bool first = false;
            if (!answered.contains(session.conversationId)) {
                answered.insert(session.conversationId);
                if (!m_db.run(QStringLiteral("SELECT COUNT(*) FROM messages WHERE shop_id = ? AND "
                                             "conversation_id = ? AND author = ?"),
                              {shopId, session.conversationId, QStringLiteral("customer")},
                              [&](const QSqlQuery &q) { first = q.value(0).toLongLong() == 0; })) {
                    failed = true;
                    break;
                }
            }
            results[i] = insertMessageLocked(shopId, message, *conversation, events);
            if (!results.at(i).ok()) {
                failed = true;
                break;
            }
            if (first) {
                bool added = false;
                const std::optional<Conversation> updated =
                    m_repository.conversation(shopId, session.conversationId);
                if (!updated || !automatedReplyLocked(shopId, *updated, events, &added).ok()) {
                    failed = true;
                    break;
                }
            }
            messages[i] = json::decodeMessage(QJsonValue(results.at(i).body)).value();
            inBatch.insert(message.clientId, i);
        }
        if (failed || !commit(tx, shopId, events)) {
            for (qsizetype i : shop.value()) {
                // Nothing was written: not the 201s, not the 200s of retries within this batch, and not
                // the messages after the failure (still the default 200 with an empty body).
                if (results.at(i).ok())
                    results[i] = unavailable();
            }
            continue;
        }
        announce(shopId, events);
    }
    return results;
}

ApiResult ShopService::cart(const StorefrontSession &session, const QJsonObject &body)
{
    const QString action = body.value(QStringLiteral("action")).toString();
    if (action != QLatin1String("add") && action != QLatin1String("remove") &&
        action != QLatin1String("apply_discount"))
        return badRequest(QStringLiteral("action must be add, remove or apply_discount"));
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(session.shopId))
        return unavailable();
    Cart cart = m_repository.cart(session.shopId, session.customerId).value_or(Cart{});
    cart.customerId = session.customerId;
    cart.updatedAt = now();
    QList<ServerEvent> events;

    if (action == QLatin1String("apply_discount")) {
        const std::optional<DiscountCode> discount =
            m_repository.discount(session.shopId, body.value(QStringLiteral("discount_code")).toString());
        if (!discount || !discount->active)
            return unprocessable(QStringLiteral("discount_inactive"),
                                 QStringLiteral("this discount code cannot be used"));
        cart.discountCode = discount->code;
        if (!m_repository.saveCart(session.shopId, cart) ||
            !appendEvent(session.shopId, QStringLiteral("cart.updated"), json::encode(cart), events) ||
            !commit(tx, session.shopId, events))
            return unavailable();
        announce(session.shopId, events);
        return ApiResult::object(json::encode(cart));
    }

    const std::optional<qint64> productId = positiveId(body.value(QStringLiteral("product_id")));
    const std::optional<qint64> variantId = positiveId(body.value(QStringLiteral("variant_id")));
    const QJsonValue quantityValue = body.value(QStringLiteral("quantity"));
    const int quantity = quantityValue.isUndefined() ? 1 : quantityValue.toInt(0);
    if (!productId || !variantId || quantity < 1 || quantity > 100)
        return badRequest(QStringLiteral("product_id, variant_id and a quantity of 1 to 100 are required"));
    const std::optional<Product> product = m_repository.product(session.shopId, *productId);
    if (!product || !product->publishedOnlineStore)
        return notFound(QStringLiteral("product"));
    const auto variant = std::find_if(product->variants.cbegin(), product->variants.cend(),
                                      [&](const Variant &v) { return v.id == *variantId; });
    if (variant == product->variants.cend())
        return notFound(QStringLiteral("variant"));

    const bool add = action == QLatin1String("add");
    auto line = std::find_if(cart.lines.begin(), cart.lines.end(),
                             [&](const CartLine &l) { return l.variantId == *variantId; });
    if (add) {
        if (line == cart.lines.end())
            cart.lines.append(CartLine{product->id, variant->id, product->title, variant->title, quantity,
                                       variant->price, variant->inventory});
        else
            line->quantity += quantity;
    } else {
        if (line == cart.lines.end())
            return unprocessable(QStringLiteral("not_in_cart"),
                                 QStringLiteral("that product is not in the cart"));
        line->quantity -= quantity;
        if (line->quantity <= 0)
            cart.lines.erase(line);
    }
    const std::optional<Conversation> conversation =
        m_repository.conversation(session.shopId, session.conversationId);
    if (!conversation)
        return notFound(QStringLiteral("conversation"));
    // The thread names the product only when the name is short enough to read at a glance.
    Message event;
    event.conversationId = session.conversationId;
    event.kind = MessageKind::CartEvent;
    event.author = MessageAuthor::System;
    event.cartAction = add ? CartAction::Add : CartAction::Remove;
    event.body = cartEventText(product->title, event.cartAction);
    event.cartProductTitle = product->title;
    event.delivery = DeliveryState::Sent;
    if (!m_repository.saveCart(session.shopId, cart) ||
        !appendEvent(session.shopId, QStringLiteral("cart.updated"), json::encode(cart), events))
        return unavailable();
    const ApiResult inserted = insertMessageLocked(session.shopId, event, *conversation, events);
    if (!inserted.ok() || !commit(tx, session.shopId, events))
        return inserted.ok() ? unavailable() : inserted;
    announce(session.shopId, events);
    return ApiResult::object(json::encode(cart));
}

ApiResult ShopService::orderStatus(qint64 shopId, const QJsonObject &body)
{
    const QString number = body.value(QStringLiteral("order_number")).toString().trimmed();
    const QString email = body.value(QStringLiteral("email")).toString().trimmed().toLower();
    if (number.isEmpty() || email.isEmpty() || number.size() > 40 || email.size() > 254)
        return badRequest(QStringLiteral("order_number and email are required"));
    const QString withHash = number.startsWith(QLatin1Char('#')) ? number : QLatin1Char('#') + number;
    const std::optional<Order> order = m_repository.orderByNumber(shopId, withHash);
    const std::optional<Customer> customer =
        order ? m_repository.customer(shopId, order->customerId) : std::optional<Customer>();
    // One answer for "no such order" and "not your order", so the lookup reveals nothing about other orders.
    if (!order || !customer || customer->email.trimmed().toLower() != email)
        return ApiResult::error(
            404, QStringLiteral("order_not_found"),
            QStringLiteral("We couldn't find an order with that number and email address."));
    QJsonObject result{{QStringLiteral("order_number"), order->number},
                       {QStringLiteral("fulfillment_status"), order->fulfillmentStatus},
                       {QStringLiteral("financial_status"), order->financialStatus}};
    if (!order->trackingUrl.isEmpty() && order->fulfillmentStatus != QLatin1String("unfulfilled"))
        result.insert(QStringLiteral("tracking_url"), order->trackingUrl);
    else
        result.insert(QStringLiteral("status_page_url"), order->statusPageUrl);
    return ApiResult::object(result);
}

bool ShopService::setPresence(qint64 shopId, qint64 customerId, bool online)
{
    ServerTransaction tx(m_db);
    if (!tx.isActive() || !lockShop(shopId))
        return false;
    std::optional<Customer> customer = m_repository.customer(shopId, customerId);
    if (!customer)
        return false;
    if (customer->online == online)
        return true;
    customer->online = online;
    QList<ServerEvent> events;
    if (!m_repository.saveCustomer(shopId, *customer) ||
        !appendEvent(shopId, QStringLiteral("presence.changed"),
                     json::encode(json::Presence{customerId, online}), events) ||
        !commit(tx, shopId, events))
        return false;
    announce(shopId, events);
    return true;
}

QJsonArray ShopService::conversationMessages(const StorefrontSession &session, int limit)
{
    QJsonArray items;
    // By time, not id: PostgreSQL ids come in per-process blocks, so they are not in time order.
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT payload FROM messages WHERE shop_id = ? AND conversation_id = ? "
                                    "AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(session.shopId);
    q.addBindValue(session.conversationId);
    q.addBindValue(session.historyFromMs);
    q.addBindValue(limit);
    if (!m_db.exec(q))
        return items;
    QList<QJsonObject> newestFirst;
    while (q.next())
        newestFirst.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        items.append(*it);
    return items;
}

} // namespace shopinbox::server
