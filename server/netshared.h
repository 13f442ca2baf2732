#pragma once
// Private to the network front (netserver.cpp, httpsession.h, wssession.h): Asio and Beast live only here.

#include "netlimits.h"
#include "requestsink.h"
#include "serverlog.h"

#include <QByteArray>
#include <QMetaObject>
#include <QObject>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace shopinbox::server::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

/** What every session of one NetServer shares; sessions hold it by shared_ptr. */
struct NetShared
{
    NetShared(RequestSink &requestSink, const NetLimits &netLimits, QObject *qtSide)
        : sink(requestSink)
        , limits(netLimits)
        , dispatcher(qtSide)
    {
    }

    RequestSink &sink;
    const NetLimits limits;
    QObject *const dispatcher; ///< Lives on the Qt thread until the network threads are joined.
    int connectionCap = 0;
    int perAddressCap = 0; ///< 0: none

    std::atomic<int> connections{0};
    std::atomic<quint64> nextId{1};
    std::atomic<bool> stopping{false};

    /** Runs @p work on the Qt thread (queued). */
    void toQt(std::function<void()> work) const
    {
        QMetaObject::invokeMethod(dispatcher, std::move(work), Qt::QueuedConnection);
    }

    /** Counts a new connection of @p address; false (nothing counted) when a cap is reached. */
    bool admit(const std::string &address)
    {
        const std::lock_guard lock(m_mutex);
        if (connections.load() >= connectionCap)
            return false;
        int &count = m_perAddress[address];
        if (perAddressCap > 0 && count >= perAddressCap) {
            if (count == 0)
                m_perAddress.erase(address);
            return false;
        }
        ++count;
        ++connections;
        return true;
    }
    void release(const std::string &address)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_perAddress.find(address);
        if (it != m_perAddress.end() && --it->second <= 0)
            m_perAddress.erase(it);
        --connections;
    }

    /** Sessions that stop() closes; @p lingers: a WebSocket, given the grace period to finish its close. */
    void track(quint64 id, std::function<void()> shutdown, bool lingers = false)
    {
        const std::lock_guard lock(m_mutex);
        m_live.emplace(id, Live{std::move(shutdown), lingers});
    }
    void untrack(quint64 id)
    {
        const std::lock_guard lock(m_mutex);
        m_live.erase(id);
    }
    /** Closes the sessions that do not linger (@p all: every session). */
    void shutdownAll(bool all)
    {
        std::unordered_map<quint64, Live> live;
        {
            const std::lock_guard lock(m_mutex);
            live = m_live;
        }
        for (auto &[id, entry] : live) {
            if (all || !entry.lingers)
                entry.shutdown();
        }
    }
    std::size_t liveCount()
    {
        const std::lock_guard lock(m_mutex);
        return m_live.size();
    }

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, int> m_perAddress;
    struct Live
    {
        std::function<void()> shutdown;
        bool lingers = false;
    };
    std::unordered_map<quint64, Live> m_live;
};

/** One admitted connection's place under the caps; released when the last session holding it goes. */
class ConnectionSlot
{
public:
    ConnectionSlot(std::shared_ptr<NetShared> shared, std::string address)
        : m_shared(std::move(shared))
        , m_address(std::move(address))
    {
    }
    ~ConnectionSlot()
    {
        if (m_shared)
            m_shared->release(m_address);
    }
    ConnectionSlot(const ConnectionSlot &) = delete;
    ConnectionSlot &operator=(const ConnectionSlot &) = delete;

private:
    std::shared_ptr<NetShared> m_shared;
    std::string m_address;
};

/** The JSON error body of the API for refusals made before a request reaches the router. */
inline std::string errorJson(const char *code, const char *message)
{
    return std::string("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}}";
}

} // namespace shopinbox::server::net
