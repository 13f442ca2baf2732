#pragma once

#include "api/shopapi.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <functional>

namespace shopinbox {

/**
 * @brief One search-as-you-type query to the server with the cache as the fallback, for the pickers'
 * models: only the answer to the latest query counts, and a server that does not answer within wait()
 * milliseconds (a dead connection) is not waited for — failed() tells the model to answer from the cache.
 */
class ServerSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultWaitMs = 3000;

    /** @p api may be nullptr (offline): every start() then fails at once, before it returns. */
    explicit ServerSearch(ApiClient *api, QObject *parent = nullptr);

    void setWait(int milliseconds) { m_wait.setInterval(milliseconds); }
    /** One typed call of ShopApi, e.g. `api.products(query, limit, done)`. */
    using Request = std::function<void(const ShopApi &api, const ApiClient::Callback &done)>;
    /** Sends @p request (@p what names it in the log); an answer to an earlier start() is dropped from now
     * on. */
    void start(const QString &what, const Request &request);
    bool isSearching() const { return m_searching; }

signals:
    /** The server's answer to the latest query: a JSON array. */
    void answered(const QJsonArray &items);
    /** No usable answer: @p reason for the merchant (empty when there is no server to ask). */
    void failed(const QString &reason);
    void searchingChanged(bool searching);

private:
    void setSearching(bool searching);

    ApiClient *m_api;
    QTimer m_wait;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace shopinbox
