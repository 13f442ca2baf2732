#include "pagefetcher.h"

#include "api/shopapi.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace shopinbox {

PageFetcher::~PageFetcher() = default;

void PageFetcher::start(const QUrl &baseUrl, const QString &token, int pageSize, qint64 since, int generation)
{
    if (!m_network) {
        // Created here, in the worker thread, so replies are read and parsed there.
        m_network = new QNetworkAccessManager(this);
        m_api = new ApiClient(m_network, this);
    }
    m_api->setBaseUrl(baseUrl);
    m_api->setToken(token);
    m_pageSize = pageSize;
    m_generation = generation;
    m_since = since;
    m_inFlight = false;
    m_more = true;
    m_wanted = true;
    m_held.reset();
    fetch();
}

void PageFetcher::next(int generation)
{
    if (generation != m_generation)
        return;
    if (m_held) {
        deliver(std::exchange(m_held, {}));
        return;
    }
    m_wanted = true;
    fetch();
}

void PageFetcher::stop()
{
    ++m_generation;
    m_more = false;
    m_wanted = false;
    m_held.reset();
}

void PageFetcher::deliver(ResultPtr result)
{
    m_wanted = false;
    emit pageReady(m_generation, std::move(result));
    fetch(); // one page ahead
}

void PageFetcher::fetch()
{
    if (m_inFlight || !m_more || m_held || !m_api)
        return;
    m_inFlight = true;
    const int generation = m_generation;
    const qint64 since = m_since;
    ShopApi(*m_api).syncPage(since, m_pageSize, [this, generation, since](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        auto result = std::make_shared<Result>();
        result->since = since;
        result->response = response;
        m_more = false;
        if (response.ok()) {
            Decoded<json::SyncPage> page = json::decodeSyncPage(response.body);
            if (page) {
                result->page = std::move(page).value();
                const QList<ServerEvent> &events = result->page->events;
                const qint64 reached =
                    qMax(result->page->nextSince, events.isEmpty() ? since : events.constLast().seq);
                // Fetch ahead only while the log goes on and the page moved forward (the consumer reports a
                // page that does not).
                m_more = result->page->hasMore && !events.isEmpty() && reached > since;
                m_since = reached;
            } else {
                result->parseError = page.error().toString();
            }
            result->response.body.clear(); // parsed: the bytes are not needed on the other thread
        }
        if (m_wanted)
            deliver(std::move(result));
        else
            m_held = std::move(result);
    });
}

} // namespace shopinbox
