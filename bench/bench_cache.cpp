// Cache and model benchmarks on a generated cache (100,000 conversations, 2,000,000 messages, 20,000
// customers; see scripts/bench). Environment:
//   SHOPINBOX_BENCH_CACHE       the generated cache, opened read-mostly
//   SHOPINBOX_BENCH_APPLY_CACHE a copy of it that the event benchmarks may grow
#include "cachegenerator.h"
#include "codec/jsoncodec.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "storage/cache.h"
#include "storage/eventapplier.h"
#include "storage/syncstatestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace shopinbox;

namespace {

QString envPath(const char *name)
{
    const char *value = std::getenv(name);
    return value ? QString::fromLocal8Bit(value) : QString();
}

bool openOrSkip(benchmark::State &state, Cache &cache, const char *variable)
{
    const QString path = envPath(variable);
    if (path.isEmpty()) {
        state.SkipWithError("set SHOPINBOX_BENCH_CACHE (./scripts/bench does)");
        return false;
    }
    const Cache::OpenResult result = cache.open(path);
    if (result.status != Cache::Status::Opened) {
        state.SkipWithError(qPrintable(QStringLiteral("cannot open %1: %2").arg(path, result.message)));
        return false;
    }
    return true;
}

// Open the cache file and produce the first page of the inbox (Open filter), as the client does at start.
void BM_OpenAndFirstPage(benchmark::State &state)
{
    const QString path = envPath("SHOPINBOX_BENCH_CACHE");
    for (auto _ : state) {
        Cache cache;
        if (cache.open(path).status != Cache::Status::Opened) {
            state.SkipWithError("cannot open the cache");
            return;
        }
        ConversationListModel model(&cache);
        benchmark::DoNotOptimize(model.rowCount());
        if (model.rowCount() != ConversationListModel::PageSize)
            state.SkipWithError("first page is not full");
    }
}
BENCHMARK(BM_OpenAndFirstPage)->Unit(benchmark::kMillisecond);

// The same after a crash: the leftover marker makes the open run PRAGMA quick_check over the whole file.
void BM_OpenAfterUncleanShutdown(benchmark::State &state)
{
    const QString path = envPath("SHOPINBOX_BENCH_CACHE");
    for (auto _ : state) {
        state.PauseTiming();
        QFile(path + QStringLiteral(".open")).open(QIODevice::WriteOnly);
        state.ResumeTiming();
        Cache cache;
        if (cache.open(path).status != Cache::Status::Opened) {
            state.SkipWithError("cannot open the cache");
            break;
        }
        ConversationListModel model(&cache);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_OpenAfterUncleanShutdown)->Unit(benchmark::kMillisecond)->Iterations(3);

// Newest page of conversation 1, which holds 10,000 messages.
void BM_LongConversationFirstPage(benchmark::State &state)
{
    Cache cache;
    if (!openOrSkip(state, cache, "SHOPINBOX_BENCH_CACHE"))
        return;
    for (auto _ : state) {
        MessageModel model(&cache, 1);
        benchmark::DoNotOptimize(model.rowCount());
        if (model.rowCount() != MessageModel::PageSize || !model.hasOlder())
            state.SkipWithError("unexpected first page");
    }
}
BENCHMARK(BM_LongConversationFirstPage)->Unit(benchmark::kMillisecond);

// Full-text search producing the first 50 conversations, for words of different frequency: 0-5 as typed
// (the last word a prefix), 6-11 the same words finished (a space after them: exact terms, which FTS5 reads
// lazily newest first instead of merging every word that starts with the prefix).
void BM_SearchFirst50(benchmark::State &state)
{
    static const QStringList terms{QStringLiteral("leverbaar"),
                                   QStringLiteral("commande"),
                                   QStringLiteral("merino beanie"),
                                   QStringLiteral("refund"),
                                   QStringLiteral("customer1234@example.com"),
                                   QStringLiteral("Größe")};
    const QString term = state.range(0) < terms.size()
                             ? terms.at(state.range(0))
                             : terms.at(state.range(0) - terms.size()) + QLatin1Char(' ');
    state.SetLabel(QStringLiteral("\"%1\"").arg(term).toStdString());
    Cache cache;
    if (!openOrSkip(state, cache, "SHOPINBOX_BENCH_CACHE"))
        return;
    ConversationListModel model(&cache);
    model.setFilter(ConversationListModel::Filter::All);
    for (auto _ : state) {
        model.setSearchText(term);
        const int hits = model.rowCount();
        state.PauseTiming();
        model.setSearchText(QString());
        state.ResumeTiming();
        if (hits == 0) {
            state.SkipWithError("no hits");
            break;
        }
    }
}
BENCHMARK(BM_SearchFirst50)->DenseRange(0, 11)->Unit(benchmark::kMillisecond);

QList<ServerEvent> messageEvents(qint64 firstSeq, qint64 firstId, int count, int conversations)
{
    static const QStringList bodies{
        QStringLiteral("Hi! Is the merino sweater still available in medium?"),
        QStringLiteral("Wanneer wordt mijn bestelling bezorgd? Het duurt al een week."),
        QStringLiteral("Bonjour, le sac est-il disponible en bleu marine ?"),
        QStringLiteral("Vielen Dank für die schnelle Antwort, das passt perfekt!")};
    QList<ServerEvent> events;
    events.reserve(count);
    const qint64 baseMs = 1800000000000LL;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.id = firstId + i;
        m.conversationId = 1 + (static_cast<qint64>(i) * 7919) % conversations;
        m.author = i % 2 ? MessageAuthor::Customer : MessageAuthor::Staff;
        m.body = bodies.at(i % bodies.size());
        m.createdAt = QDateTime::fromMSecsSinceEpoch(baseMs + firstId + i, QTimeZone::utc());
        events.append(
            ServerEvent{firstSeq + i, QStringLiteral("message.created"), m.createdAt, json::encode(m)});
    }
    return events;
}

// message.created events applied to the large cache in batches of 1,000 (the stream's coalescing size).
void BM_ApplyMessageEvents(benchmark::State &state)
{
    Cache cache;
    if (!openOrSkip(state, cache, "SHOPINBOX_BENCH_APPLY_CACHE"))
        return;
    EventApplier applier(cache);
    const int conversations =
        static_cast<int>(cache.database().queryInt(QStringLiteral("SELECT max(id) FROM conversations")));
    const int batch = 1000;
    qint64 seq = cache.syncState().cursor() + 1;
    qint64 id = 100'000'000 + seq;
    for (auto _ : state) {
        state.PauseTiming();
        const QList<ServerEvent> events = messageEvents(seq, id, batch, conversations);
        seq += batch;
        id += batch;
        state.ResumeTiming();
        const EventApplier::Result result = applier.apply(events);
        if (!result.ok || result.applied != batch)
            state.SkipWithError(qPrintable(result.error));
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_ApplyMessageEvents)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// An initial sync: every kind of event of a generated shop (1,000 conversations, 50,000 messages) into an
// empty cache, in batches of 1,000.
void BM_ApplyInitialSync(benchmark::State &state)
{
    GeneratorOptions options;
    options.conversations = 1000;
    options.customers = 500;
    options.messages = 50'000;
    QList<QList<ServerEvent>> batches;
    qint64 total = 0;
    for (CacheGenerator generator(options); !generator.atEnd();) {
        batches.append(generator.next(1000));
        total += batches.constLast().size();
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Cache cache;
        cache.open(dir.filePath(QStringLiteral("sync.sqlite")));
        EventApplier applier(cache);
        state.ResumeTiming();
        for (const QList<ServerEvent> &events : std::as_const(batches)) {
            if (!applier.apply(events).ok)
                state.SkipWithError("apply failed");
        }
    }
    state.SetItemsProcessed(state.iterations() * total);
}
BENCHMARK(BM_ApplyInitialSync)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shopinbox.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
