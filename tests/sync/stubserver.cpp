#include "stubserver.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace synctest {

namespace {
constexpr char PendingProperty[] = "stubPending";
constexpr char StreamProperty[] = "stubStream";
} // namespace

StubServer::StubServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StubServer::onConnection);
}

StubServer::~StubServer()
{
    dropStreams();
}

bool StubServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StubServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int StubServer::openStreams() const
{
    int open = 0;
    for (const QPointer<QTcpSocket> &socket : m_streams) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void StubServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void StubServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property(StreamProperty).toBool()) {
        socket->readAll(); // frames from the client (pongs, close) are of no interest
        return;
    }
    QByteArray buffer = socket->property(PendingProperty).toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty(PendingProperty, buffer);
        return;
    }
    socket->setProperty(PendingProperty, QByteArray());
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    QByteArray authorization;
    QByteArray webSocketKey;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "authorization")
            authorization = value;
        else if (name == "sec-websocket-key")
            webSocketKey = value;
    }
    const QUrlQuery query(target);
    if (target.path() == QLatin1String("/api/v1/stream") && !webSocketKey.isEmpty()) {
        const QByteArray accept =
            QCryptographicHash::hash(webSocketKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " +
                      accept + "\r\n\r\n");
        socket->setProperty(StreamProperty, true);
        m_streams.append(socket);
        m_streamOpens.append(query.queryItemValue(QStringLiteral("since")).toLongLong());
        return;
    }
    if (target.path() == QLatin1String("/api/v1/sync") && m_syncHandler) {
        SyncRequest request;
        request.since = query.queryItemValue(QStringLiteral("since")).toLongLong();
        request.limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        request.authorization = authorization;
        m_syncRequests.append(request);
        socket->write(m_syncHandler(request));
    } else {
        socket->write(http(404, "application/json",
                           R"({"error": {"code": "not_found", "message": "no route in the stub"}})"));
    }
    socket->disconnectFromHost(); // every answer says Connection: close
}

QByteArray StubServer::frame(quint8 opcode, const QByteArray &payload)
{
    QByteArray bytes;
    bytes.append(static_cast<char>(0x80 | opcode)); // FIN + opcode; server frames are not masked
    const qsizetype size = payload.size();
    if (size < 126) {
        bytes.append(static_cast<char>(size));
    } else if (size < 65536) {
        bytes.append(static_cast<char>(126));
        bytes.append(static_cast<char>((size >> 8) & 0xff));
        bytes.append(static_cast<char>(size & 0xff));
    } else {
        bytes.append(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            bytes.append(static_cast<char>((static_cast<quint64>(size) >> shift) & 0xff));
    }
    return bytes + payload;
}

void StubServer::sendTextFrame(const QByteArray &payload)
{
    sendRaw(frame(0x1, payload));
}

void StubServer::sendBinaryFrame(const QByteArray &payload)
{
    sendRaw(frame(0x2, payload));
}

void StubServer::sendRaw(const QByteArray &bytes)
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streams)) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(bytes);
            socket->flush();
        }
    }
}

void StubServer::dropStreams()
{
    const QList<QPointer<QTcpSocket>> streams = std::exchange(m_streams, {});
    for (const QPointer<QTcpSocket> &socket : streams) {
        if (socket)
            socket->abort();
    }
}

QByteArray StubServer::http(int status, const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Error";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray StubServer::truncated(const QByteArray &body, qsizetype sent)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body.left(sent);
}

} // namespace synctest
