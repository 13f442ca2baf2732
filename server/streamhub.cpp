#include "streamhub.h"

#include "chatwriter.h"
#include "domain/eventtype.h"
#include "fieldcheck.h"

#include "codec/jsoncodec.h"
#include "eventlog.h"
#include "httpstatus.h"
#include "serverlog.h"
#include "shopservice.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace shopinbox::server {

namespace {

QByteArray frame(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject chatError(const QString &code, const QString &message)
{
    return {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace

StreamHub::StreamHub(ShopService &service, ServerDatabase &db, const NetLimits &limits, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_db(db)
    , m_limits(limits)
{
    connect(&m_service.context(), &ServiceContext::committed, this, &StreamHub::deliverOwn);
    connect(&m_service.context(), &ServiceContext::tokensRevoked, this, &StreamHub::closeRevoked);
    // An open stream is use of its token (it does not expire while the client listens), and a token that
    // stopped being valid without a notice reaching this process (expired, or the member deactivated while
    // the notice was lost) closes its streams here at the latest.
    m_tokenCheck.setInterval(TokenCheckMs);
    connect(&m_tokenCheck, &QTimer::timeout, this, &StreamHub::checkTokens);
    m_tokenCheck.start();
}

void StreamHub::closeRevoked(qint64 staffId, const QString &tokenHash)
{
    QList<WsPeerPtr> closing;
    for (const StaffPeer &peer : std::as_const(m_staff)) {
        if (peer.staffId == staffId && (tokenHash.isEmpty() || peer.tokenHash == tokenHash))
            closing.append(peer.peer);
    }
    for (const WsPeerPtr &peer : closing) {
        qCInfo(lcServerStream) << "staff stream closed: signed out (staff" << staffId << ")";
        peer->close(1008, QByteArrayLiteral("signed out"));
    }
}

void StreamHub::checkTokens()
{
    QHash<QString, bool> valid;
    QList<QPair<qint64, QString>> revoked;
    for (const StaffPeer &peer : std::as_const(m_staff)) {
        if (valid.contains(peer.tokenHash))
            continue;
        const bool ok = m_service.staff().authenticateHash(peer.tokenHash).has_value();
        valid.insert(peer.tokenHash, ok);
        if (!ok)
            revoked.append({peer.staffId, peer.tokenHash});
    }
    for (const auto &[staffId, hash] : revoked)
        closeRevoked(staffId, hash);
}

StreamHub::~StreamHub()
{
    m_writer.reset(); // the batch under way is finished first; its answer, still queued, goes with us
    closeAll();
}

int StreamHub::pausedStreamCount() const
{
    int paused = 0;
    for (const StaffPeer &peer : m_staff)
        paused += peer.live ? 0 : 1;
    return paused;
}

qint64 StreamHub::broadcastPosition(qint64 shopId)
{
    auto it = m_broadcast.find(shopId);
    if (it == m_broadcast.end())
        it = m_broadcast.insert(shopId, m_service.context().eventLog().lastSeq(shopId));
    return it.value();
}

void StreamHub::addStaffStream(const WsPeerPtr &peer, const StaffAccount &staff, qint64 since)
{
    const quint64 id = peer->id();
    const qint64 shopId = staff.shopId;
    broadcastPosition(shopId);
    m_staff.insert(id, StaffPeer{peer, shopId, staff.staff.id, staff.tokenHash, since, false, false});
    WsPeer::Handlers handlers;
    handlers.message = [weak = std::weak_ptr<WsPeer>(peer)](const QByteArray &, bool) {
        if (const WsPeerPtr alive = weak.lock())
            alive->messageHandled(); // frames from staff streams are ignored (protocol)
    };
    handlers.drained = [this, id] {
        if (auto it = m_staff.find(id); it != m_staff.end()) {
            it->waiting = false;
            pump(id);
        }
    };
    handlers.closed = [this, id] { removePeer(id); };
    peer->start(std::move(handlers));
    qCInfo(lcServerStream) << "staff stream opened for shop" << shopId << "since" << since;
    pump(id);
}

void StreamHub::pump(quint64 id)
{
    // One page of the log after the peer's position, then wait until the socket has taken it: a catch-up of
    // any length costs one page of memory and one short read per step, and a peer that does not read stops.
    auto it = m_staff.find(id);
    if (it == m_staff.end() || it->waiting)
        return;
    StaffPeer &peer = it.value();
    const qint64 target = broadcastPosition(peer.shopId);
    if (peer.peer->queuedBytes() > m_limits.sendResumeBytes) {
        peer.live = false;
        peer.waiting = true;
        peer.peer->notifyWhenDrained();
        return;
    }
    if (peer.sent < target) {
        const std::optional<EventLog::Page> page =
            m_service.context().eventLog().read(peer.shopId, peer.sent, CatchUpPage);
        if (page) {
            for (qsizetype i = 0; i < page->events.size(); ++i) {
                if (page->events.at(i).seq > target)
                    break;
                peer.peer->sendText(page->frames.at(i));
                peer.sent = page->events.at(i).seq;
            }
        }
        if (!page || page->events.isEmpty())
            peer.sent = target; // nothing readable up to the target (an unreadable log is logged by EventLog)
    }
    if (peer.sent < target) {
        peer.live = false;
        peer.waiting = true;
        peer.peer->notifyWhenDrained();
        return;
    }
    peer.live = true;
}

void StreamHub::poke(qint64 shopId)
{
    if (!m_broadcast.contains(shopId)) {
        // Nobody of this shop is connected yet; remember where the log is.
        broadcastPosition(shopId);
        return;
    }
    qint64 &last = m_broadcast[shopId];
    for (;;) {
        const std::optional<EventLog::Page> page =
            m_service.context().eventLog().read(shopId, last, EventLog::MaxPage);
        if (!page || page->events.isEmpty())
            return;
        last = page->events.constLast().seq;
        deliver(shopId, *page);
        if (!page->hasMore)
            return;
    }
}

void StreamHub::deliverOwn(qint64 shopId, const EventLog::Page &page)
{
    // This process's commit follows the last events delivered: fan it out as it is, without reading it back
    // from the log (on PostgreSQL a round trip, and the decoding of every event, per commit). After another
    // process's commit that has not reached us yet (a gap), the log is read instead.
    const auto last = m_broadcast.find(shopId);
    if (last == m_broadcast.end() || page.events.isEmpty() ||
        page.events.constFirst().seq != last.value() + 1) {
        poke(shopId);
        return;
    }
    last.value() = page.events.constLast().seq;
    deliver(shopId, page);
}

void StreamHub::deliver(qint64 shopId, const EventLog::Page &page)
{
    const QList<ServerEvent> &events = page.events;
    for (auto it = m_staff.begin(); it != m_staff.end(); ++it) {
        StaffPeer &peer = it.value();
        if (peer.shopId != shopId || !peer.live)
            continue;
        if (peer.peer->queuedBytes() > m_limits.sendPauseBytes) {
            // It does not read (or reads slowly): stop here; pump() resumes from the log once it drained.
            peer.live = false;
            peer.waiting = true;
            peer.peer->notifyWhenDrained();
            continue;
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            const ServerEvent &event = events.at(i);
            if (event.seq <= peer.sent)
                continue;
            if (event.seq != peer.sent + 1) {
                peer.live = false; // a gap (it joined mid-way): fill it from the log first
                QTimer::singleShot(0, this, [this, id = it.key()] { pump(id); });
                break;
            }
            peer.peer->sendText(page.frames.at(i));
            peer.sent = event.seq;
        }
    }
    if (m_storefront.isEmpty())
        return;
    for (const ServerEvent &event : events) {
        if (event.type != EventTypes.wire(EventType::MessageCreated) &&
            event.type != EventTypes.wire(EventType::MessageUpdated))
            continue;
        // Notices are for staff only.
        if (event.data.value(QStringLiteral("kind")).toString() == MessageKinds.wire(MessageKind::Notice))
            continue;
        const qint64 conversationId =
            event.data.value(QStringLiteral("conversation_id")).toVariant().toLongLong();
        const auto chats = m_chatsOfConversation.equal_range(conversationId);
        if (chats.first == chats.second)
            continue;
        const QByteArray text = frame(
            {{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("message"), event.data}});
        for (auto it = chats.first; it != chats.second; ++it) {
            const auto peer = m_storefront.constFind(it.value());
            if (peer != m_storefront.cend() && peer->shopId == shopId)
                peer->peer->sendText(text);
        }
    }
}

void StreamHub::addStorefrontChat(const WsPeerPtr &peer, const StorefrontSession &session)
{
    const quint64 id = peer->id();
    const qint64 shopId = session.shopId;
    const qint64 customerId = session.customerId;
    const qint64 conversationId = session.conversationId;
    broadcastPosition(shopId);
    const bool first = m_chatsOfCustomer[{shopId, customerId}]++ == 0;
    m_storefront.insert(id, ChatPeer{peer, shopId, customerId, conversationId, session.mergedConversationId});
    m_chatsOfConversation.insert(conversationId, id);
    if (session.mergedConversationId != 0)
        m_chatsOfConversation.insert(session.mergedConversationId, id);
    WsPeer::Handlers handlers;
    handlers.message = [this, id](const QByteArray &payload, bool binary) {
        onChatMessage(id, payload, binary);
    };
    handlers.closed = [this, id] { removePeer(id); };
    peer->start(std::move(handlers));
    QJsonArray history;
    for (const Message &message : m_service.conversations().history(session, 200))
        history.append(json::encode(message));
    peer->sendText(frame({{QStringLiteral("type"), QStringLiteral("hello")},
                          {QStringLiteral("conversation_id"), conversationId},
                          {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("messages"), history}}));
    if (first)
        m_service.storefront().setPresence(shopId, customerId, true);
}

void StreamHub::onChatMessage(quint64 id, const QByteArray &payload, bool binary)
{
    const auto it = m_storefront.constFind(id);
    if (it == m_storefront.cend())
        return;
    const ChatPeer &peer = it.value(); // nothing below changes m_storefront
    const auto reply = [&peer](const QJsonObject &object) {
        peer.peer->sendText(frame(object));
        peer.peer->messageHandled();
    };
    if (binary) {
        reply(chatError(QStringLiteral("bad_request"), QStringLiteral("send JSON text frames")));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = payload.size() > m_limits.chatMessageBytes
                                       ? QJsonDocument()
                                       : QJsonDocument::fromJson(payload, &error);
    if (!document.isObject()) {
        reply(chatError(QStringLiteral("bad_request"), QStringLiteral("expected a JSON object")));
        return;
    }
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ping")) {
        reply({{QStringLiteral("type"), QStringLiteral("pong")}});
        return;
    }
    if (type != QLatin1String("message")) {
        reply(chatError(QStringLiteral("bad_request"), QStringLiteral("unknown type")));
        return;
    }
    if (fields::containsNul(object)) {
        reply(chatError(QStringLiteral("bad_request"),
                        QStringLiteral("text must not contain NUL characters (U+0000)")));
        return;
    }
    // Queued and written with whatever else arrives in this turn of the event loop: one transaction for a
    // burst instead of one per message. The peer's reading waits while too many of its messages are here.
    if (m_inbox.isEmpty())
        QTimer::singleShot(0, this, &StreamHub::flushInbox);
    m_inbox.append(Incoming{
        id, peer.peer, StorefrontSession::of(peer.shopId, peer.customerId, peer.conversationId), object});
}

void StreamHub::setChatWriter(std::unique_ptr<ChatWriter> writer)
{
    m_writer = std::move(writer);
}

void StreamHub::flushInbox()
{
    if (m_writing || m_inbox.isEmpty())
        return; // the batch under way takes the next one when it is done
    // At most InboxBatch messages per transaction: a backlog is worked off in bounded steps, with the
    // staff streams' catch-up and everything else queued on this thread served between them.
    QList<Incoming> inbox;
    if (m_inbox.size() <= InboxBatch) {
        inbox = std::exchange(m_inbox, {});
    } else {
        inbox = m_inbox.first(InboxBatch);
        m_inbox.remove(0, InboxBatch);
        if (!m_writer)
            QTimer::singleShot(0, this, &StreamHub::flushInbox);
    }
    QList<std::pair<StorefrontSession, QJsonObject>> batch;
    batch.reserve(inbox.size());
    for (const Incoming &item : inbox)
        batch.append({item.session, item.body});
    if (!m_writer) {
        answerInbox(inbox, m_service.conversations().customerMessages(batch));
        return;
    }
    m_writing = true;
    m_writer->write(std::move(batch), this,
                    [this, inbox](const ChatWriter::Commits &commits, const ChatWriter::Results &results) {
                        m_writing = false;
                        // As on this thread: the commit is fanned out, then retries and refusals answered.
                        for (const auto &[shopId, page] : commits)
                            deliverOwn(shopId, page);
                        answerInbox(inbox, results);
                        flushInbox();
                    });
}

void StreamHub::answerInbox(const QList<Incoming> &inbox,
                            const QList<ServiceResult<Stored<Message>>> &results)
{
    for (qsizetype i = 0; i < inbox.size(); ++i) {
        const Incoming &item = inbox.at(i);
        item.peer->messageHandled();
        const ServiceResult<Stored<Message>> &result = results.at(i);
        if (!m_storefront.contains(item.id))
            continue;
        if (!result.ok()) {
            QJsonObject reply = errorBody(result.error());
            reply.insert(QStringLiteral("type"), QStringLiteral("error"));
            reply.insert(QStringLiteral("client_id"), item.body.value(QStringLiteral("client_id")));
            item.peer->sendText(frame(reply));
        } else if (!result->created) {
            // A retry of a message already stored: acknowledge it again (the fan-out sent it the first time).
            item.peer->sendText(frame({{QStringLiteral("type"), QStringLiteral("message")},
                                       {QStringLiteral("message"), json::encode(result->value)}}));
        }
    }
}

void StreamHub::removePeer(quint64 id)
{
    m_staff.remove(id);
    if (m_storefront.contains(id)) {
        const ChatPeer peer = m_storefront.take(id);
        m_chatsOfConversation.remove(peer.conversationId, id);
        m_chatsOfConversation.remove(peer.mergedConversationId, id);
        const QPair<qint64, qint64> customer{peer.shopId, peer.customerId};
        if (--m_chatsOfCustomer[customer] <= 0) {
            m_chatsOfCustomer.remove(customer);
            m_service.storefront().setPresence(peer.shopId, peer.customerId, false);
        }
    }
}

void StreamHub::closeAll()
{
    // Customers connected through this process leave the store with it.
    QSet<QPair<qint64, qint64>> customers;
    for (const ChatPeer &peer : std::as_const(m_storefront))
        customers.insert({peer.shopId, peer.customerId});
    for (const auto &[shopId, customerId] : std::as_const(customers))
        m_service.storefront().setPresence(shopId, customerId, false);
    for (const StaffPeer &peer : std::as_const(m_staff))
        peer.peer->close(1001, QByteArrayLiteral("server shutting down"));
    for (const ChatPeer &peer : std::as_const(m_storefront))
        peer.peer->close(1001, QByteArrayLiteral("server shutting down"));
    m_staff.clear();
    m_storefront.clear();
    m_chatsOfConversation.clear();
    m_chatsOfCustomer.clear();
}

} // namespace shopinbox::server
