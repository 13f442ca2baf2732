// Resident memory of the client's data side: open a cache, build the inbox model and fetch its first page,
// then print VmRSS/VmHWM from /proc/self/status. Usage: bench_rss CACHE_FILE
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "storage/cache.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using namespace shopinbox;

namespace {
QByteArray statusLine(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "unknown";
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed();
    }
    return "unknown";
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shopinbox.*.info=false"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_rss CACHE_FILE\n");
        return 2;
    }
    Cache cache;
    const Cache::OpenResult opened = cache.open(QString::fromLocal8Bit(argv[1]));
    if (opened.status != Cache::Status::Opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    ConversationListModel list(&cache);
    MessageModel messages(&cache, list.conversationIdAt(0));
    // Scroll the inbox a little, as a merchant does.
    for (int i = 0; i < 4 && list.canFetchMore({}); ++i)
        list.fetchMore({});
    std::printf("rows=%d messages=%d VmRSS=%s VmHWM=%s\n", list.rowCount(), messages.rowCount(),
                statusLine("VmRSS:").constData(), statusLine("VmHWM:").constData());
    return 0;
}
