#include "localactions.h"
#include "models/staffpermissions.h"
#include "storage/staffstore.h"

#include "api/shopapi.h"
#include "codec/jsoncodec.h"
#include "outboxsender.h"
#include "storage/cache.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/discountstore.h"
#include "storage/draftstore.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/productstore.h"
#include "storage/savedreplystore.h"
#include "storage/syncstatestore.h"
#include "storage/transactionguard.h"
#include "synclog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace shopinbox {

namespace {
QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

LocalActions::LocalActions(Cache &cache, OutboxSender *sender, qint64 staffId, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_sender(sender)
    , m_staffId(staffId)
    , m_clock(clock)
{
}

std::optional<qint64> LocalActions::queueMessage(qint64 conversationId, const QJsonObject &request,
                                                 Message echo)
{
    if (!allowed(StaffPermission::Chat))
        return std::nullopt;
    if (!m_cache.conversations().exists(conversationId)) {
        m_lastError = tr("This conversation is not in the cache.");
        return std::nullopt;
    }
    echo.conversationId = conversationId;
    echo.clientId = request.value(QStringLiteral("client_id")).toString();
    echo.author = MessageAuthor::Staff;
    echo.staffId = m_staffId;
    echo.createdAt = m_clock.nowUtc();
    echo.delivery = DeliveryState::Pending;

    TransactionGuard tx(m_cache.database());
    OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.action = echo.kind == MessageKind::Image ? OutboxAction::SendImage : OutboxAction::SendMessage;
    entry.payload = request;
    entry.clientId = echo.clientId;
    entry.createdAt = echo.createdAt;
    const std::optional<qint64> localId = tx.isActive() ? m_cache.messages().upsert(echo) : std::nullopt;
    // A text reply is what the composer held: its draft goes with it, or neither happens.
    const bool draftCleared =
        echo.kind != MessageKind::Text || m_cache.drafts().set(conversationId, QString(), 0);
    if (!localId || !draftCleared || !m_cache.outbox().enqueue(entry) ||
        !m_cache.conversations().noteMessage(echo) || !m_cache.messages().indexNewMessages() ||
        !tx.commit()) {
        m_lastError = tr("The message could not be saved: %1").arg(m_cache.database().lastConnectionError());
        return std::nullopt;
    }
    CacheChanges changes;
    changes.messages[conversationId].insert(*localId);
    changes.conversations.insert(conversationId);
    m_cache.publish(changes);
    if (m_sender)
        m_sender->kick();
    return localId;
}

std::optional<qint64> LocalActions::sendText(qint64 conversationId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_lastError = tr("Type a message first.");
        return std::nullopt;
    }
    if (text.size() > Message::MaxBodyLength) {
        m_lastError = tr("This reply is %L1 characters long; the limit is %L2. Shorten it to send it.")
                          .arg(text.size())
                          .arg(Message::MaxBodyLength);
        return std::nullopt;
    }
    const QString clientId = newClientId();
    Message echo;
    echo.kind = MessageKind::Text;
    echo.body = text;
    return queueMessage(conversationId,
                        {{QStringLiteral("client_id"), clientId},
                         {QStringLiteral("kind"), QStringLiteral("text")},
                         {QStringLiteral("body"), text}},
                        echo);
}

QString LocalActions::draft(qint64 conversationId)
{
    return m_cache.drafts().get(conversationId);
}

bool LocalActions::saveDraft(qint64 conversationId, const QString &text)
{
    if (!m_cache.drafts().set(conversationId, text, m_clock.nowUtc().toMSecsSinceEpoch())) {
        m_lastError = tr("The draft could not be saved: %1").arg(m_cache.database().lastConnectionError());
        return false;
    }
    return true;
}

std::optional<qint64> LocalActions::sendProducts(qint64 conversationId, const QList<qint64> &productIds,
                                                 const QString &text)
{
    if (productIds.isEmpty() || productIds.size() > 3) {
        m_lastError = tr("Share between one and three products.");
        return std::nullopt;
    }
    Message echo;
    echo.kind = MessageKind::Products;
    echo.body = text;
    QJsonArray ids;
    for (qint64 id : productIds) {
        const std::optional<Product> product = m_cache.products().get(id);
        if (!product || !product->publishedOnlineStore || product->variants.isEmpty()) {
            m_lastError = tr("Only products published to the online store can be shared.");
            return std::nullopt;
        }
        echo.products.append(SharedProduct{product->id, product->title, product->variants.constFirst().price,
                                           product->imageUrl, product->url});
        ids.append(id);
    }
    return queueMessage(conversationId,
                        {{QStringLiteral("client_id"), newClientId()},
                         {QStringLiteral("kind"), QStringLiteral("products")},
                         {QStringLiteral("product_ids"), ids},
                         {QStringLiteral("body"), text}},
                        echo);
}

std::optional<qint64> LocalActions::sendDiscount(qint64 conversationId, const QString &code,
                                                 const QString &text)
{
    const std::optional<DiscountCode> discount = m_cache.discounts().get(code);
    if (!discount) {
        m_lastError = tr("There is no discount code %1.").arg(code);
        return std::nullopt;
    }
    if (!discount->active) {
        m_lastError = tr("The discount code %1 is not active. Update the discount in the shop admin before "
                         "sharing it.")
                          .arg(discount->code);
        return std::nullopt;
    }
    Message echo;
    echo.kind = MessageKind::Discount;
    echo.body = text;
    echo.discountCode = discount->code;
    echo.discountSummary = discount->summary;
    return queueMessage(conversationId,
                        {{QStringLiteral("client_id"), newClientId()},
                         {QStringLiteral("kind"), QStringLiteral("discount")},
                         {QStringLiteral("discount_code"), discount->code},
                         {QStringLiteral("body"), text}},
                        echo);
}

std::optional<qint64> LocalActions::sendImage(qint64 conversationId, const QString &filePath)
{
    if (!allowed(StaffPermission::Chat))
        return std::nullopt;
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable()) {
        m_lastError = tr("The file %1 cannot be read.").arg(filePath);
        return std::nullopt;
    }
    if (info.size() > qint64{10} * 1024 * 1024) {
        m_lastError = tr("Images may be at most 10 MiB; %1 is %2 MiB.")
                          .arg(info.fileName())
                          .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1);
        return std::nullopt;
    }
    Message echo;
    echo.kind = MessageKind::Image;
    echo.imageUrl = QUrl::fromLocalFile(info.absoluteFilePath()).toString();
    return queueMessage(conversationId,
                        {{QStringLiteral("client_id"), newClientId()},
                         {QStringLiteral("kind"), QStringLiteral("image")},
                         {QStringLiteral("file"), info.absoluteFilePath()}},
                        echo);
}

bool LocalActions::queueConversationChange(qint64 conversationId, const QJsonObject &patch)
{
    if (!allowed(StaffPermission::Chat))
        return false;
    TransactionGuard tx(m_cache.database());
    OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.action = OutboxAction::PatchConversation;
    entry.payload = patch;
    entry.createdAt = m_clock.nowUtc();
    bool ok = tx.isActive() && m_cache.conversations().exists(conversationId);
    if (ok && patch.contains(QStringLiteral("status")))
        ok = m_cache.conversations().setStatus(
            conversationId, patch.value(QStringLiteral("status")).toString() == QLatin1String("closed")
                                ? ConversationStatus::Closed
                                : ConversationStatus::Open);
    if (ok && patch.contains(QStringLiteral("unread")))
        ok =
            m_cache.conversations().setUnread(conversationId, patch.value(QStringLiteral("unread")).toBool());
    if (ok && patch.contains(QStringLiteral("assignee_id"))) {
        const QJsonValue assignee = patch.value(QStringLiteral("assignee_id"));
        ok = m_cache.conversations().setAssignee(
            conversationId, assignee.isNull() ? std::nullopt : std::optional<qint64>(assignee.toInteger()));
    }
    if (!ok || !m_cache.outbox().enqueue(entry) || !tx.commit()) {
        m_lastError = tr("The change could not be saved: %1").arg(m_cache.database().lastConnectionError());
        return false;
    }
    CacheChanges changes;
    changes.conversations.insert(conversationId);
    m_cache.publish(changes);
    if (m_sender)
        m_sender->kick();
    return true;
}

bool LocalActions::setStatus(qint64 conversationId, ConversationStatus status)
{
    return queueConversationChange(
        conversationId,
        {{QStringLiteral("status"),
          status == ConversationStatus::Closed ? QStringLiteral("closed") : QStringLiteral("open")}});
}

bool LocalActions::markUnread(qint64 conversationId, bool unread)
{
    return queueConversationChange(conversationId, {{QStringLiteral("unread"), unread}});
}

bool LocalActions::assign(qint64 conversationId, std::optional<qint64> staffId)
{
    return queueConversationChange(
        conversationId, {{QStringLiteral("assignee_id"), staffId ? QJsonValue(*staffId) : QJsonValue()}});
}

bool LocalActions::saveNote(qint64 customerId, const QString &note)
{
    if (!allowed(StaffPermission::Chat))
        return false;
    TransactionGuard tx(m_cache.database());
    OutboxEntry entry;
    entry.action = OutboxAction::SaveNote;
    entry.createdAt = m_clock.nowUtc();
    entry.payload = {{QStringLiteral("customer_id"), customerId},
                     {QStringLiteral("note"), note},
                     {QStringLiteral("edited_at"), json::formatTime(entry.createdAt)}};
    if (!tx.isActive() || !m_cache.customers().setNote(customerId, note, entry.createdAt) ||
        !m_cache.outbox().enqueue(entry) || !tx.commit()) {
        m_lastError = tr("The note could not be saved: %1").arg(m_cache.database().lastConnectionError());
        return false;
    }
    CacheChanges changes;
    changes.customers.insert(customerId);
    m_cache.publish(changes);
    if (m_sender)
        m_sender->kick();
    return true;
}

bool LocalActions::checkSavedReply(std::optional<qint64> id, const QString &shortcut, const QString &text)
{
    if (!allowed(StaffPermission::ManageShop))
        return false;
    if (!isValidSavedReplyShortcut(shortcut)) {
        m_lastError = tr("A shortcut is 1 to %1 characters: lower-case letters a-z, digits, - and _.")
                          .arg(MaxSavedReplyShortcutLength);
        return false;
    }
    if (!isValidSavedReplyText(text)) {
        m_lastError =
            text.size() > MaxSavedReplyTextLength
                ? tr("A saved reply may be at most %1 characters long.").arg(MaxSavedReplyTextLength)
                : tr("Type the text of the saved reply first.");
        return false;
    }
    const std::optional<SavedReply> named = m_cache.savedReplies().byShortcut(shortcut);
    if (named && named->id != id.value_or(0)) {
        m_lastError = tr("A saved reply /%1 already exists.").arg(shortcut);
        return false;
    }
    return true;
}

bool LocalActions::createSavedReply(const QString &shortcut, const QString &text)
{
    const QString name = shortcut.trimmed();
    if (!checkSavedReply(std::nullopt, name, text))
        return false;
    // Not written to the cache yet: the server assigns the id, and the reply arrives with its answer (or the
    // sync event, whichever comes first). The client_id makes a retried create idempotent.
    OutboxEntry entry;
    entry.action = OutboxAction::CreateSavedReply;
    entry.payload = {{QStringLiteral("client_id"), newClientId()},
                     {QStringLiteral("shortcut"), name},
                     {QStringLiteral("text"), text}};
    entry.createdAt = m_clock.nowUtc();
    if (!m_cache.outbox().enqueue(entry)) {
        m_lastError =
            tr("The saved reply could not be saved: %1").arg(m_cache.database().lastConnectionError());
        return false;
    }
    if (m_sender)
        m_sender->kick();
    return true;
}

bool LocalActions::updateSavedReply(qint64 id, const QString &shortcut, const QString &text)
{
    const std::optional<SavedReply> previous = m_cache.savedReplies().get(id);
    if (!previous) {
        m_lastError = tr("This saved reply no longer exists.");
        return false;
    }
    const QString name = shortcut.trimmed();
    if (!checkSavedReply(id, name, text))
        return false;
    SavedReply changed{id, name, text, m_clock.nowUtc()};
    OutboxEntry entry;
    entry.action = OutboxAction::UpdateSavedReply;
    // "previous" is not sent: it restores the cache if the server refuses the change.
    entry.payload = {{QStringLiteral("id"), id},
                     {QStringLiteral("shortcut"), name},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("previous"), json::encode(*previous)}};
    entry.createdAt = changed.updatedAt;
    return queueSavedReplyChange(
        id, entry, [&] { return m_cache.savedReplies().upsert(changed); },
        tr("The saved reply could not be saved: %1"));
}

bool LocalActions::deleteSavedReply(qint64 id)
{
    if (!allowed(StaffPermission::ManageShop))
        return false;
    const std::optional<SavedReply> previous = m_cache.savedReplies().get(id);
    if (!previous) {
        m_lastError = tr("This saved reply no longer exists.");
        return false;
    }
    OutboxEntry entry;
    entry.action = OutboxAction::DeleteSavedReply;
    entry.payload = {{QStringLiteral("id"), id}, {QStringLiteral("previous"), json::encode(*previous)}};
    entry.createdAt = m_clock.nowUtc();
    return queueSavedReplyChange(
        id, entry, [&] { return m_cache.savedReplies().remove(id); },
        tr("The saved reply could not be deleted: %1"));
}

bool LocalActions::queueSavedReplyChange(qint64 id, const OutboxEntry &entry,
                                         const std::function<bool()> &changeCache, const QString &failure)
{
    // The optimistic change and its outbox entry land together or not at all.
    TransactionGuard tx(m_cache.database());
    if (!tx.isActive() || !changeCache() || !m_cache.outbox().enqueue(entry) || !tx.commit()) {
        m_lastError = failure.arg(m_cache.database().lastConnectionError());
        return false;
    }
    CacheChanges changes;
    changes.savedReplies.insert(id);
    m_cache.publish(changes);
    if (m_sender)
        m_sender->kick();
    return true;
}

bool LocalActions::isQueued(const QString &clientId)
{
    return !clientId.isEmpty() && m_cache.isOpen() && m_cache.outbox().byClientId(clientId).has_value();
}

bool LocalActions::retry(qint64 localId)
{
    const std::optional<Message> message = m_cache.messages().get(localId);
    const std::optional<OutboxEntry> entry =
        message ? m_cache.outbox().byClientId(message->clientId) : std::optional<OutboxEntry>();
    if (!message || !entry || message->delivery != DeliveryState::Failed) {
        m_lastError = tr("Only a failed message can be sent again.");
        return false;
    }
    TransactionGuard tx(m_cache.database());
    if (!tx.isActive() || !m_cache.outbox().requeue(entry->id) ||
        !m_cache.messages().setDelivery(localId, DeliveryState::Pending, QString()) || !tx.commit()) {
        m_lastError = m_cache.database().lastConnectionError();
        return false;
    }
    CacheChanges changes;
    changes.messages[message->conversationId].insert(localId);
    m_cache.publish(changes);
    if (m_sender)
        m_sender->kick();
    return true;
}

bool LocalActions::discard(qint64 localId)
{
    const std::optional<Message> message = m_cache.messages().get(localId);
    if (!message || message->id != 0 || message->delivery != DeliveryState::Failed) {
        m_lastError = tr("Only a failed message that never reached the server can be discarded.");
        return false;
    }
    const std::optional<OutboxEntry> entry = m_cache.outbox().byClientId(message->clientId);
    TransactionGuard tx(m_cache.database());
    if (!tx.isActive() || (entry && !m_cache.outbox().remove(entry->id)) ||
        !m_cache.messages().remove(localId) || !tx.commit()) {
        m_lastError = m_cache.database().lastConnectionError();
        return false;
    }
    CacheChanges changes;
    changes.messages[message->conversationId].insert(localId);
    changes.conversations.insert(message->conversationId);
    m_cache.publish(changes);
    return true;
}

void LocalActions::refreshShopSettings(const std::function<void(const ServerAnswer &)> &done)
{
    if (!m_api) {
        done(ServerAnswer{false, false, tr("There is no shop server to ask.")});
        return;
    }
    ShopApi(*m_api).settings(
        [this, done](const ApiResponse &response) { storeShopSettings(response, done); });
}

void LocalActions::saveShopSettings(const QJsonObject &changes,
                                    const std::function<void(const ServerAnswer &)> &done)
{
    if (!allowed(StaffPermission::ManageShop)) {
        done(ServerAnswer{false, false, m_lastError});
        return;
    }
    if (!m_api) {
        done(ServerAnswer{false, false, tr("There is no shop server to ask.")});
        return;
    }
    ShopApi(*m_api).putSettings(
        changes, [this, done](const ApiResponse &response) { storeShopSettings(response, done); });
}

bool LocalActions::allowed(StaffPermission permission)
{
    if (!m_permissions || m_permissions->can(permission))
        return true;
    m_lastError = permission == StaffPermission::Chat
                      ? tr("Your account has no chat permission: ask the shop owner for it.")
                      : tr("Only staff who manage the shop can change this.");
    return false;
}

void LocalActions::inviteMember(const QString &name, const QString &email, bool chat, bool manageShop,
                                const std::function<void(const ServerAnswer &, const QString &)> &done)
{
    if (!m_api) {
        done(ServerAnswer{false, false, tr("There is no shop server to ask.")}, QString());
        return;
    }
    ShopApi(*m_api).inviteMember(name, email, chat, manageShop, [this, done](const ApiResponse &response) {
        if (!response.ok()) {
            done(ServerAnswer{false, response.status != 0, response.errorMessage}, QString());
            return;
        }
        storeMember(response.json().value(QStringLiteral("staff")));
        done(ServerAnswer{true, true, QString()},
             response.json().value(QStringLiteral("password")).toString());
    });
}

void LocalActions::updateMember(qint64 staffId, const QJsonObject &changes,
                                const std::function<void(const ServerAnswer &)> &done)
{
    if (!m_api) {
        done(ServerAnswer{false, false, tr("There is no shop server to ask.")});
        return;
    }
    ShopApi(*m_api).updateMember(staffId, changes, [this, done](const ApiResponse &response) {
        if (!response.ok()) {
            done(ServerAnswer{false, response.status != 0, response.errorMessage});
            return;
        }
        storeMember(QJsonValue(response.json()));
        done(ServerAnswer{true, true, QString()});
    });
}

void LocalActions::storeMember(const QJsonValue &staff)
{
    // The same row staff.upserted writes when it arrives.
    const Decoded<Staff> member = json::decodeStaff(staff, QStringLiteral("staff"));
    if (!member || !m_cache.isOpen() || !m_cache.staff().upsert(member.value())) {
        qCWarning(lcSync) << "the team member could not be written to the cache";
        return;
    }
    CacheChanges changes;
    changes.staff = true;
    m_cache.publish(changes);
}

void LocalActions::storeShopSettings(const ApiResponse &response,
                                     const std::function<void(const ServerAnswer &)> &done)
{
    if (!response.ok()) {
        done(ServerAnswer{false, response.status != 0, response.errorMessage});
        return;
    }
    const QJsonObject settings = response.json();
    // The same document settings.updated writes; its event, when it arrives, changes nothing more. The
    // server has them either way: a cache that cannot keep them now gets them from that event.
    if (m_cache.isOpen() && m_cache.syncState().setDocument(SyncStateStore::SettingsDocument, settings)) {
        CacheChanges changes;
        changes.settings = true;
        m_cache.publish(changes);
    } else {
        qCWarning(lcSync) << "the shop settings could not be written to the cache";
    }
    done(ServerAnswer{true, true, QString()});
}

} // namespace shopinbox
