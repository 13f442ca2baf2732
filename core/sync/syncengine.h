#pragma once

#include "domain/serverevent.h"
#include "pagefetcher.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

class QWebSocket;

namespace shopinbox {

class ApiClient;
class Cache;

/**
 * @brief Keeps the cache in step with the shop server.
 *
 * - Catch-up: `GET /api/v1/sync?since=<cursor>` page by page; each page is applied and the cursor advanced
 *   in one transaction (EventApplier).
 * - Live: `GET /api/v1/stream?since=<cursor>` (WebSocket). Frames are coalesced for a few milliseconds and
 *   applied as one batch, so a burst costs a handful of transactions, not one per event. A gap in seq starts
 *   a catch-up; events at or below the cursor are ignored.
 * - Failures: reconnect with exponential backoff and jitter (1 s doubling up to 60 s), at once when the
 *   network comes back (networkAvailable()). Malformed data is logged with context, never applied half-way.
 *
 * The cache is usable before start() and while offline: the engine only ever adds to it.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Offline, Connecting, Syncing, Online };
    Q_ENUM(State)

    SyncEngine(Cache &cache, ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    qint64 cursor() const;

    /** Connect and keep connected until stop(). */
    void start();
    void stop();
    /** The network came back (e.g. QNetworkInformation): reconnect now instead of waiting for the backoff. */
    void networkAvailable();

    /** Events per catch-up page requested (default 1000, the server's cap). */
    void setPageSize(int events) { m_pageSize = events; }
    /** Next reconnect delay in ms, for tests and the status bar. */
    int currentBackoff() const { return m_backoffMs; }

signals:
    void stateChanged(shopinbox::SyncEngine::State state);
    void lastErrorChanged(const QString &error);
    /** During a catch-up: events applied so far and whether more pages follow. */
    void progress(qint64 applied, bool more);
    /** The server refused the token: the user must sign in again. */
    void authenticationFailed();

private:
    void setState(State state);
    void fail(const QString &error);
    void connectNow();
    void requestPages(qint64 since);
    void onPage(int generation, const shopinbox::PageFetcher::ResultPtr &result);
    void stopFetching();
    void openStream();
    void onFrame(const QString &frame);
    void flushPending();
    void scheduleReconnect();
    void closeStream();

    Cache &m_cache;
    ApiClient &m_api;
    State m_state = State::Offline;
    QString m_lastError;
    bool m_running = false;
    int m_pageSize = 1000;
    qint64 m_catchUpApplied = 0;
    int m_generation = 0; ///< bumps on every (re)connect; stale callbacks compare and drop out
    QPointer<QWebSocket> m_socket;
    QList<ServerEvent> m_pending;
    QTimer m_coalesce;
    QTimer m_reconnect;
    int m_backoffMs = 1000;
    QRandomGenerator m_jitter;
    QThread m_fetchThread;
    PageFetcher *m_fetcher = nullptr; ///< lives in m_fetchThread
};

} // namespace shopinbox
