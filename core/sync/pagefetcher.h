#pragma once

#include "api/apiresponse.h"
#include "codec/jsoncodec.h"

#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace shopinbox {

class ApiClient;

/**
 * @brief Fetches and parses catch-up pages on a worker thread, one page ahead of the one being applied.
 *
 * SyncEngine moves it to its own thread. After start() it fetches the page after `since`, parses it and hands
 * it over with pageReady(); it fetches the next page at once (when the page says there is more) and holds it
 * until the consumer asks with next(). So while the UI thread writes page N to the cache, page N+1 is already
 * downloaded and parsed. Pages of an abandoned catch-up carry an old generation and are dropped.
 */
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    /** What one request produced. */
    struct Result
    {
        qint64 since = 0;
        ApiResponse response;
        std::optional<json::SyncPage> page; ///< Set when the response was 2xx and parsed.
        QString parseError;                 ///< Why it did not parse.
    };
    using ResultPtr = std::shared_ptr<const Result>;

    PageFetcher() = default;
    ~PageFetcher() override;

public slots:
    void start(const QUrl &baseUrl, const QString &token, int pageSize, qint64 since, int generation);
    /** The consumer applied a page: deliver the one held back and fetch the one after it. */
    void next(int generation);
    /** Forget the current catch-up. */
    void stop();

signals:
    void pageReady(int generation, shopinbox::PageFetcher::ResultPtr result);

private:
    void fetch();
    void deliver(ResultPtr result);

    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_api = nullptr;
    int m_pageSize = 1000;
    int m_generation = 0;
    qint64 m_since = 0;
    bool m_inFlight = false;
    bool m_more = false;
    bool m_wanted = false; ///< the consumer is waiting for a page
    ResultPtr m_held;
};

} // namespace shopinbox

Q_DECLARE_METATYPE(shopinbox::PageFetcher::ResultPtr)
