// shop-inbox-staffagent: a headless staff client on the real core library (ClientSession: cache, SyncEngine,
// OutboxSender, LocalActions), driven by JSON lines. The storefront end-to-end test starts it as the
// merchant's side of the conversation.
//
//   shop-inbox-staffagent --server URL --email EMAIL --password-stdin --cache-dir DIR
//
// The first line of stdin is the password; every further line is a command (a JSON object):
//   {"cmd": "text", "conversation_id": N, "text": "..."}
//   {"cmd": "products", "conversation_id": N, "product_ids": [N, ...], "text": "..."}
//   {"cmd": "discount", "conversation_id": N, "code": "WELCOME10", "text": "..."}
//   {"cmd": "customer", "id": N}          answers with a "customer" line from the cache
//   {"cmd": "quit"}
// Standard output, one JSON object per line (flushed at once):
//   {"event": "signed_in", "staff_id": N}      {"event": "online", "cursor": N}
//   {"event": "queued", "cmd": "...", "local_id": N}   {"event": "refused", "cmd": "...", "error": "..."}
//   once online, for every change the cache publishes (the wire format of docs/protocol.md):
//   {"event": "message", "message": Message}   {"event": "customer", "customer": Customer}
//   {"event": "conversation", "conversation": Conversation}   {"event": "cart", "cart": Cart}
//   {"event": "action_failed", "action": "...", "reason": "..."}
// Exit codes: 0 after "quit" or the end of stdin, 1 sign-in or cache failure, 2 bad command line.
#include "api/apiclient.h"
#include "api/apiresponse.h"
#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "codec/jsoncodec.h"
#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/messagestore.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSocketNotifier>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <unistd.h>

using namespace shopinbox;

namespace {

void emitLine(const QJsonObject &object)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fprintf(stderr, "shop-inbox-staffagent: %s\n", qPrintable(line));
    std::fflush(stderr);
}

QJsonObject line(const char *event, const QJsonObject &fields = {})
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("event"), QString::fromLatin1(event));
    return object;
}

/** Reports what the cache changed, as wire objects. */
void report(Cache &cache, const CacheChanges &changes)
{
    for (const qint64 id : changes.customers) {
        if (const auto customer = cache.customers().get(id))
            emitLine(line("customer", {{QStringLiteral("customer"), json::encode(*customer)}}));
    }
    for (const qint64 id : changes.conversations) {
        if (const auto conversation = cache.conversations().get(id))
            emitLine(line("conversation", {{QStringLiteral("conversation"), json::encode(*conversation)}}));
    }
    for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
        for (const qint64 localId : it.value()) {
            if (const auto message = cache.messages().get(localId))
                emitLine(line("message", {{QStringLiteral("message"), json::encode(*message)}}));
        }
    }
    for (const qint64 id : changes.carts) {
        if (const auto cart = cache.carts().get(id))
            emitLine(line("cart", {{QStringLiteral("cart"), json::encode(*cart)}}));
    }
}

void runCommand(ClientSession &session, const QJsonObject &command)
{
    const QString cmd = command.value(QStringLiteral("cmd")).toString();
    const qint64 conversationId = command.value(QStringLiteral("conversation_id")).toInteger();
    const QString text = command.value(QStringLiteral("text")).toString();
    LocalActions &actions = session.actions();
    std::optional<qint64> queued;
    if (cmd == QLatin1String("quit")) {
        QCoreApplication::exit(0);
        return;
    }
    if (cmd == QLatin1String("customer")) {
        const auto customer =
            session.cache().customers().get(command.value(QStringLiteral("id")).toInteger());
        emitLine(line("customer", {{QStringLiteral("customer"),
                                    customer ? QJsonValue(json::encode(*customer)) : QJsonValue()}}));
        return;
    }
    if (cmd == QLatin1String("text")) {
        queued = actions.sendText(conversationId, text);
    } else if (cmd == QLatin1String("products")) {
        QList<qint64> ids;
        for (const QJsonValue &id : command.value(QStringLiteral("product_ids")).toArray())
            ids.append(id.toInteger());
        queued = actions.sendProducts(conversationId, ids, text);
    } else if (cmd == QLatin1String("discount")) {
        queued = actions.sendDiscount(conversationId, command.value(QStringLiteral("code")).toString(), text);
    } else {
        emitLine(line("refused", {{QStringLiteral("cmd"), cmd},
                                  {QStringLiteral("error"), QStringLiteral("unknown command")}}));
        return;
    }
    if (queued)
        emitLine(line("queued", {{QStringLiteral("cmd"), cmd}, {QStringLiteral("local_id"), *queued}}));
    else
        emitLine(
            line("refused", {{QStringLiteral("cmd"), cmd}, {QStringLiteral("error"), actions.lastError()}}));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shop-inbox-staffagent"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Headless staff client driven by JSON lines, for tests."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL."),
                                    QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Staff e-mail address."),
                                   QStringLiteral("email"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from the first line of stdin."));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QStringLiteral("Cache directory."),
                                      QStringLiteral("dir"));
    parser.addOptions({server, email, passwordStdin, cacheDir});
    parser.process(app);
    const QUrl serverUrl(parser.value(server));
    if (!serverUrl.isValid() || serverUrl.scheme().isEmpty() || parser.value(email).isEmpty() ||
        !parser.isSet(passwordStdin) || parser.value(cacheDir).isEmpty()) {
        complain(QStringLiteral("--server, --email, --password-stdin and --cache-dir are required"));
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);

    QNetworkAccessManager network;
    QSettings settings(parser.value(cacheDir) + QStringLiteral("/staffagent.ini"), QSettings::IniFormat);
    SessionCredentialStore credentials;
    AccountManager accounts(&settings, &credentials, &network);
    std::unique_ptr<ClientSession> session;
    bool online = false;
    QByteArray pendingInput;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(false);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            QCoreApplication::exit(0);
            return;
        }
        pendingInput.append(buffer, n);
        qsizetype end = 0;
        while ((end = pendingInput.indexOf('\n')) >= 0) {
            const QByteArray text = pendingInput.left(end).trimmed();
            pendingInput.remove(0, end + 1);
            if (text.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(text);
            if (!document.isObject())
                emitLine(line("refused", {{QStringLiteral("error"), QStringLiteral("not a JSON object")}}));
            else
                runCommand(*session, document.object());
        }
    });

    // Signed in as the desktop client does it (AccountManager), with the token kept for this run only.
    accounts.signIn(
        serverUrl, parser.value(email), QString::fromStdString(password),
        [&](const AccountManager::SignInResult &result) {
            if (!result.ok) {
                complain(QStringLiteral("sign-in failed: %1").arg(result.error));
                QCoreApplication::exit(1);
                return;
            }
            const Account &account = result.account;
            const QString &token = result.token;
            session = std::make_unique<ClientSession>(account, token, parser.value(cacheDir), &network);
            const Cache::OpenResult opened = session->open();
            if (!opened.ok()) {
                complain(opened.message);
                QCoreApplication::exit(1);
                return;
            }
            emitLine(line("signed_in", {{QStringLiteral("staff_id"), account.staffId}}));
            QObject::connect(&session->cache(), &Cache::changed, &app, [&](const CacheChanges &changes) {
                if (online)
                    report(session->cache(), changes);
            });
            QObject::connect(&session->sync(), &SyncEngine::stateChanged, &app, [&](SyncEngine::State state) {
                if (state != SyncEngine::State::Online || online)
                    return;
                online = true;
                emitLine(line("online", {{QStringLiteral("cursor"), session->sync().cursor()}}));
                input.setEnabled(true);
            });
            QObject::connect(&session->sync(), &SyncEngine::lastErrorChanged, &app,
                             [](const QString &error) { complain(error); });
            QObject::connect(
                &session->outbox(), &OutboxSender::actionFailed, &app,
                [](OutboxAction action, const QString &reason) {
                    emitLine(line("action_failed", {{QStringLiteral("action"), OutboxActions.wire(action)},
                                                    {QStringLiteral("reason"), reason}}));
                });
            session->start();
        });
    const int code = app.exec();
    if (session) {
        session->stop();
        session->cache().close();
    }
    return code;
}
