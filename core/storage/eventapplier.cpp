#include "eventapplier.h"

#include "cache.h"
#include "cartstore.h"
#include "codec/jsoncodec.h"
#include "conversationstore.h"
#include "customerstore.h"
#include "discountstore.h"
#include "domain/eventtype.h"
#include "faults/crashpoint.h"
#include "messagestore.h"
#include "orderstore.h"
#include "productstore.h"
#include "savedreplystore.h"
#include "staffstore.h"
#include "storagelog.h"
#include "syncstatestore.h"
#include "transactionguard.h"

namespace shopinbox {

namespace {

QString describe(const ServerEvent &event)
{
    return QStringLiteral("seq %1 (%2)").arg(event.seq).arg(event.type);
}

} // namespace

EventApplier::EventApplier(Cache &cache)
    : m_cache(cache)
{
}

EventApplier::Result EventApplier::apply(const QList<ServerEvent> &events, std::optional<qint64> nextSince)
{
    Result result;
    TransactionGuard tx(m_cache.database());
    if (!tx.isActive()) {
        result.error = tx.errorMessage();
        return result;
    }
    m_latest.clear();
    const qint64 start = m_cache.syncState().cursor();
    qint64 cursor = start;
    for (const ServerEvent &event : events) {
        if (event.seq <= cursor) {
            ++result.ignored;
            continue;
        }
        if (applyOne(event, result) == Outcome::Failed) {
            result.changes = {};
            result.cursor = start;
            return result; // the guard rolls back
        }
        cursor = event.seq;
    }
    for (const Message &message : std::as_const(m_latest)) {
        if (!m_cache.conversations().noteMessage(message)) {
            result.error = QStringLiteral("cannot update the preview of conversation %1: %2")
                               .arg(message.conversationId)
                               .arg(m_cache.database().lastConnectionError());
            result.changes = {};
            result.cursor = start;
            return result;
        }
    }
    if (!result.changes.messages.isEmpty() && !m_cache.messages().indexNewMessages()) {
        result.error = QStringLiteral("cannot index new messages: %1").arg(m_cache.messages().lastError());
        result.changes = {};
        result.cursor = start;
        return result;
    }
    if (nextSince && *nextSince > cursor)
        cursor = *nextSince;
    if (cursor != start && !m_cache.syncState().setCursor(cursor)) {
        result.error =
            QStringLiteral("cannot store the sync cursor: %1").arg(m_cache.database().lastConnectionError());
        result.changes = {};
        result.cursor = start;
        return result;
    }
    // Crash tests: everything of the batch is written, nothing committed (the cache must reopen without it).
    CrashPoint::reach("cache.apply.before-commit");
    if (!tx.commit()) {
        result.error = tx.errorMessage();
        result.changes = {};
        result.cursor = start;
        return result;
    }
    // Crash tests: batch and cursor are committed, the models have not heard of it yet.
    CrashPoint::reach("cache.apply.after-commit");
    result.ok = true;
    result.cursor = cursor;
    for (const QString &line : std::as_const(result.skipped))
        qCWarning(lcStorage) << "skipped malformed event" << line;
    m_cache.publish(result.changes);
    return result;
}

EventApplier::Outcome EventApplier::applyOne(const ServerEvent &event, Result &result)
{
    const QJsonValue data(event.data);
    const QString path = QStringLiteral("data");
    auto skip = [&](const QString &why) {
        result.skipped.append(describe(event) + QStringLiteral(": ") + why);
        return Outcome::Skipped;
    };
    auto fail = [&](const QString &what) {
        result.error = describe(event) + QStringLiteral(": ") + what + QStringLiteral(": ") +
                       m_cache.database().lastConnectionError();
        return Outcome::Failed;
    };
    auto written = [&](bool ok, const QString &what) {
        if (!ok)
            return fail(what);
        ++result.applied;
        return Outcome::Applied;
    };
    CacheChanges &changes = result.changes;
    const std::optional<EventType> type = EventTypes.fromWire(event.type);
    if (!type) {
        qCDebug(lcStorage) << "ignoring event of unknown type" << describe(event);
        ++result.ignored;
        return Outcome::Ignored;
    }

    switch (*type) {
    case EventType::MessageCreated:
    case EventType::MessageUpdated: {
        Decoded<Message> decoded = json::decodeMessage(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        const Message &message = decoded.value();
        if (!m_cache.conversations().exists(message.conversationId))
            return skip(QStringLiteral("unknown conversation %1").arg(message.conversationId));
        const std::optional<qint64> localId = m_cache.messages().upsert(message);
        if (!localId)
            return fail(QStringLiteral("cannot store the message"));
        changes.messages[message.conversationId].insert(*localId);
        changes.conversations.insert(message.conversationId);
        auto latest = m_latest.find(message.conversationId);
        if (latest == m_latest.end())
            m_latest.insert(message.conversationId, message);
        else if (latest->createdAt <= message.createdAt)
            *latest = message;
        ++result.applied;
        return Outcome::Applied;
    }
    case EventType::ConversationUpserted: {
        Decoded<Conversation> decoded = json::decodeConversation(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        if (!m_cache.customers().exists(decoded.value().customerId))
            return skip(QStringLiteral("unknown customer %1").arg(decoded.value().customerId));
        changes.conversations.insert(decoded.value().id);
        return written(m_cache.conversations().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::CustomerUpserted: {
        Decoded<Customer> decoded = json::decodeCustomer(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        changes.customers.insert(decoded.value().id);
        const bool withPresence = event.data.contains(QStringLiteral("online"));
        return written(m_cache.customers().upsert(decoded.value(), withPresence),
                       QStringLiteral("cannot store"));
    }
    case EventType::PresenceChanged: {
        Decoded<json::Presence> decoded = json::decodePresence(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        if (!m_cache.customers().exists(decoded.value().customerId))
            return skip(QStringLiteral("unknown customer %1").arg(decoded.value().customerId));
        changes.customers.insert(decoded.value().customerId);
        return written(m_cache.customers().setOnline(decoded.value().customerId, decoded.value().online),
                       QStringLiteral("cannot store"));
    }
    case EventType::CartUpdated: {
        Decoded<Cart> decoded = json::decodeCart(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        if (!m_cache.customers().exists(decoded.value().customerId))
            return skip(QStringLiteral("unknown customer %1").arg(decoded.value().customerId));
        changes.carts.insert(decoded.value().customerId);
        return written(m_cache.carts().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::OrderUpserted: {
        Decoded<Order> decoded = json::decodeOrder(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        if (!m_cache.customers().exists(decoded.value().customerId))
            return skip(QStringLiteral("unknown customer %1").arg(decoded.value().customerId));
        changes.orders.insert(decoded.value().customerId);
        return written(m_cache.orders().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::StaffUpserted: {
        Decoded<Staff> decoded = json::decodeStaff(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        changes.staff = true;
        return written(m_cache.staff().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::ProductUpserted: {
        Decoded<Product> decoded = json::decodeProduct(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        changes.products = true;
        return written(m_cache.products().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::DiscountUpserted: {
        Decoded<DiscountCode> decoded = json::decodeDiscountCode(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        changes.discounts = true;
        return written(m_cache.discounts().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::SavedReplyUpserted: {
        Decoded<SavedReply> decoded = json::decodeSavedReply(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        changes.savedReplies.insert(decoded.value().id);
        return written(m_cache.savedReplies().upsert(decoded.value()), QStringLiteral("cannot store"));
    }
    case EventType::SavedReplyDeleted: {
        Decoded<json::SavedReplyDeletion> decoded = json::decodeSavedReplyDeletion(data, path);
        if (!decoded)
            return skip(decoded.error().toString());
        changes.savedReplies.insert(decoded.value().id);
        return written(m_cache.savedReplies().remove(decoded.value().id), QStringLiteral("cannot delete"));
    }
    case EventType::SettingsUpdated: {
        changes.settings = true;
        return written(m_cache.syncState().setDocument(SyncStateStore::SettingsDocument, event.data),
                       QStringLiteral("cannot store"));
    }
    }
    return Outcome::Ignored; // not reached: every type has its case
}

} // namespace shopinbox
