// Writes a generated cache file: shop-inbox-cachegen --out FILE [--conversations N] [--messages M] ...
#include "cachegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a Shop Inbox cache with a generated shop."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Cache file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Conversations."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages."),
                                      QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Customers."),
                                       QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption longConversation(QStringLiteral("long-conversation"),
                                              QStringLiteral("Messages in conversation 1."),
                                              QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    parser.addOptions({out, conversations, messages, customers, longConversation, seed});
    parser.process(app);
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "--out is required\n");
        return 2;
    }
    shopinbox::GeneratorOptions options;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    options.conversations = static_cast<int>(number(conversations));
    options.messages = number(messages);
    options.customers = static_cast<int>(number(customers));
    options.longConversationMessages = static_cast<int>(number(longConversation));
    options.seed = static_cast<quint64>(number(seed));
    if (!ok || options.conversations < 1 || options.customers < 1) {
        std::fprintf(stderr,
                     "numbers must be non-negative integers; at least one conversation and customer\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QString error = shopinbox::CacheGenerator::fill(parser.value(out), options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s in %.1f s\n", qPrintable(parser.value(out)), timer.elapsed() / 1000.0);
    return 0;
}
