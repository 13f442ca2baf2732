// shop-inbox-server: reads its options (server/serveroptionsparser.h) and wires the server library together.
#include "serveroptionsparser.h"
#include "serverrunner.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace shopinbox::server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopInbox"));
    QCoreApplication::setApplicationName(QStringLiteral("shop-inbox-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPINBOX_VERSION));

    const ServerOptionsParser::Result parsed =
        ServerOptionsParser::parse(app.arguments(), QProcessEnvironment::systemEnvironment());
    for (const QString &warning : parsed.warnings)
        std::fprintf(stderr, "shop-inbox-server: %s\n", qPrintable(warning));
    switch (parsed.action) {
    case ServerOptionsParser::Action::ShowHelp:
    case ServerOptionsParser::Action::ShowVersion:
        std::fputs(qPrintable(parsed.text), stdout);
        return 0;
    case ServerOptionsParser::Action::Fail:
        std::fprintf(stderr, "shop-inbox-server: %s\n", qPrintable(parsed.text));
        return 2;
    case ServerOptionsParser::Action::Run:
        break;
    }

    ServerRunner runner;
    const QString error = runner.start(parsed.options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "shop-inbox-server: %s\n", qPrintable(error));
        return 1;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&runner](int) {
        runner.stop();
        QCoreApplication::quit();
    });
    std::printf("listening on %s\n", qPrintable(runner.url().toString()));
    if (parsed.options.demo)
        std::printf("demo staff: owner@demo.shop / demo-owner, agent@demo.shop / demo-agent, "
                    "warehouse@demo.shop / demo-warehouse (no chat permission)\n");
    std::fflush(stdout);
    return app.exec();
}
