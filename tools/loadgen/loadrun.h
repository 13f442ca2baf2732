#pragma once
// The measured part of shop-inbox-loadgen: sessions, sockets, the timed load and its latencies, all on one
// Asio thread (see WsConnection for why not Qt's sockets).

#include "wsconnection.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QJsonObject>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace shopinbox::loadgen {

/** What a run is asked to do. */
struct LoadOptions
{
    std::string host = "127.0.0.1";
    unsigned short port = 0;
    int sockets = 2000;
    int rate = 1000;
    int duration = 60;
    int serverPid = 0; ///< the server to watch (CPU during the timed load), 0 for none
};

/** What a run measured; `error` is set when it could not run. */
struct LoadResult
{
    std::string error;
    std::int64_t sent = 0;
    std::int64_t received = 0;
    std::int64_t lost = 0;
    double sendSeconds = 0;
    std::vector<double> latenciesMs;       ///< sorted
    std::vector<double> worstPerSecondMs;  ///< the slowest message sent in each second of the load
    std::vector<double> warmupLatenciesMs; ///< sorted: each socket's first message, before the timed load
    double warmupSeconds = 0;
    double loadSeconds = 0;           ///< wall time from the first send to the end of the drain
    double cpuSeconds = 0;            ///< this process, during the timed load
    double serverCpuSeconds = 0;      ///< the server, during the timed load
    std::int64_t serverIdleRssKb = 0; ///< the server, all sockets open, before the load
};

/** Runs one load against a demo shop server: call run() on the thread that should do the work. */
class LoadRun
{
public:
    explicit LoadRun(LoadOptions options);

    LoadResult run();

private:
    std::optional<QJsonObject> post(const std::string &path, const QJsonObject &body, std::string &error);
    void openStaffStream();
    void openNextChats();
    void startWarmup();
    void startLoad();
    void tick();
    void drain();
    void finish(std::string error);
    void onStaffEvent(std::string_view text);

    LoadOptions m_options;
    boost::asio::io_context m_io;
    boost::asio::ip::tcp::endpoint m_endpoint;
    std::unique_ptr<boost::asio::ip::tcp::socket> m_http;
    std::string m_token;
    std::vector<std::string> m_sessions;
    std::shared_ptr<WsConnection> m_staff;
    std::vector<std::shared_ptr<WsConnection>> m_chats;
    std::size_t m_nextToOpen = 0;
    int m_opening = 0;
    int m_ready = 0;
    boost::asio::steady_timer m_timer;
    boost::asio::steady_timer m_deadline;
    std::chrono::steady_clock::time_point m_start;
    std::unordered_map<std::string, std::int64_t> m_pending; ///< client_id -> send time (ns after m_start)
    std::int64_t m_next = 0;
    std::int64_t m_ids = 0;
    bool m_warming = true; ///< sending each socket's first message (which opens its conversation)
    double m_cpuAtStart = 0;
    double m_serverCpuAtStart = 0;
    LoadResult m_result;
};

} // namespace shopinbox::loadgen
