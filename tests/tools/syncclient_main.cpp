// shop-inbox-syncclient: signs in to a shop server and keeps a cache file in sync with SyncEngine, headless.
// The sync tests start it as a child process and kill it at chosen points of its catch-up: after the k-th
// progress line (SIGKILL from the test), or at a crash point (SHOPINBOX_CRASH_AT, core/faults/crashpoint.h).
//
//   shop-inbox-syncclient --server URL --email EMAIL --password-stdin --cache FILE
//                         [--page-size N] [--exit-when-caught-up | --hold-when-caught-up]
//
// --hold-when-caught-up: once online, wait until standard input is closed and exit 0 then, so a test that
// kills the client after some progress line always finds it still running (it can never finish first).
//
// Standard output, one line each (flushed at once):
//   cache <Opened|Created|RebuiltAfterCorruption> cursor=<N>   the cache file was opened
//   signed in staff=<id>
//   progress applied=<N> more=<0|1> cursor=<N>                 after each applied catch-up page
//   online cursor=<N>                                          the first time the engine is online
// Exit codes: 0 caught up (with --exit-when-caught-up), 1 sign-in or cache failure, 2 bad command line.
#include "api/apiclient.h"
#include "storage/cache.h"
#include "storage/syncstatestore.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

using namespace shopinbox;

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fprintf(stderr, "shop-inbox-syncclient: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shop-inbox-syncclient"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Headless sync client for tests."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL."),
                                    QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Staff e-mail address."),
                                   QStringLiteral("email"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from the first line of stdin."));
    const QCommandLineOption cachePath(QStringLiteral("cache"), QStringLiteral("Cache file."),
                                       QStringLiteral("file"));
    const QCommandLineOption exitWhenCaughtUp(QStringLiteral("exit-when-caught-up"),
                                              QStringLiteral("Exit the first time the engine is online."));
    const QCommandLineOption holdWhenCaughtUp(
        QStringLiteral("hold-when-caught-up"),
        QStringLiteral("Once online, exit when standard input is closed (not before)."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Events per catch-up page (default: the engine's)."),
                                      QStringLiteral("n"));
    parser.addOptions(
        {server, email, passwordStdin, cachePath, exitWhenCaughtUp, holdWhenCaughtUp, pageSize});
    parser.process(app);
    const QUrl serverUrl(parser.value(server));
    if (!serverUrl.isValid() || serverUrl.scheme().isEmpty() || parser.value(email).isEmpty() ||
        !parser.isSet(passwordStdin) || parser.value(cachePath).isEmpty()) {
        complain(QStringLiteral("--server, --email, --password-stdin and --cache are required"));
        return 2;
    }
    bool pageSizeOk = true;
    const int pageEvents = parser.isSet(pageSize) ? parser.value(pageSize).toInt(&pageSizeOk) : 0;
    if (!pageSizeOk || pageEvents < 0 || (parser.isSet(exitWhenCaughtUp) && parser.isSet(holdWhenCaughtUp))) {
        complain(QStringLiteral("--page-size takes a positive number; --exit-when-caught-up and "
                                "--hold-when-caught-up exclude each other"));
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);

    Cache cache;
    const Cache::OpenResult opened = cache.open(parser.value(cachePath));
    if (!opened.ok()) {
        complain(opened.message);
        return 1;
    }
    say(QStringLiteral("cache %1 cursor=%2")
            .arg(QString::fromLatin1(
                QMetaEnum::fromType<Cache::Status>().valueToKey(static_cast<int>(opened.status))))
            .arg(cache.syncState().cursor()));

    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(serverUrl);
    SyncEngine engine(cache, api);
    if (pageEvents > 0)
        engine.setPageSize(pageEvents);
    const bool exitOnline = parser.isSet(exitWhenCaughtUp);
    const bool holdOnline = parser.isSet(holdWhenCaughtUp);

    QObject::connect(&engine, &SyncEngine::progress, &app, [&](qint64 applied, bool more) {
        say(QStringLiteral("progress applied=%1 more=%2 cursor=%3")
                .arg(applied)
                .arg(more ? 1 : 0)
                .arg(engine.cursor()));
    });
    bool online = false;
    QObject::connect(&engine, &SyncEngine::stateChanged, &app, [&](SyncEngine::State state) {
        if (state != SyncEngine::State::Online || online)
            return;
        online = true;
        say(QStringLiteral("online cursor=%1").arg(engine.cursor()));
        if (exitOnline) {
            engine.stop();
            QCoreApplication::exit(0);
        } else if (holdOnline) {
            // Standard input stays open until the test closes it; a blocking read in its own thread.
            std::thread([&app] {
                std::string line;
                while (std::getline(std::cin, line)) {
                }
                QMetaObject::invokeMethod(
                    &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            }).detach();
        }
    });
    QObject::connect(&engine, &SyncEngine::lastErrorChanged, &app,
                     [](const QString &error) { complain(error); });
    QObject::connect(&engine, &SyncEngine::authenticationFailed, &app, [] {
        complain(QStringLiteral("the server refused the token"));
        QCoreApplication::exit(1);
    });

    api.post(
        QStringLiteral("/api/v1/login"),
        {{QStringLiteral("email"), parser.value(email)},
         {QStringLiteral("password"), QString::fromStdString(password)}},
        [&](const ApiResponse &response) {
            const QJsonObject body = response.json();
            const QString token = body.value(QStringLiteral("token")).toString();
            if (!response.ok() || token.isEmpty()) {
                complain(
                    QStringLiteral("sign-in failed: %1 %2").arg(response.status).arg(response.errorMessage));
                QCoreApplication::exit(1);
                return;
            }
            say(QStringLiteral("signed in staff=%1")
                    .arg(body.value(QStringLiteral("staff"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger()));
            api.setToken(token);
            engine.start();
        });
    const int code = app.exec();
    engine.stop();
    cache.close();
    return code;
}
