// Fuzz target: the bytes as what a client sends on one connection — one or more pipelined HTTP/1.1 requests —
// through the network front's parser and decisions (Beast's request parser with NetServer's limits, judgeHead
// of server/requesthead.h) into the router and the services (HttpApi on the demo shop,
// tests/fuzz/fuzzserver.h).
//
// Properties checked beyond "no crash, no sanitizer report":
// - every complete request is answered, exactly once, within the event loop's ceiling;
// - no answer is a 5xx other than 503 (the database is there; everything else is the client's fault);
// - every 4xx/5xx answer from the router is the API's error shape {"error": {"code", "message"}};
// - a refusal of the head (431, 413, 400) never reaches the router.
#include "fuzzserver.h"
#include "fuzzsupport.h"

#include "requesthead.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace shopinbox;
namespace http = boost::beast::http;

namespace {

fuzz::FuzzServer &fuzzServer()
{
    static fuzz::FuzzServer instance;
    return instance;
}

bool hasErrorShape(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    return document.isObject() && !error.value(QStringLiteral("code")).toString().isEmpty() &&
           !error.value(QStringLiteral("message")).toString().isEmpty();
}

/** One request from @p data at @p offset; false when no complete request is left. */
bool nextRequest(const QByteArray &data, qsizetype *offset)
{
    const server::NetLimits &limits = fuzzServer().limits();
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.headBytes));
    parser.body_limit(static_cast<std::uint64_t>(limits.mailBodyBytes));
    boost::beast::error_code error;
    // The head first, as the connection reads it.
    while (!parser.is_header_done() && *offset < data.size()) {
        const std::size_t used = parser.put(
            boost::asio::buffer(data.constData() + *offset, static_cast<std::size_t>(data.size() - *offset)),
            error);
        *offset += static_cast<qsizetype>(used);
        if (error == http::error::need_more)
            return false; // the connection would wait (and time out)
        if (error)
            return false; // 431, 413 or 400 and closed: nothing reaches the router
        if (used == 0)
            return false;
    }
    if (!parser.is_header_done())
        return false;
    const server::net::HeadVerdict verdict = server::net::judgeHead(parser, fuzzServer().api());
    switch (verdict.kind) {
    case server::net::HeadVerdict::Kind::Refuse:
        FUZZ_CHECK(verdict.status == 400 || verdict.status == 413);
        return false;
    case server::net::HeadVerdict::Kind::WebSocket:
        return false; // the WebSocket target takes it from here
    case server::net::HeadVerdict::Kind::ReadBody:
        parser.body_limit(static_cast<std::uint64_t>(verdict.bodyLimit));
        while (!parser.is_done() && *offset < data.size()) {
            const std::size_t used =
                parser.put(boost::asio::buffer(data.constData() + *offset,
                                               static_cast<std::size_t>(data.size() - *offset)),
                           error);
            *offset += static_cast<qsizetype>(used);
            if (error || used == 0)
                return false;
        }
        if (!parser.is_done())
            return false;
        break;
    case server::net::HeadVerdict::Kind::Complete:
        break;
    }
    const http::request<http::string_body> &request = parser.get();
    FUZZ_CHECK(request.body().size() <= static_cast<std::size_t>(verdict.bodyLimit));
    const server::HttpRequest copy = server::net::toHttpRequest(
        request, verdict, QHostAddress(QStringLiteral("192.0.2.7")), false,
        QByteArray(request.body().data(), static_cast<qsizetype>(request.body().size())));
    int answers = 0;
    server::HttpResponse answer;
    fuzzServer().api().handle(copy, [&answers, &answer](server::HttpResponse response) {
        ++answers;
        answer = std::move(response);
    });
    FUZZ_CHECK(fuzz::FuzzServer::runUntil([&answers] { return answers > 0; }));
    FUZZ_CHECK(answers == 1);
    FUZZ_CHECK(answer.status >= 100 && answer.status < 600);
    FUZZ_CHECK(answer.status < 500 || answer.status == 503);
    if (answer.status >= 400)
        FUZZ_CHECK(hasErrorShape(answer.body));
    return verdict.keepAlive && !answer.close;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    fuzz::silenceQtMessages();
    fuzzServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::MaxInputBytes)
        return 0;
    const QByteArray bytes = fuzz::toBytes(data, size);
    qsizetype offset = 0;
    for (int requests = 0; requests < 16 && nextRequest(bytes, &offset); ++requests) {
    }
    return 0;
}
