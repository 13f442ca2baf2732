#pragma once
// A scripted stand-in for the shop server that answers with raw bytes.
//
// The real server cannot be made to send garbage (invalid JSON, truncated bodies, HTML with status 200, seq
// going backwards, broken stream frames), so the tests of the SyncEngine's handling of malformed data use
// this stub: a QTcpServer that reads HTTP requests itself, answers GET /api/v1/sync with whatever the test
// scripted, and does the WebSocket handshake and (unmasked, server-to-client) framing of /api/v1/stream by
// hand, so the test controls every byte.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace synctest {

class StubServer : public QObject
{
    Q_OBJECT
public:
    /** A GET /api/v1/sync request as the stub saw it. */
    struct SyncRequest
    {
        qint64 since = -1;
        int limit = 0;
        QByteArray authorization;
    };
    /** Raw bytes to answer a sync request with (status line, headers and body). */
    using SyncHandler = std::function<QByteArray(const SyncRequest &request)>;

    explicit StubServer(QObject *parent = nullptr);
    ~StubServer() override;

    bool listen();
    QUrl url() const;

    void setSyncHandler(SyncHandler handler) { m_syncHandler = std::move(handler); }
    const QList<SyncRequest> &syncRequests() const { return m_syncRequests; }
    /** since of every stream connection, in order. */
    const QList<qint64> &streamOpens() const { return m_streamOpens; }
    int openStreams() const;

    /** Sends one text frame with @p payload (any bytes) to every open stream. */
    void sendTextFrame(const QByteArray &payload);
    /** Sends one binary frame to every open stream. */
    void sendBinaryFrame(const QByteArray &payload);
    /** Writes @p bytes as they are (not a frame) to every open stream. */
    void sendRaw(const QByteArray &bytes);
    /** Drops every stream connection without a close frame. */
    void dropStreams();

    /// @name Answers
    ///@{
    static QByteArray http(int status, const QByteArray &contentType, const QByteArray &body);
    static QByteArray json(const QByteArray &body) { return http(200, "application/json", body); }
    /** Claims @p body in Content-Length but sends only the first @p sent bytes before closing. */
    static QByteArray truncated(const QByteArray &body, qsizetype sent);
    ///@}

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    static QByteArray frame(quint8 opcode, const QByteArray &payload);

    QTcpServer m_server;
    SyncHandler m_syncHandler;
    QList<SyncRequest> m_syncRequests;
    QList<qint64> m_streamOpens;
    QList<QPointer<QTcpSocket>> m_streams;
};

} // namespace synctest
