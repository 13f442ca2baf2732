#include "syncengine.h"

#include "api/apiclient.h"
#include "codec/jsoncodec.h"
#include "storage/cache.h"
#include "storage/eventapplier.h"
#include "storage/syncstatestore.h"
#include "synclog.h"

#include <QThread>

#include <QNetworkInformation>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

namespace shopinbox {

namespace {
constexpr int MinBackoffMs = 1000;
constexpr int MaxBackoffMs = 60'000;
// Live events are applied at most this many per turn of the event loop: a burst of thousands of frames
// (one socket read) then never freezes the window for longer than one slice (~10-15 ms on a slow machine).
constexpr int SliceEvents = 50;
/** How long a few live events wait for company before they are applied together. */
constexpr int CoalesceMs = 5;

/** For lastError: events that EventApplier skipped because they do not decode (they are logged as well). */
QString describeSkipped(const QStringList &skipped)
{
    return SyncEngine::tr("Skipped %n malformed event(s) from the server: %1", nullptr,
                          static_cast<int>(skipped.size()))
        .arg(skipped.mid(0, 3).join(QStringLiteral("; ")));
}
} // namespace

SyncEngine::SyncEngine(Cache &cache, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_jitter(QRandomGenerator::securelySeeded())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &SyncEngine::flushPending);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectNow);
    // Catch-up pages are downloaded and parsed on a worker thread while this thread applies the previous one.
    qRegisterMetaType<PageFetcher::ResultPtr>();
    m_fetcher = new PageFetcher;
    m_fetcher->moveToThread(&m_fetchThread);
    connect(&m_fetchThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &PageFetcher::pageReady, this, &SyncEngine::onPage);
    m_fetchThread.start();
    // Where the platform reports reachability (NetworkManager, Windows, macOS), coming back online
    // reconnects at once instead of waiting out the backoff.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        networkAvailable();
                });
    }
}

SyncEngine::~SyncEngine()
{
    stop();
    m_fetchThread.quit();
    m_fetchThread.wait();
}

qint64 SyncEngine::cursor() const
{
    return m_cache.isOpen() ? m_cache.syncState().cursor() : 0;
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::fail(const QString &error)
{
    qCWarning(lcSync).noquote() << error;
    m_lastError = error;
    emit lastErrorChanged(error);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = MinBackoffMs;
    connectNow();
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_generation;
    stopFetching();
    m_reconnect.stop();
    m_coalesce.stop();
    m_pending.clear();
    closeStream();
    setState(State::Offline);
}

void SyncEngine::networkAvailable()
{
    if (!m_running || m_state != State::Offline)
        return;
    m_backoffMs = MinBackoffMs;
    m_reconnect.stop();
    connectNow();
}

void SyncEngine::stopFetching()
{
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { fetcher->stop(); });
}

void SyncEngine::closeStream()
{
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket.clear();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void SyncEngine::connectNow()
{
    if (!m_running)
        return;
    ++m_generation;
    closeStream();
    m_pending.clear();
    m_coalesce.stop();
    m_catchUpApplied = 0;
    setState(State::Connecting);
    requestPages(cursor());
}

void SyncEngine::scheduleReconnect()
{
    if (!m_running)
        return;
    ++m_generation;
    stopFetching();
    closeStream();
    setState(State::Offline);
    // Full jitter in the upper half of the window: clients that lost the server together do not return
    // together.
    const int delay = m_backoffMs / 2 + static_cast<int>(m_jitter.bounded(m_backoffMs / 2 + 1));
    m_backoffMs = qMin(m_backoffMs * 2, MaxBackoffMs);
    qCInfo(lcSync) << "reconnecting in" << delay << "ms";
    m_reconnect.start(delay);
}

void SyncEngine::requestPages(qint64 since)
{
    const int generation = m_generation;
    const QUrl base = m_api.baseUrl();
    const QString token = m_api.token();
    const int pageSize = m_pageSize;
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, base, token, pageSize, since, generation] {
        fetcher->start(base, token, pageSize, since, generation);
    });
}

void SyncEngine::onPage(int generation, const PageFetcher::ResultPtr &result)
{
    if (generation != m_generation)
        return;
    const ApiResponse &response = result->response;
    if (!response.ok()) {
        if (response.status == 401)
            emit authenticationFailed();
        fail(tr("Sync failed: %1").arg(response.errorMessage));
        scheduleReconnect();
        return;
    }
    if (!result->page) {
        fail(tr("The server sent a sync page that cannot be read (%1); retrying later.")
                 .arg(result->parseError));
        scheduleReconnect();
        return;
    }
    setState(State::Syncing);
    const json::SyncPage &page = *result->page;
    const qint64 since = result->since;
    const QList<ServerEvent> &events = page.events;
    const qint64 reached = qMax(page.nextSince, events.isEmpty() ? since : events.constLast().seq);
    const bool more = page.hasMore && !events.isEmpty();
    if (more && reached <= since) {
        // Asking again from the same cursor would get the same page, again and again without a pause.
        fail(tr("The server sent a sync page that does not advance past seq %1; retrying later.").arg(since));
        scheduleReconnect();
        return;
    }
    EventApplier applier(m_cache);
    const EventApplier::Result applied = applier.apply(events, page.nextSince);
    if (!applied.ok) {
        fail(tr("Could not store synced data: %1").arg(applied.error));
        scheduleReconnect();
        return;
    }
    if (!applied.skipped.isEmpty())
        fail(describeSkipped(applied.skipped));
    m_catchUpApplied += applied.applied;
    // What the server can do, as of this page: whether replies to customers who left are emailed.
    QJsonObject server = m_cache.syncState().document(SyncStateStore::ServerDocument);
    if (!server.contains(QStringLiteral("email_replies")) ||
        server.value(QStringLiteral("email_replies")).toBool() != page.emailReplies) {
        server.insert(QStringLiteral("email_replies"), page.emailReplies);
        m_cache.syncState().setDocument(SyncStateStore::ServerDocument, server);
    }
    emit progress(m_catchUpApplied, page.hasMore);
    if (more) {
        // The next page is usually downloaded and parsed already (PageFetcher works one page ahead).
        QMetaObject::invokeMethod(m_fetcher,
                                  [fetcher = m_fetcher, generation] { fetcher->next(generation); });
    } else {
        openStream();
    }
}

void SyncEngine::openStream()
{
    const int generation = m_generation;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, generation, socket] {
        if (generation != m_generation)
            return;
        // Events arrive as soon as the server commits them; do not let Nagle hold them back.
        if (auto *tcp = socket->findChild<QAbstractSocket *>())
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_backoffMs = MinBackoffMs;
        setState(State::Online);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &SyncEngine::onFrame);
    connect(socket, &QWebSocket::disconnected, this, [this, generation, socket] {
        if (generation != m_generation)
            return;
        fail(tr("The connection to the server was lost (%1).")
                 .arg(socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason()));
        flushPending();
        scheduleReconnect();
    });
    QNetworkRequest request(m_api.streamUrl(cursor()));
    request.setRawHeader("Authorization", "Bearer " + m_api.token().toLatin1());
    socket->open(request);
}

void SyncEngine::onFrame(const QString &frame)
{
    if (sender() != m_socket)
        return;
    const Decoded<ServerEvent> event = json::decodeEvent(frame.toUtf8());
    if (!event) {
        // Skipped; if it held an event, the next one shows a gap and a catch-up fetches it properly.
        fail(tr("Ignored a malformed event from the server (%1): %2")
                 .arg(event.error().toString(), frame.left(200)));
        return;
    }
    m_pending.append(event.value());
    // A few events wait 5 ms for company (one transaction for a small burst); a full slice goes next turn.
    const int wait = m_pending.size() >= SliceEvents ? 0 : CoalesceMs;
    if (!m_coalesce.isActive() || m_coalesce.interval() > wait)
        m_coalesce.start(wait);
}

void SyncEngine::flushPending()
{
    m_coalesce.stop();
    if (m_pending.isEmpty())
        return;
    QList<ServerEvent> events;
    if (m_pending.size() <= SliceEvents) {
        events = std::exchange(m_pending, {});
    } else {
        events = m_pending.mid(0, SliceEvents);
        m_pending.remove(0, SliceEvents);
        m_coalesce.start(0); // the rest on the next turns, after the window had its chance to paint
    }
    qint64 expected = cursor() + 1;
    QList<ServerEvent> contiguous;
    bool gap = false;
    for (const ServerEvent &event : events) {
        if (event.seq < expected)
            continue; // already applied (a replay, or seq going backwards)
        if (event.seq != expected) {
            gap = true;
            break;
        }
        contiguous.append(event);
        ++expected;
    }
    if (!contiguous.isEmpty()) {
        EventApplier applier(m_cache);
        const EventApplier::Result result = applier.apply(contiguous);
        if (!result.ok) {
            fail(tr("Could not store live events: %1").arg(result.error));
            scheduleReconnect();
            return;
        }
        if (!result.skipped.isEmpty())
            fail(describeSkipped(result.skipped));
    }
    if (gap) {
        qCInfo(lcSync) << "gap in the event stream after seq" << expected - 1 << "- catching up";
        connectNow();
    }
}

} // namespace shopinbox
