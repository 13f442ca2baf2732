#include "outboxsender.h"

#include "api/apiclient.h"
#include "codec/jsoncodec.h"
#include "storage/cache.h"
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

QString conversationPath(qint64 id, const char *suffix = "")
{
    return QStringLiteral("/api/v1/conversations/%1%2").arg(id).arg(QLatin1String(suffix));
}

QString savedReplyPath(const OutboxEntry &entry)
{
    return QStringLiteral("/api/v1/saved-replies/%1")
        .arg(entry.payload.value(QStringLiteral("id")).toInteger());
}

bool isSavedReplyAction(const QString &action)
{
    return action == QLatin1String("create_saved_reply") || action == QLatin1String("update_saved_reply") ||
           action == QLatin1String("delete_saved_reply");
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

OutboxSender::OutboxSender(Cache &cache, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
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
    const qint64 wait = qMax<qint64>(0, m_clock().msecsTo(at));
    if (!m_retry.isActive() || m_retry.remainingTime() > wait)
        m_retry.start(static_cast<int>(qMin<qint64>(wait, MaxBackoffSeconds * 1000)));
}

void OutboxSender::kick()
{
    if (!m_running || !m_cache.isOpen())
        return;
    const QList<OutboxEntry> entries = m_cache.outbox().queued(1000);
    const QDateTime now = m_clock();
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
    const QString &action = entry.action;
    if (action == QLatin1String("send_message")) {
        m_api.post(conversationPath(entry.conversationId.value_or(0), "/messages"), entry.payload, done);
    } else if (action == QLatin1String("send_image")) {
        if (entry.payload.contains(QStringLiteral("image_id"))) {
            m_api.post(conversationPath(entry.conversationId.value_or(0), "/messages"), entry.payload, done);
            return;
        }
        QFile file(entry.payload.value(QStringLiteral("file")).toString());
        if (!file.open(QIODevice::ReadOnly)) {
            finish(entry, ApiResponse{400,
                                      {},
                                      QStringLiteral("unreadable_file"),
                                      tr("The image %1 can no longer be read.").arg(file.fileName())});
            return;
        }
        m_api.postBytes(
            QStringLiteral("/api/v1/media"), file.readAll(), "application/octet-stream",
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
                m_api.post(conversationPath(next.conversationId.value_or(0), "/messages"), next.payload,
                           [this, next](const ApiResponse &r) { finish(next, r); });
            },
            [this, clientId = entry.payload.value(QStringLiteral("client_id")).toString()](qint64 sent,
                                                                                           qint64 total) {
                if (total > 0)
                    emit uploadProgress(clientId, static_cast<int>(sent * 100 / total));
            });
    } else if (action == QLatin1String("patch_conversation")) {
        m_api.patch(conversationPath(entry.conversationId.value_or(0)), entry.payload, done);
    } else if (action == QLatin1String("save_note")) {
        QJsonObject body{{QStringLiteral("note"), entry.payload.value(QStringLiteral("note"))}};
        // Entries queued by an older version carry no edit time; the server then simply stores them.
        if (entry.payload.contains(QStringLiteral("edited_at")))
            body.insert(QStringLiteral("edited_at"), entry.payload.value(QStringLiteral("edited_at")));
        m_api.put(QStringLiteral("/api/v1/customers/%1/note")
                      .arg(entry.payload.value(QStringLiteral("customer_id")).toInteger()),
                  body, done);
    } else if (action == QLatin1String("create_saved_reply")) {
        m_api.post(QStringLiteral("/api/v1/saved-replies"),
                   {{QStringLiteral("client_id"), entry.payload.value(QStringLiteral("client_id"))},
                    {QStringLiteral("shortcut"), entry.payload.value(QStringLiteral("shortcut"))},
                    {QStringLiteral("text"), entry.payload.value(QStringLiteral("text"))}},
                   done);
    } else if (action == QLatin1String("update_saved_reply")) {
        m_api.put(savedReplyPath(entry),
                  {{QStringLiteral("shortcut"), entry.payload.value(QStringLiteral("shortcut"))},
                   {QStringLiteral("text"), entry.payload.value(QStringLiteral("text"))}},
                  done);
    } else if (action == QLatin1String("delete_saved_reply")) {
        m_api.remove(savedReplyPath(entry), done);
    } else {
        finish(entry,
               ApiResponse{400, {}, QStringLiteral("unknown_action"), tr("Unknown action %1").arg(action)});
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
    const QString clientId = entry.payload.value(QStringLiteral("client_id")).toString();
    if (response.ok()) {
        const QJsonObject body = response.json();
        if (entry.action == QLatin1String("send_message") || entry.action == QLatin1String("send_image")) {
            const Decoded<Message> message = json::decodeMessage(QJsonValue(body));
            if (message) {
                // The server's copy replaces the local echo in its row (same client_id): pending -> sent.
                if (const std::optional<qint64> localId = m_cache.messages().upsert(message.value())) {
                    changes.messages[message.value().conversationId].insert(*localId);
                    changes.conversations.insert(message.value().conversationId);
                    m_cache.conversations().noteMessage(message.value());
                    m_cache.messages().indexNewMessages();
                }
            } else {
                qCWarning(lcSync) << "server accepted a message but its answer does not decode:"
                                  << message.error().toString();
            }
        } else if (entry.action == QLatin1String("patch_conversation")) {
            const Decoded<Conversation> conversation = json::decodeConversation(QJsonValue(body));
            if (conversation && m_cache.conversations().upsert(conversation.value()))
                changes.conversations.insert(conversation.value().id);
        } else if (entry.action == QLatin1String("save_note")) {
            const Decoded<Customer> customer = json::decodeCustomer(QJsonValue(body));
            if (customer && m_cache.customers().upsert(customer.value(), false))
                changes.customers.insert(customer.value().id);
        } else if (entry.action == QLatin1String("create_saved_reply") ||
                   entry.action == QLatin1String("update_saved_reply")) {
            const Decoded<SavedReply> reply = json::decodeSavedReply(QJsonValue(body));
            if (reply && m_cache.savedReplies().upsert(reply.value()))
                changes.savedReplies.insert(reply.value().id);
        }
        m_cache.outbox().remove(entry.id);
    } else if (!response.retryable()) {
        const QString reason = response.errorMessage.isEmpty() ? response.errorCode : response.errorMessage;
        if (entry.action == QLatin1String("save_note") && response.status == 409) {
            // Someone else's newer note was kept: show it instead of ours.
            const Decoded<Customer> kept = json::decodeCustomer(
                response.json().value(QStringLiteral("customer")), QStringLiteral("customer"));
            if (kept && m_cache.customers().upsert(kept.value(), false))
                changes.customers.insert(kept.value().id);
        }
        m_cache.outbox().markFailed(entry.id, reason);
        if (const std::optional<qint64> localId = m_cache.messages().localIdByClientId(clientId)) {
            m_cache.messages().setDelivery(*localId, DeliveryState::Failed, reason);
            changes.messages[entry.conversationId.value_or(0)].insert(*localId);
        }
        if (entry.action == QLatin1String("update_saved_reply") ||
            entry.action == QLatin1String("delete_saved_reply")) {
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
        }
        qCInfo(lcSync) << "outbox entry" << entry.id << entry.action << "refused:" << reason;
        emit actionFailed(entry.action, reason);
    } else {
        const int attempts = entry.attempts + 1;
        const int seconds = qMin(MaxBackoffSeconds, 1 << qMin(attempts - 1, 6));
        m_cache.outbox().recordAttempt(entry.id, response.errorMessage, m_clock().addSecs(seconds));
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
