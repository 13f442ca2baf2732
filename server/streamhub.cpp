#include "streamhub.h"
#include "domain/eventtype.h"

#include "codec/jsoncodec.h"
#include "eventlog.h"
#include "httpstatus.h"
#include "serverlog.h"
#include "shopservice.h"

#include <QJsonDocument>
#include <QSet>
#include <QWebSocket>

namespace shopinbox::server {

namespace {

QString frame(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject chatError(const QString &code, const QString &message)
{
    return {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace

StreamHub::StreamHub(ShopService &service, ServerDatabase &db, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_db(db)
{
    connect(&m_service.context(), &ServiceContext::committed, this,
            [this](qint64 shopId, qint64) { poke(shopId); });
    connect(&m_pingTimer, &QTimer::timeout, this, &StreamHub::pingAll);
    m_pingTimer.start(30'000);
}

StreamHub::~StreamHub()
{
    closeAll();
}

void StreamHub::setPingInterval(int milliseconds)
{
    m_pingTimer.start(milliseconds);
}

void StreamHub::addStaffStream(std::unique_ptr<QWebSocket> owned, qint64 shopId, qint64 since)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    if (!m_broadcast.contains(shopId))
        m_broadcast.insert(shopId, m_service.context().eventLog().lastSeq(shopId));
    StaffPeer &peer = m_staff[socket];
    peer.socket = socket;
    peer.shopId = shopId;
    peer.sent = since;
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { removeSocket(socket); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_staff.find(socket); it != m_staff.end())
            it->missedPongs = 0;
    });
    qCInfo(lcServerStream) << "staff stream opened for shop" << shopId << "since" << since;
    catchUp(peer);
}

void StreamHub::catchUp(StaffPeer &peer)
{
    // Everything after the peer's position, page by page, then it rides along with the live fan-out.
    const qint64 target = m_broadcast.value(peer.shopId);
    while (peer.sent < target && peer.socket) {
        const std::optional<EventLog::Page> page =
            m_service.context().eventLog().read(peer.shopId, peer.sent, EventLog::MaxPage);
        if (!page || page->events.isEmpty())
            break;
        for (qsizetype i = 0; i < page->events.size(); ++i) {
            if (page->events.at(i).seq > target)
                break;
            peer.socket->sendTextMessage(QString::fromUtf8(page->frames.at(i)));
            peer.sent = page->events.at(i).seq;
        }
    }
}

void StreamHub::poke(qint64 shopId)
{
    if (!m_broadcast.contains(shopId)) {
        // Nobody of this shop is connected yet; remember where the log is.
        m_broadcast.insert(shopId, m_service.context().eventLog().lastSeq(shopId));
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

void StreamHub::deliver(qint64 shopId, const EventLog::Page &page)
{
    const QList<ServerEvent> &events = page.events;
    for (auto it = m_staff.begin(); it != m_staff.end(); ++it) {
        StaffPeer &peer = it.value();
        if (peer.shopId != shopId || !peer.socket)
            continue;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const ServerEvent &event = events.at(i);
            if (event.seq <= peer.sent)
                continue;
            if (event.seq != peer.sent + 1) {
                catchUp(peer); // it fell behind (or joined mid-way): fill the gap from the log first
                if (event.seq <= peer.sent)
                    continue;
            }
            peer.socket->sendTextMessage(QString::fromUtf8(page.frames.at(i)));
            peer.sent = event.seq;
        }
    }
    if (m_storefront.isEmpty())
        return;
    for (const ServerEvent &event : events) {
        if (event.type != EventTypes.wire(EventType::MessageCreated) &&
            event.type != EventTypes.wire(EventType::MessageUpdated))
            continue;
        const qint64 conversationId =
            event.data.value(QStringLiteral("conversation_id")).toVariant().toLongLong();
        const QString text = frame(
            {{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("message"), event.data}});
        for (const ChatPeer &peer : std::as_const(m_storefront)) {
            if (peer.shopId == shopId && peer.conversationId == conversationId && peer.socket)
                peer.socket->sendTextMessage(text);
        }
    }
}

void StreamHub::addStorefrontChat(std::unique_ptr<QWebSocket> owned, const StorefrontSession &session)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const qint64 shopId = session.shopId;
    const qint64 customerId = session.customerId;
    const qint64 conversationId = session.conversationId;
    if (!m_broadcast.contains(shopId))
        m_broadcast.insert(shopId, m_service.context().eventLog().lastSeq(shopId));
    bool first = true;
    for (const ChatPeer &peer : std::as_const(m_storefront))
        first = first && !(peer.shopId == shopId && peer.customerId == customerId);
    m_storefront.insert(socket, ChatPeer{socket, shopId, customerId, conversationId, 0});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { removeSocket(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onChatText(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket](const QByteArray &) {
        socket->sendTextMessage(
            frame(chatError(QStringLiteral("bad_request"), QStringLiteral("send JSON text frames"))));
    });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_storefront.find(socket); it != m_storefront.end())
            it->missedPongs = 0;
    });
    QJsonArray history;
    for (const Message &message : m_service.conversations().history(session, 200))
        history.append(json::encode(message));
    socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("hello")},
                                   {QStringLiteral("conversation_id"), conversationId},
                                   {QStringLiteral("customer_id"), customerId},
                                   {QStringLiteral("messages"), history}}));
    if (first)
        m_service.storefront().setPresence(shopId, customerId, true);
}

void StreamHub::onChatText(QWebSocket *socket, const QString &text)
{
    const auto it = m_storefront.constFind(socket);
    if (it == m_storefront.cend())
        return;
    const ChatPeer &peer = it.value(); // nothing below changes m_storefront
    QJsonParseError error{};
    const QJsonDocument document =
        text.size() > qsizetype{64} * 1024 ? QJsonDocument() : QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject()) {
        socket->sendTextMessage(
            frame(chatError(QStringLiteral("bad_request"), QStringLiteral("expected a JSON object"))));
        return;
    }
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ping")) {
        socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("pong")}}));
        return;
    }
    if (type != QLatin1String("message")) {
        socket->sendTextMessage(
            frame(chatError(QStringLiteral("bad_request"), QStringLiteral("unknown type"))));
        return;
    }
    // Queued and written with whatever else arrives in this turn of the event loop: one transaction for a
    // burst instead of one per message.
    if (m_inbox.isEmpty())
        QTimer::singleShot(0, this, &StreamHub::flushInbox);
    m_inbox.append(
        Incoming{socket, StorefrontSession{peer.shopId, peer.customerId, peer.conversationId}, object});
}

void StreamHub::flushInbox()
{
    const QList<Incoming> inbox = std::exchange(m_inbox, {});
    QList<std::pair<StorefrontSession, QJsonObject>> batch;
    batch.reserve(inbox.size());
    for (const Incoming &item : inbox)
        batch.append({item.session, item.body});
    const QList<ServiceResult<Stored<Message>>> results = m_service.conversations().customerMessages(batch);
    for (qsizetype i = 0; i < inbox.size(); ++i) {
        QWebSocket *socket = inbox.at(i).socket;
        const ServiceResult<Stored<Message>> &result = results.at(i);
        if (!socket || !m_storefront.contains(socket))
            continue;
        if (!result.ok()) {
            QJsonObject reply = errorBody(result.error());
            reply.insert(QStringLiteral("type"), QStringLiteral("error"));
            reply.insert(QStringLiteral("client_id"), inbox.at(i).body.value(QStringLiteral("client_id")));
            socket->sendTextMessage(frame(reply));
        } else if (!result->created) {
            // A retry of a message already stored: acknowledge it again (the fan-out sent it the first time).
            socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("message")},
                                           {QStringLiteral("message"), json::encode(result->value)}}));
        }
    }
}

void StreamHub::removeSocket(QWebSocket *socket)
{
    m_staff.remove(socket);
    if (m_storefront.contains(socket)) {
        const ChatPeer peer = m_storefront.take(socket);
        bool last = true;
        for (const ChatPeer &other : std::as_const(m_storefront))
            last = last && !(other.shopId == peer.shopId && other.customerId == peer.customerId);
        if (last)
            m_service.storefront().setPresence(peer.shopId, peer.customerId, false);
    }
    socket->deleteLater();
}

void StreamHub::pingAll()
{
    QList<QWebSocket *> dead;
    for (auto it = m_staff.begin(); it != m_staff.end(); ++it) {
        if (++it->missedPongs > 2)
            dead.append(it.key());
        else if (it->socket)
            it->socket->ping();
    }
    for (auto it = m_storefront.begin(); it != m_storefront.end(); ++it) {
        if (++it->missedPongs > 2)
            dead.append(it.key());
        else if (it->socket)
            it->socket->ping();
    }
    for (QWebSocket *socket : std::as_const(dead)) {
        qCInfo(lcServerStream) << "dropping a peer that stopped answering pings";
        socket->abort();
        removeSocket(socket);
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
    const QList<QWebSocket *> sockets = m_staff.keys() + m_storefront.keys();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
    }
    m_staff.clear();
    m_storefront.clear();
}

} // namespace shopinbox::server
