// Fuzz target: the bytes as the messages a storefront chat socket and a staff stream deliver to the domain
// (StreamHub on the demo shop, tests/fuzz/fuzzserver.h). The input is split at 0x00 bytes into messages; a
// message whose first byte is 0x01 is binary (the rest its payload), any other is a text message. The first
// message goes to a staff stream (whose frames the protocol ignores), the others to one chat.
//
// WebSocket framing itself (masking, lengths, control frames, fragmentation) is Boost.Beast's, with our
// limits (tests/server/test_server_limits.cpp tries those with raw frames); this target covers what runs on
// our side of it, where a message of any shape arrives.
//
// Properties checked beyond "no crash, no sanitizer report":
// - every message delivered is handed back exactly once (WsPeer::messageHandled), so a socket's reading
//   never stalls on a message the domain forgot;
// - every frame the hub sends to the chat is a JSON object with a "type";
// - a socket that was closed gets no more frames.
#include "fuzzserver.h"
#include "fuzzsupport.h"

#include "wspeer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

using namespace shopinbox;

namespace {

fuzz::FuzzServer &fuzzServer()
{
    static fuzz::FuzzServer instance;
    return instance;
}

/** A WsPeer that records what the hub does with it. */
class RecordingPeer : public server::WsPeer
{
public:
    quint64 id() const override { return m_id; }
    void start(Handlers handlers) override { this->handlers = std::move(handlers); }
    void sendText(const QByteArray &utf8) override
    {
        FUZZ_CHECK(!closed);
        sent.append(utf8);
    }
    void close(int, const QByteArray &) override { closed = true; }
    qint64 queuedBytes() const override { return 0; }
    void notifyWhenDrained() override { drainAsked = true; }
    void messageHandled() override { ++handled; }

    Handlers handlers;
    QList<QByteArray> sent;
    int handled = 0;
    bool closed = false;
    bool drainAsked = false;

private:
    static quint64 nextId()
    {
        static std::atomic<quint64> next{1'000'000};
        return next++;
    }
    const quint64 m_id = nextId();
};

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
    const QList<QByteArray> messages = fuzz::toBytes(data, size).split('\0');
    static const std::optional<server::StorefrontSession> session = [] {
        const auto created = fuzzServer().service().storefront().createSession(
            1, QJsonObject{{QStringLiteral("name"), QStringLiteral("Fuzz")},
                           {QStringLiteral("email"), QStringLiteral("fuzz@example.com")}});
        FUZZ_CHECK(created.ok());
        return fuzzServer().service().storefront().session(created->token);
    }();
    FUZZ_CHECK(session.has_value());

    auto staff = std::make_shared<RecordingPeer>();
    auto chat = std::make_shared<RecordingPeer>();
    server::StaffAccount owner;
    owner.shopId = session->shopId;
    owner.staff.id = 1;
    owner.staff.owner = true;
    fuzzServer().hub().addStaffStream(staff, owner, 0);
    fuzzServer().hub().addStorefrontChat(chat, *session);
    FUZZ_CHECK(staff->handlers.message && chat->handlers.message);
    int toStaff = 0;
    int toChat = 0;
    for (qsizetype i = 0; i < messages.size() && i < 64; ++i) {
        const QByteArray &message = messages.at(i);
        const bool binary = message.startsWith('\x01');
        const QByteArray payload = binary ? message.mid(1) : message;
        RecordingPeer &peer = i == 0 ? *staff : *chat;
        (i == 0 ? toStaff : toChat)++;
        peer.handlers.message(payload, binary);
    }
    FUZZ_CHECK(
        fuzz::FuzzServer::runUntil([&] { return staff->handled == toStaff && chat->handled == toChat; }));
    FUZZ_CHECK(staff->handled == toStaff && chat->handled == toChat);
    for (const QByteArray &frame : std::as_const(chat->sent)) {
        const QJsonDocument document = QJsonDocument::fromJson(frame);
        FUZZ_CHECK(document.isObject());
        FUZZ_CHECK(!document.object().value(QStringLiteral("type")).toString().isEmpty());
    }
    // The sockets go; nothing is sent to them afterwards.
    chat->closed = true;
    staff->closed = true;
    chat->handlers.closed();
    staff->handlers.closed();
    QCoreApplication::processEvents();
    return 0;
}
