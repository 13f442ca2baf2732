#include "outboxsender.h"

#include "codec/jsoncodec.h"
#include "storage/cache.h"
#include "storage/cachechanges.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/savedreplystore.h"
#include "storage/transactionguard.h"
#include "synclog.h"

#include <QFile>

namespace shopinbox {

namespace {

constexpr int MaxBackoffSeconds = 60;

bool isSavedReplyAction(OutboxAction action)
{
    return action == OutboxAction::CreateSavedReply || action == OutboxAction::UpdateSavedReply ||
           action == OutboxAction::DeleteSavedReply;
}

QString text(const OutboxEntry &entry, const char *key)
{
    return entry.payload.value(QLatin1String(key)).toString();
}

// Actions of one lane are sent one at a time, in order: a conversation's actions share its id; saved reply
// actions share lane 0 (ids are >= 1), so an edit never overtakes the create or an earlier edit; anything
// else (notes) has a lane of its own.
qint64 laneOf(const OutboxEntry &entry)
{
    if (isSavedReplyAction(entry.action))
        return 0;
    return entry.conversationId.value_or(-entry.id);
}

} // namespace

OutboxSender::OutboxSender(Cache &cache, ApiClient &api, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_clock(clock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::kick);
}

void OutboxSender::start()
{
    m_running = true;
    kick();
}

void OutboxSender::stop()
{
    m_running = false;
    m_retry.stop();
}

void OutboxSender::scheduleRetry(const QDateTime &at)
{
    const qint64 wait = qMax<qint64>(0, m_clock.nowUtc().msecsTo(at));
    if (!m_retry.isActive() || m_retry.remainingTime() > wait)
        m_retry.start(static_cast<int>(qMin<qint64>(wait, MaxBackoffSeconds * 1000)));
}

void OutboxSender::kick()
{
    if (!m_running || !m_cache.isOpen())
        return;
    const QList<OutboxEntry> entries = m_cache.outbox().queued(1000);
    const QDateTime now = m_clock.nowUtc();
    QSet<qint64> blocked; // conversations whose first queued entry is not done yet
    QDateTime earliest;
    for (const OutboxEntry &entry : entries) {
        // Entries without a conversation (notes) do not wait for anyone.
        const qint64 lane = laneOf(entry);
        if (blocked.contains(lane))
            continue;
        blocked.insert(lane);
        if (m_inFlight.contains(entry.id) || m_busyConversations.contains(lane))
            continue;
        if (entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now) {
            if (!earliest.isValid() || entry.nextAttemptAt < earliest)
                earliest = entry.nextAttemptAt;
            continue;
        }
        if (m_inFlight.size() >= MaxParallel)
            break;
        send(entry);
    }
    if (earliest.isValid())
        scheduleRetry(earliest);
    if (entries.isEmpty() && m_inFlight.isEmpty())
        emit drained();
}

void OutboxSender::send(const OutboxEntry &entry)
{
    const qint64 lane = laneOf(entry);
    m_inFlight.insert(entry.id);
    m_busyConversations.insert(lane);
    auto done = [this, entry](const ApiResponse &response) { finish(entry, response); };
    const qint64 conversationId = entry.conversationId.value_or(0);
    const qint64 id = entry.payload.value(QStringLiteral("id")).toInteger();
    switch (entry.action) {
    case OutboxAction::SendMessage:
        m_api.postMessage(conversationId, entry.payload, done);
        return;
    case OutboxAction::SendImage:
        sendImage(entry, done);
        return;
    case OutboxAction::PatchConversation:
        m_api.patchConversation(conversationId, entry.payload, done);
        return;
    case OutboxAction::SaveNote:
        // Entries queued by an older version carry no edit time; the server then simply stores them.
        m_api.putNote(entry.payload.value(QStringLiteral("customer_id")).toInteger(), text(entry, "note"),
                      text(entry, "edited_at"), done);
        return;
    case OutboxAction::CreateSavedReply:
        m_api.createSavedReply(text(entry, "client_id"), text(entry, "shortcut"), text(entry, "text"), done);
        return;
    case OutboxAction::UpdateSavedReply:
        m_api.updateSavedReply(id, text(entry, "shortcut"), text(entry, "text"), done);
        return;
    case OutboxAction::DeleteSavedReply:
        m_api.deleteSavedReply(id, done);
        return;
    }
}

void OutboxSender::sendImage(const OutboxEntry &entry, const ApiClient::Callback &done)
{
    const qint64 conversationId = entry.conversationId.value_or(0);
    if (entry.payload.contains(QStringLiteral("image_id"))) {
        m_api.postMessage(conversationId, entry.payload, done);
        return;
    }
    QFile file(text(entry, "file"));
    if (!file.open(QIODevice::ReadOnly)) {
        finish(entry, ApiResponse{400,
                                  {},
                                  QStringLiteral("unreadable_file"),
                                  tr("The image %1 can no longer be read.").arg(file.fileName())});
        return;
    }
    m_api.uploadMedia(
        file.readAll(),
        [this, entry, done](const ApiResponse &response) {
            if (!response.ok()) {
                finish(entry, response);
                return;
            }
            // Remember the upload, so a retry of the message does not upload again.
            OutboxEntry next = entry;
            next.payload.remove(QStringLiteral("file"));
            next.payload.insert(QStringLiteral("image_id"),
                                response.json().value(QStringLiteral("image_id")).toString());
            m_cache.outbox().setPayload(next.id, next.payload);
            m_api.postMessage(next.conversationId.value_or(0), next.payload,
                              [this, next](const ApiResponse &r) { finish(next, r); });
        },
        [this, clientId = text(entry, "client_id")](qint64 sent, qint64 total) {
            if (total > 0)
                emit uploadProgress(clientId, static_cast<int>(sent * 100 / total));
        });
}

void OutboxSender::applyAnswer(const OutboxEntry &entry, const QJsonObject &body, CacheChanges &changes)
{
    switch (entry.action) {
    case OutboxAction::SendMessage:
    case OutboxAction::SendImage: {
        const Decoded<Message> message = json::decodeMessage(QJsonValue(body));
        if (!message) {
            qCWarning(lcSync) << "server accepted a message but its answer does not decode:"
                              << message.error().toString();
            return;
        }
        // The server's copy replaces the local echo in its row (same client_id): pending -> sent.
        if (const std::optional<qint64> localId = m_cache.messages().upsert(message.value())) {
            changes.messages[message.value().conversationId].insert(*localId);
            changes.conversations.insert(message.value().conversationId);
            m_cache.conversations().noteMessage(message.value());
            m_cache.messages().indexNewMessages();
        }
        return;
    }
    case OutboxAction::PatchConversation: {
        const Decoded<Conversation> conversation = json::decodeConversation(QJsonValue(body));
        if (conversation && m_cache.conversations().upsert(conversation.value()))
            changes.conversations.insert(conversation.value().id);
        return;
    }
    case OutboxAction::SaveNote: {
        const Decoded<Customer> customer = json::decodeCustomer(QJsonValue(body));
        if (customer && m_cache.customers().upsert(customer.value(), false))
            changes.customers.insert(customer.value().id);
        return;
    }
    case OutboxAction::CreateSavedReply:
    case OutboxAction::UpdateSavedReply: {
        const Decoded<SavedReply> reply = json::decodeSavedReply(QJsonValue(body));
        if (reply && m_cache.savedReplies().upsert(reply.value()))
            changes.savedReplies.insert(reply.value().id);
        return;
    }
    case OutboxAction::DeleteSavedReply:
        return; // already gone locally; its event confirms it
    }
}

void OutboxSender::applyRefusal(const OutboxEntry &entry, const ApiResponse &response, CacheChanges &changes)
{
    const QString reason = response.errorMessage.isEmpty() ? response.errorCode : response.errorMessage;
    if (const std::optional<qint64> localId =
            m_cache.messages().localIdByClientId(text(entry, "client_id"))) {
        m_cache.messages().setDelivery(*localId, DeliveryState::Failed, reason);
        changes.messages[entry.conversationId.value_or(0)].insert(*localId);
    }
    switch (entry.action) {
    case OutboxAction::SaveNote:
        if (response.status == 409) {
            // Someone else's newer note was kept: show it instead of ours.
            const Decoded<Customer> kept = json::decodeCustomer(
                response.json().value(QStringLiteral("customer")), QStringLiteral("customer"));
            if (kept && m_cache.customers().upsert(kept.value(), false))
                changes.customers.insert(kept.value().id);
        }
        return;
    case OutboxAction::UpdateSavedReply:
    case OutboxAction::DeleteSavedReply: {
        // Undo the optimistic change: back to the reply as it was, or gone when the server has no such
        // reply any more (deleted by someone else; its event removes it too).
        const qint64 id = entry.payload.value(QStringLiteral("id")).toInteger();
        const Decoded<SavedReply> previous =
            json::decodeSavedReply(entry.payload.value(QStringLiteral("previous")));
        const bool restored = response.status != 404 && previous
                                  ? m_cache.savedReplies().upsert(previous.value())
                                  : m_cache.savedReplies().remove(id);
        if (restored)
            changes.savedReplies.insert(id);
        return;
    }
    case OutboxAction::SendMessage:
    case OutboxAction::SendImage:
    case OutboxAction::PatchConversation:
    case OutboxAction::CreateSavedReply:
        return;
    }
}

void OutboxSender::finish(const OutboxEntry &entry, const ApiResponse &response)
{
    m_inFlight.remove(entry.id);
    m_busyConversations.remove(laneOf(entry));
    if (!m_cache.isOpen())
        return;
    CacheChanges changes;
    TransactionGuard tx(m_cache.database());
    if (!tx.isActive()) {
        QTimer::singleShot(1000, this, &OutboxSender::kick);
        return;
    }
    if (response.ok()) {
        applyAnswer(entry, response.json(), changes);
        m_cache.outbox().remove(entry.id);
    } else if (!response.retryable()) {
        const QString reason = response.errorMessage.isEmpty() ? response.errorCode : response.errorMessage;
        applyRefusal(entry, response, changes);
        m_cache.outbox().markFailed(entry.id, reason);
        qCInfo(lcSync) << "outbox entry" << entry.id << OutboxActions.wire(entry.action)
                       << "refused:" << reason;
        emit actionFailed(entry.action, reason);
    } else {
        const int attempts = entry.attempts + 1;
        const int seconds = qMin(MaxBackoffSeconds, 1 << qMin(attempts - 1, 6));
        m_cache.outbox().recordAttempt(entry.id, response.errorMessage, m_clock.nowUtc().addSecs(seconds));
    }
    if (!tx.commit()) {
        qCWarning(lcSync) << "cannot record the outcome of outbox entry" << entry.id << tx.errorMessage();
        QTimer::singleShot(1000, this, &OutboxSender::kick);
        return;
    }
    m_cache.publish(changes);
    kick();
}

} // namespace shopinbox
