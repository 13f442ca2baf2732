#pragma once
// Private to the network front: what a parsed request head means, decided in one place for the connection
// (httpsession.h) and the request fuzz target (tests/fuzz/fuzz_http_request.cpp).

#include "httpmessage.h"
#include "requestsink.h"

#include <QUrl>

#include <boost/beast/http.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <string_view>

namespace shopinbox::server::net {

/** The decision on a request whose head is complete. */
struct HeadVerdict
{
    enum class Kind {
        Refuse,    ///< Answer status/code/message and close.
        WebSocket, ///< Hand the connection to a WebSocket session.
        ReadBody,  ///< Read a body of at most bodyLimit bytes, then dispatch.
        Complete,  ///< No body: dispatch now.
    };
    Kind kind = Kind::Refuse;
    int status = 0;
    const char *code = nullptr;
    const char *message = nullptr;
    qint64 bodyLimit = 0;
    bool keepAlive = false;
    bool expectContinue = false;
    QByteArray method;
    QString path;
};

inline QByteArray bytes(std::string_view view)
{
    return {view.data(), static_cast<qsizetype>(view.size())};
}

/** Judges the head of @p parser (header done) against the routes of @p sink. */
template<class Parser> HeadVerdict judgeHead(const Parser &parser, const RequestSink &sink)
{
    namespace http = boost::beast::http;
    const auto &request = parser.get();
    HeadVerdict verdict;
    verdict.keepAlive = request.keep_alive();
    verdict.method = bytes(request.method_string());
    const std::string_view target = request.target();
    const auto refuse = [&verdict](int status, const char *code, const char *message) {
        verdict.kind = HeadVerdict::Kind::Refuse;
        verdict.status = status;
        verdict.code = code;
        verdict.message = message;
        return verdict;
    };
    if (target.empty() || target.front() != '/')
        return refuse(400, "bad_request", "the request target must be a path");
    verdict.path = QUrl::fromPercentEncoding(bytes(target.substr(0, target.find('?'))));
    const bool upgrade = boost::beast::websocket::is_upgrade(request);
    if (upgrade && sink.isWebSocketPath(verdict.path)) {
        if (!parser.is_done())
            return refuse(400, "bad_request", "an upgrade request has no body");
        verdict.kind = HeadVerdict::Kind::WebSocket;
        return verdict;
    }
    if (upgrade)
        verdict.keepAlive =
            false; // answered by the router, then closed: the client's handshake fails at once
    verdict.bodyLimit = sink.bodyLimit(verdict.method, verdict.path);
    const auto length = parser.content_length();
    if (length && *length > static_cast<std::uint64_t>(verdict.bodyLimit))
        return refuse(413, "too_large", "the request body is larger than this endpoint accepts");
    if (parser.is_done()) {
        verdict.kind = HeadVerdict::Kind::Complete;
        return verdict;
    }
    const auto expect = request.find(http::field::expect);
    verdict.expectContinue =
        expect != request.end() && boost::beast::iequals(expect->value(), "100-continue");
    verdict.kind = HeadVerdict::Kind::ReadBody;
    return verdict;
}

/** The request as the domain side sees it. */
template<class Fields>
HttpRequest toHttpRequest(const Fields &request, const HeadVerdict &verdict, const QHostAddress &peer,
                          bool tls, QByteArray body = {})
{
    HttpRequest copy;
    copy.method = verdict.method;
    copy.path = verdict.path;
    copy.tls = tls;
    copy.peer = peer;
    const std::string_view target = request.target();
    const std::size_t question = target.find('?');
    if (question != std::string_view::npos)
        copy.urlQuery = QUrlQuery(QString::fromUtf8(bytes(target.substr(question + 1))));
    for (const auto &field : request)
        copy.headers.emplaceBack(bytes(field.name_string()).toLower(), bytes(field.value()));
    copy.content = std::move(body);
    return copy;
}

} // namespace shopinbox::server::net
