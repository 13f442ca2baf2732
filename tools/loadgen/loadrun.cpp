#include "loadrun.h"

#include "procstat.h"

#include <boost/asio/connect.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <QJsonDocument>
#include <QUrl>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace shopinbox::loadgen {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int OpenWindow = 256; ///< handshakes in flight while the sockets open
constexpr auto SetupLimit = std::chrono::seconds(120);
constexpr auto DrainLimit = std::chrono::seconds(60); ///< a message later than this counts as lost
constexpr auto TickInterval = std::chrono::milliseconds(2);

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

LoadResult failed(std::string error)
{
    LoadResult result;
    result.error = std::move(error);
    return result;
}

std::string clientId(std::int64_t n)
{
    // A version-4-shaped UUID made from the process and a counter: unique per run, no random source needed.
    char text[40];
    std::snprintf(text, sizeof text, "%08x-0000-4000-8000-%012llx", static_cast<unsigned>(getpid()),
                  static_cast<unsigned long long>(n));
    return text;
}

} // namespace

LoadRun::LoadRun(LoadOptions options)
    : m_options(std::move(options))
    , m_timer(m_io)
    , m_deadline(m_io)
{
}

std::optional<QJsonObject> LoadRun::post(const std::string &path, const QJsonObject &body, std::string &error)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (int attempt = 0; attempt < 2; ++attempt) {
        beast::error_code failure;
        if (!m_http) {
            m_http = std::make_unique<tcp::socket>(m_io);
            m_http->connect(m_endpoint, failure);
            if (failure) {
                m_http.reset();
                error = path + ": " + failure.message();
                return std::nullopt;
            }
        }
        http::request<http::string_body> request{http::verb::post, path, 11};
        request.set(http::field::host, m_options.host);
        request.set(http::field::content_type, "application/json");
        if (!m_token.empty())
            request.set(http::field::authorization, "Bearer " + m_token);
        request.body().assign(json.constData(), static_cast<std::size_t>(json.size()));
        request.prepare_payload();
        beast::flat_buffer buffer;
        http::response<http::string_body> response;
        http::write(*m_http, request, failure);
        if (!failure)
            http::read(*m_http, buffer, response, failure);
        if (failure) { // the server closed an idle keep-alive connection: open another and try again
            m_http.reset();
            error = path + ": " + failure.message();
            continue;
        }
        if (!response.keep_alive())
            m_http.reset();
        const QJsonObject result =
            QJsonDocument::fromJson(QByteArray::fromStdString(response.body())).object();
        if (response.result_int() >= 300) {
            error = path + ": HTTP " + std::to_string(response.result_int()) + " " + response.body();
            return std::nullopt;
        }
        return result;
    }
    return std::nullopt;
}

LoadResult LoadRun::run()
{
    m_endpoint = tcp::endpoint(boost::asio::ip::make_address(m_options.host), m_options.port);
    std::string error;
    const auto login = post("/api/v1/login",
                            {{QStringLiteral("email"), QStringLiteral("owner@demo.shop")},
                             {QStringLiteral("password"), QStringLiteral("demo-owner")}},
                            error);
    if (!login)
        return failed("sign-in failed: " + error);
    const std::string token = login->value(QStringLiteral("token")).toString().toStdString();
    std::fprintf(stderr, "loadgen: creating %d storefront sessions\n", m_options.sockets);
    for (int i = 0; i < m_options.sockets; ++i) {
        const auto session =
            post("/storefront/v1/sessions",
                 {{QStringLiteral("name"), QStringLiteral("Load Shopper %1").arg(i)},
                  {QStringLiteral("email"), QStringLiteral("load-%1-%2@example.com").arg(getpid()).arg(i)}},
                 error);
        const QString sessionToken =
            session ? session->value(QStringLiteral("session_token")).toString() : QString();
        if (sessionToken.isEmpty())
            return failed("session " + std::to_string(i) + " failed: " + error);
        m_sessions.push_back(QUrl::toPercentEncoding(sessionToken).toStdString());
    }
    m_http.reset();
    m_token = token;
    std::fprintf(stderr, "loadgen: opening %d storefront sockets\n", m_options.sockets);
    m_deadline.expires_after(SetupLimit);
    m_deadline.async_wait([this](beast::error_code cancelled) {
        if (!cancelled)
            finish("only " + std::to_string(m_ready) + " of " + std::to_string(m_options.sockets) +
                   " chat sockets became ready");
    });
    openStaffStream();
    m_io.run();
    return std::move(m_result);
}

void LoadRun::openStaffStream()
{
    m_staff = std::make_shared<WsConnection>(m_io);
    m_staff->open(
        m_endpoint, m_options.host, "/api/v1/stream?since=0", m_token,
        [this](bool opened) {
            if (!opened)
                finish("cannot open the staff stream");
            else
                openNextChats();
        },
        [this](std::string_view text) { onStaffEvent(text); });
}

void LoadRun::openNextChats()
{
    while (m_opening < OpenWindow && m_nextToOpen < m_sessions.size()) {
        auto chat = std::make_shared<WsConnection>(m_io);
        m_chats.push_back(chat);
        ++m_opening;
        const std::size_t index = m_nextToOpen++;
        auto counted = std::make_shared<bool>(false);
        chat->open(
            m_endpoint, m_options.host, "/storefront/v1/chat?session=" + m_sessions[index], {},
            [this, index](bool opened) {
                --m_opening;
                if (!opened)
                    finish("chat socket " + std::to_string(index) + " did not open");
                else
                    openNextChats();
            },
            [this, counted](std::string_view text) {
                if (*counted)
                    return;
                if (text.rfind("{\"conversation_id\"", 0) == 0 || text.find("\"hello\"") != text.npos) {
                    *counted = true;
                    if (++m_ready == m_options.sockets)
                        startWarmup();
                }
            });
    }
}

void LoadRun::startWarmup()
{
    // A conversation's first customer message costs more than the others (the follow-up or away message is
    // written and sent with it). Each socket sends one at the load's rate first, measured apart; the timed
    // load then measures conversations under way.
    m_deadline.cancel();
    std::fprintf(stderr, "loadgen: %d sockets open; warming up: one message each at %d messages/s\n",
                 m_options.sockets, m_options.rate);
    m_warming = true;
    m_start = Clock::now();
    tick();
}

void LoadRun::startLoad()
{
    m_warming = false;
    m_result.warmupLatenciesMs = std::exchange(m_result.latenciesMs, {});
    std::sort(m_result.warmupLatenciesMs.begin(), m_result.warmupLatenciesMs.end());
    m_result.warmupSeconds = std::chrono::duration<double>(Clock::now() - m_start).count();
    m_result.worstPerSecondMs.clear();
    m_result.sent = 0;
    std::fprintf(stderr, "loadgen: %d sockets open; sending %d messages/s for %d s\n", m_options.sockets,
                 m_options.rate, m_options.duration);
    m_start = Clock::now();
    m_cpuAtStart = cpuSeconds();
    m_serverCpuAtStart = cpuSecondsOf(m_options.serverPid);
    m_result.serverIdleRssKb = residentKb(m_options.serverPid);
    tick();
}

void LoadRun::tick()
{
    const std::int64_t elapsed =
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_start).count();
    const std::int64_t end = std::int64_t{m_options.duration} * 1'000'000'000;
    const auto sockets = static_cast<std::int64_t>(m_chats.size());
    // Messages due by now at the configured rate, spread over all sockets.
    std::int64_t due = std::min(elapsed, end) * m_options.rate / 1'000'000'000;
    if (m_warming)
        due = std::min(elapsed * m_options.rate / 1'000'000'000, sockets);
    while (m_result.sent < due) {
        WsConnection &chat = *m_chats[static_cast<std::size_t>(m_next++ % sockets)];
        std::string id = clientId(m_ids++);
        std::string text = R"({"type":"message","client_id":")" + id +
                           R"(","body":"Is the merino sweater available in size M? #)" +
                           std::to_string(m_result.sent) + "\"}";
        m_pending.emplace(
            std::move(id),
            std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_start).count());
        chat.send(std::move(text));
        ++m_result.sent;
    }
    if (m_warming ? m_result.sent == sockets : elapsed >= end) {
        if (!m_warming)
            m_result.sendSeconds = static_cast<double>(elapsed) / 1e9;
        m_deadline.expires_after(DrainLimit);
        m_deadline.async_wait([this](beast::error_code cancelled) {
            if (!cancelled)
                finish(m_warming ? std::to_string(m_pending.size()) + " warm-up messages never arrived"
                                 : std::string());
        });
        drain();
        return;
    }
    m_timer.expires_after(TickInterval);
    m_timer.async_wait([this](beast::error_code cancelled) {
        if (!cancelled)
            tick();
    });
}

void LoadRun::drain()
{
    if (m_pending.empty() && m_warming) {
        m_deadline.cancel();
        startLoad();
        return;
    }
    if (m_pending.empty()) {
        finish({});
        return;
    }
    m_timer.expires_after(std::chrono::milliseconds(10));
    m_timer.async_wait([this](beast::error_code cancelled) {
        if (!cancelled)
            drain();
    });
}

void LoadRun::onStaffEvent(std::string_view text)
{
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_start).count();
    if (m_pending.empty() || text.find("\"message.created\"") == text.npos)
        return;
    const QJsonObject event =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())))
            .object();
    if (event.value(QStringLiteral("type")).toString() != QLatin1String("message.created"))
        return;
    const std::string id = event.value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("client_id"))
                               .toString()
                               .toStdString();
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const double latency = static_cast<double>(now - it->second) / 1e6;
    m_result.latenciesMs.push_back(latency);
    const auto second = static_cast<std::size_t>(it->second / 1'000'000'000);
    if (m_result.worstPerSecondMs.size() <= second)
        m_result.worstPerSecondMs.resize(second + 1, 0.0);
    m_result.worstPerSecondMs[second] = std::max(m_result.worstPerSecondMs[second], latency);
    m_pending.erase(it);
}

void LoadRun::finish(std::string error)
{
    if (m_io.stopped())
        return;
    m_result.error = std::move(error);
    m_result.cpuSeconds = cpuSeconds() - m_cpuAtStart;
    m_result.loadSeconds =
        m_cpuAtStart > 0 ? std::chrono::duration<double>(Clock::now() - m_start).count() : 0.0;
    m_result.serverCpuSeconds = cpuSecondsOf(m_options.serverPid) - m_serverCpuAtStart;
    m_result.received = static_cast<std::int64_t>(m_result.latenciesMs.size());
    m_result.lost = static_cast<std::int64_t>(m_pending.size());
    std::sort(m_result.latenciesMs.begin(), m_result.latenciesMs.end());
    m_timer.cancel();
    m_deadline.cancel();
    for (auto &chat : m_chats)
        chat->abort();
    if (m_staff)
        m_staff->abort();
    m_io.stop();
}

} // namespace shopinbox::loadgen
