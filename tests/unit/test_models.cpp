// Tests of the inbox models over a generated cache: paging, filters and search in SQL, and live changes as
// row moves, inserts, removals and dataChanged (never a reset). Every model is watched by
// QAbstractItemModelTester (fatal on the first contract violation) while the test works with it.
#include <gtest/gtest.h>

#include "cachegenerator.h"
#include "codec/jsoncodec.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/searchquery.h"
#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/eventapplier.h"
#include "storage/messagestore.h"
#include "storage/orderstore.h"
#include "storage/syncstatestore.h"
#include "tempdir.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTimeZone>

#include <memory>
#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace shopinbox;

namespace {

using Filter = ConversationListModel::Filter;
constexpr qint64 Minute = 60'000;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

void loadAll(QAbstractItemModel &model)
{
    for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard)
        model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({}));
}

void loadAllOlder(MessageModel &model)
{
    for (int guard = 0; model.hasOlder() && guard < 1000; ++guard)
        model.loadOlder();
    EXPECT_FALSE(model.hasOlder());
}

QVariant dataAt(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

QList<qint64> modelIds(const ConversationListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.conversationIdAt(row));
    return ids;
}

/** Rows reported by a dataChanged spy. */
QSet<int> changedRows(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy) {
        for (int row = args.at(0).value<QModelIndex>().row(); row <= args.at(1).value<QModelIndex>().row();
             ++row)
            rows.insert(row);
    }
    return rows;
}

/** Collects Qt warnings (e.g. a failed SQL statement logged by a model) while alive. */
class WarningCollector
{
public:
    WarningCollector()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&WarningCollector::handle);
    }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;
    QStringList messages() const { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg)
            s_messages.append(QString::fromUtf8(context.category ? context.category : "default") +
                              QStringLiteral(": ") + message);
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

/** A generated cache file shared by the tests of one suite; each test works on its own copy. */
class ModelTestBase : public ::testing::Test
{
protected:
    static void generate(std::unique_ptr<TempDir> &dir, QString &error, const GeneratorOptions &options)
    {
        dir = std::make_unique<TempDir>();
        error = CacheGenerator::fill(dir->file(QStringLiteral("template.sqlite")), options);
    }

    void openCopy(const TempDir &templateDir, const QString &error)
    {
        ASSERT_EQ(error, QString());
        const QString path = dir.file(QStringLiteral("shop.sqlite"));
        ASSERT_TRUE(QFile::copy(templateDir.file(QStringLiteral("template.sqlite")), path));
        const Cache::OpenResult opened = cache.open(path);
        ASSERT_EQ(opened.status, Cache::Status::Opened) << opened.message.toStdString();
        seq = cache.syncState().cursor();
        ASSERT_GT(seq, 0);
        newestMs =
            cache.database().queryInt(QStringLiteral("SELECT max(last_activity_at) FROM conversations"));
        ASSERT_GT(newestMs, 0);
    }

    /** The next server event, as the stream would deliver it. */
    template<typename T> ServerEvent next(const char *type, const T &value)
    {
        ++seq;
        return ServerEvent{seq, QString::fromLatin1(type), utc(newestMs), json::encode(value)};
    }

    void apply(const QList<ServerEvent> &events)
    {
        const EventApplier::Result result = EventApplier(cache).apply(events);
        ASSERT_TRUE(result.ok) << result.error.toStdString();
        ASSERT_TRUE(result.skipped.isEmpty()) << result.skipped.constFirst().toStdString();
        ASSERT_EQ(result.applied, events.size());
    }

    /** Conversation ids matching @p where, in the inbox order. */
    QList<qint64> sqlIds(const QString &where)
    {
        SqliteStatement q = cache.database().prepare(
            QStringLiteral(
                "SELECT c.id FROM conversations c WHERE %1 ORDER BY c.last_activity_at DESC, c.id DESC")
                .arg(where));
        QList<qint64> ids;
        while (q.step())
            ids.append(q.int64(0));
        EXPECT_TRUE(q.isValid() && q.ok()) << where.toStdString();
        return ids;
    }

    qint64 sqlInt(const QString &sql) { return cache.database().queryInt(sql); }

    QString sqlText(const QString &sql)
    {
        SqliteStatement q = cache.database().prepare(sql);
        return q.isValid() && q.step() ? q.text(0) : QStringLiteral("<no row>");
    }

    static Customer customer(qint64 id, const QString &name, const QString &email = {})
    {
        Customer c;
        c.id = id;
        c.name = name;
        c.visitorName = QStringLiteral("Visitor %1").arg(id);
        c.email = email;
        c.lifetimeSpend = Money{0, QStringLiteral("EUR")};
        return c;
    }

    static Conversation conversation(qint64 id, qint64 customerId, qint64 activityMs)
    {
        Conversation c;
        c.id = id;
        c.customerId = customerId;
        c.platform = QStringLiteral("online_store");
        c.startedAt = utc(activityMs);
        c.lastActivityAt = utc(activityMs);
        return c;
    }

    static Message text(qint64 id, qint64 conversationId, const QString &body, qint64 createdMs)
    {
        Message m;
        m.id = id;
        m.conversationId = conversationId;
        m.body = body;
        m.createdAt = utc(createdMs);
        return m;
    }

    TempDir dir;
    Cache cache;
    qint64 seq = 0;
    qint64 newestMs = 0; ///< Latest activity in the cache: live events happen after it.
};

class ConversationListModelTest : public ModelTestBase
{
protected:
    static void SetUpTestSuite()
    {
        GeneratorOptions options;
        options.staff = 4;
        options.products = 20;
        options.customers = 120;
        options.conversations = 400;
        options.messages = 4000;
        options.seed = 3;
        generate(s_template, s_error, options);
    }
    static void TearDownTestSuite() { s_template.reset(); }
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(openCopy(*s_template, s_error)); }

    static inline std::unique_ptr<TempDir> s_template;
    static inline QString s_error;
};

class MessageModelTest : public ModelTestBase
{
protected:
    static constexpr int LongConversation = 180;

    static void SetUpTestSuite()
    {
        GeneratorOptions options;
        options.staff = 2;
        options.products = 10;
        options.customers = 3;
        options.conversations = 3;
        options.messages = LongConversation; // all of them in conversation 1
        options.longConversationMessages = LongConversation;
        options.seed = 5;
        generate(s_template, s_error, options);
    }
    static void TearDownTestSuite() { s_template.reset(); }
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(openCopy(*s_template, s_error)); }

    static inline std::unique_ptr<TempDir> s_template;
    static inline QString s_error;
};

} // namespace

// --- ConversationListModel: paging, filters, roles ------------------------------------------------------

TEST_F(ConversationListModelTest, FirstPageIsNewestFirstAndFetchMoreAppendsEveryMatchOnce)
{
    ConversationListModel model(&cache);
    ASSERT_EQ(model.filter(), Filter::Open);
    const QList<qint64> expected = sqlIds(QStringLiteral("c.status = 0"));
    ASSERT_GT(expected.size(), 4 * ConversationListModel::PageSize);
    // Checked before the tester is attached: like a view, it fetches more as soon as it sees the model.
    EXPECT_EQ(model.rowCount(), ConversationListModel::PageSize);
    EXPECT_EQ(modelIds(model), expected.mid(0, ConversationListModel::PageSize));
    EXPECT_TRUE(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);

    const QList<qint64> ids = modelIds(model);
    EXPECT_EQ(ids, expected);
    EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    EXPECT_EQ(model.rowCount(),
              sqlInt(QStringLiteral("SELECT count(*) FROM conversations WHERE status = 0")));
    // Each page was appended at the end, at most a page at a time.
    int rows = ConversationListModel::PageSize;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        EXPECT_EQ(args.at(1).toInt(), rows);
        const int added = args.at(2).toInt() - args.at(1).toInt() + 1;
        EXPECT_LE(added, ConversationListModel::PageSize);
        rows += added;
    }
    EXPECT_EQ(rows, expected.size());
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDateTime above = dataAt(model, row - 1, ConversationListModel::LastActivityRole).toDateTime();
        const QDateTime below = dataAt(model, row, ConversationListModel::LastActivityRole).toDateTime();
        ASSERT_TRUE(below.isValid());
        EXPECT_GE(above, below) << "row " << row;
    }
}

TEST_F(ConversationListModelTest, FiltersReturnExactlyTheMatchingConversations)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const std::pair<Filter, const char *> cases[] = {{Filter::All, "1"},
                                                     {Filter::Open, "c.status = 0"},
                                                     {Filter::Closed, "c.status = 1"},
                                                     {Filter::Unread, "c.unread = 1"}};
    for (const auto &[filter, where] : cases) {
        model.setFilter(filter);
        loadAll(model);
        const QList<qint64> expected = sqlIds(QString::fromLatin1(where));
        EXPECT_FALSE(expected.isEmpty()) << where;
        EXPECT_EQ(modelIds(model), expected) << where;
    }

    model.setCurrentStaffId(1); // not used by the Unread filter: no reload
    EXPECT_EQ(resets.count(), 4);
    model.setFilter(Filter::AssignedToMe);
    loadAll(model);
    EXPECT_FALSE(modelIds(model).isEmpty());
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("c.assignee_id = 1")));
    model.setCurrentStaffId(2);
    loadAll(model);
    EXPECT_FALSE(modelIds(model).isEmpty());
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("c.assignee_id = 2")));
    EXPECT_EQ(resets.count(), 6);
}

TEST_F(ConversationListModelTest, RoleNamesAreTheDocumentedOnes)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    using M = ConversationListModel;
    const QHash<int, QByteArray> expected{
        {M::ConversationIdRole, "conversationId"},
        {M::CustomerIdRole, "customerId"},
        {M::DisplayNameRole, "displayName"},
        {M::IsVisitorRole, "isVisitor"},
        {M::EmailRole, "email"},
        {M::OnlineRole, "online"},
        {M::LastMessagePreviewRole, "lastMessagePreview"},
        {M::LastMessageKindRole, "lastMessageKind"},
        {M::LastMessageAuthorRole, "lastMessageAuthor"},
        {M::LastActivityRole, "lastActivity"},
        {M::UnreadRole, "unread"},
        {M::StatusRole, "status"},
        {M::TopicsRole, "topics"},
        {M::AssigneeIdRole, "assigneeId"},
        {M::AssigneeNameRole, "assigneeName"},
        {M::CartItemCountRole, "cartItemCount"},
        {M::CartSubtotalRole, "cartSubtotal"},
        {M::CartCurrencyRole, "cartCurrency"},
    };
    const QHash<int, QByteArray> names = model.roleNames();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(names.value(it.key()), it.value()) << it.value().constData();
    const QList<QByteArray> values = names.values();
    EXPECT_EQ(QSet<QByteArray>(values.cbegin(), values.cend()).size(), values.size()); // no name used twice
}

TEST_F(ConversationListModelTest, AnonymousVisitorsShowTheirVisitorName)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFilter(Filter::All);
    loadAll(model);

    const qint64 anonymous = sqlInt(QStringLiteral("SELECT c.id FROM conversations c JOIN customers u ON "
                                                   "u.id = c.customer_id WHERE u.name = '' LIMIT 1"));
    const qint64 named = sqlInt(QStringLiteral("SELECT c.id FROM conversations c JOIN customers u ON u.id = "
                                               "c.customer_id WHERE u.name != '' LIMIT 1"));
    ASSERT_GT(anonymous, 0);
    ASSERT_GT(named, 0);

    const int visitorRow = model.rowOf(anonymous);
    ASSERT_GE(visitorRow, 0);
    const QString visitorName =
        sqlText(QStringLiteral("SELECT u.visitor_name FROM conversations c JOIN customers u "
                               "ON u.id = c.customer_id WHERE c.id = %1")
                    .arg(anonymous));
    EXPECT_TRUE(visitorName.startsWith(QStringLiteral("Visitor "))) << visitorName.toStdString();
    EXPECT_EQ(dataAt(model, visitorRow, ConversationListModel::DisplayNameRole).toString(), visitorName);
    EXPECT_EQ(dataAt(model, visitorRow, Qt::DisplayRole).toString(), visitorName);
    EXPECT_TRUE(dataAt(model, visitorRow, ConversationListModel::IsVisitorRole).toBool());

    const int namedRow = model.rowOf(named);
    ASSERT_GE(namedRow, 0);
    const QString name = sqlText(
        QStringLiteral(
            "SELECT u.name FROM conversations c JOIN customers u ON u.id = c.customer_id WHERE c.id = %1")
            .arg(named));
    EXPECT_EQ(dataAt(model, namedRow, ConversationListModel::DisplayNameRole).toString(), name);
    EXPECT_FALSE(dataAt(model, namedRow, ConversationListModel::IsVisitorRole).toBool());
}

TEST_F(ConversationListModelTest, TopicsShowAtMostTheTwoNewest)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_LE(dataAt(model, row, ConversationListModel::TopicsRole).toStringList().size(), 2);

    const qint64 id = model.conversationIdAt(3);
    std::optional<Conversation> changed = cache.conversations().get(id);
    ASSERT_TRUE(changed);
    changed->topics = {QStringLiteral("Returns"), QStringLiteral("Sizing"), QStringLiteral("Payment")};
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    ASSERT_NO_FATAL_FAILURE(apply({next("conversation.upserted", *changed)}));
    const int row = model.rowOf(id);
    EXPECT_EQ(row, 3);
    EXPECT_TRUE(changedRows(dataChanged).contains(row));
    EXPECT_EQ(dataAt(model, row, ConversationListModel::TopicsRole).toStringList(),
              (QStringList{QStringLiteral("Returns"), QStringLiteral("Sizing")}));
}

TEST_F(ConversationListModelTest, CartRolesReflectTheCustomersCart)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFilter(Filter::All);
    loadAll(model);

    const qint64 withCart = sqlInt(QStringLiteral("SELECT c.id FROM conversations c JOIN carts k ON "
                                                  "k.customer_id = c.customer_id ORDER BY c.id LIMIT 1"));
    ASSERT_GT(withCart, 0);
    int row = model.rowOf(withCart);
    ASSERT_GE(row, 0);
    const qint64 customerId = dataAt(model, row, ConversationListModel::CustomerIdRole).toLongLong();
    const std::optional<Cart> cart = cache.carts().get(customerId);
    ASSERT_TRUE(cart);
    ASSERT_GT(cart->itemCount(), 0);
    EXPECT_EQ(dataAt(model, row, ConversationListModel::CartItemCountRole).toInt(), cart->itemCount());
    EXPECT_EQ(dataAt(model, row, ConversationListModel::CartSubtotalRole).toLongLong(),
              cart->subtotal().minorUnits);
    EXPECT_EQ(dataAt(model, row, ConversationListModel::CartCurrencyRole).toString(), QStringLiteral("EUR"));

    const qint64 withoutCart =
        sqlInt(QStringLiteral("SELECT c.id FROM conversations c WHERE NOT EXISTS "
                              "(SELECT 1 FROM carts k WHERE k.customer_id = c.customer_id) "
                              "ORDER BY c.id LIMIT 1"));
    row = model.rowOf(withoutCart);
    ASSERT_GE(row, 0);
    EXPECT_EQ(dataAt(model, row, ConversationListModel::CartItemCountRole).toInt(), 0);
    EXPECT_EQ(dataAt(model, row, ConversationListModel::CartSubtotalRole).toLongLong(), 0);
    EXPECT_EQ(dataAt(model, row, ConversationListModel::CartCurrencyRole).toString(), QString());

    // A cart filled live updates every row of that customer in place.
    const qint64 shopper = dataAt(model, row, ConversationListModel::CustomerIdRole).toLongLong();
    Cart fresh;
    fresh.customerId = shopper;
    fresh.lines = {CartLine{3, 30, QStringLiteral("Recycled beanie"), QStringLiteral("M"), 3,
                            Money{2250, QStringLiteral("EUR")}, 8}};
    fresh.updatedAt = utc(newestMs + Minute);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_NO_FATAL_FAILURE(apply({next("cart.updated", fresh)}));
    EXPECT_EQ(resets.count(), 0);
    const QSet<int> changed = changedRows(dataChanged);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (dataAt(model, r, ConversationListModel::CustomerIdRole).toLongLong() != shopper)
            continue;
        EXPECT_TRUE(changed.contains(r)) << "row " << r;
        EXPECT_EQ(dataAt(model, r, ConversationListModel::CartItemCountRole).toInt(), 3);
        EXPECT_EQ(dataAt(model, r, ConversationListModel::CartSubtotalRole).toLongLong(), 6750);
    }
}

// --- ConversationListModel: search ----------------------------------------------------------------------

TEST(SearchQueryTest, FinishedWordsAreExactOnlyTheWordBeingTypedIsAPrefix)
{
    const auto fts = [](const char *text) { return SearchQuery::parse(QString::fromUtf8(text)).fts(); };
    EXPECT_EQ(fts("trui maat"), QStringLiteral("\"trui\" \"maat\"*"));
    EXPECT_EQ(fts("trui maat "), QStringLiteral("\"trui\" \"maat\""));
    EXPECT_EQ(fts("  Où\test  "), QStringLiteral("\"Où\" \"est\""));
    // Quotes make a phrase; an unclosed one is the phrase being typed.
    EXPECT_EQ(fts("say \"hi there\""), QStringLiteral("\"say\" \"hi there\""));
    EXPECT_EQ(fts("say \"hi the"), QStringLiteral("\"say\" \"hi the\"*"));
    // AND is what a space means; OR and NOT between two words stay operators; anything else is a word.
    EXPECT_EQ(fts("linen AND wash"), QStringLiteral("\"linen\" \"wash\"*"));
    EXPECT_EQ(fts("linen OR wash "), QStringLiteral("\"linen\" OR \"wash\""));
    EXPECT_EQ(fts("linen NOT wash"), QStringLiteral("\"linen\" NOT \"wash\"*"));
    EXPECT_EQ(fts("OR NOT linen AND"), QStringLiteral("\"linen\" \"AND\"*")); // still typing "AND…"
    EXPECT_EQ(fts("linen OR "), QStringLiteral("\"linen\""));
    EXPECT_EQ(fts("NEAR(a b) x:y"), QStringLiteral("\"NEAR(a\" \"b)\" \"x:y\"*"));
    EXPECT_EQ(fts("* ( ) \" -"), QString());
    EXPECT_EQ(fts(""), QString());
    EXPECT_TRUE(SearchQuery::parse(QStringLiteral(" * ")).isActive());
    EXPECT_FALSE(SearchQuery::parse(QStringLiteral("   ")).isActive());

    EXPECT_EQ(SearchQuery::parse(QStringLiteral("#1239")).orderNumbers(),
              (QStringList{QStringLiteral("#1239"), QStringLiteral("1239")}));
    EXPECT_EQ(SearchQuery::parse(QStringLiteral(" 1239 ")).orderNumbers(),
              (QStringList{QStringLiteral("#1239"), QStringLiteral("1239")}));
    EXPECT_TRUE(SearchQuery::parse(QStringLiteral("order 1239")).orderNumbers().isEmpty());
    EXPECT_TRUE(SearchQuery::parse(QStringLiteral("#12a")).orderNumbers().isEmpty());
}

TEST_F(ConversationListModelTest, SearchFindsAMessageWordACustomerNameAndAnEmail)
{
    ASSERT_NO_FATAL_FAILURE(apply(
        {next("customer.upserted",
              customer(9001, QStringLiteral("Ximena Zwanenburg"), QStringLiteral("qwirkle.fan@example.org"))),
         next("conversation.upserted", conversation(9001, 9001, newestMs - 200 * 24 * 60 * Minute)),
         next("message.created", text(900001, 5, QStringLiteral("Is the quetzalcoatl mug dishwasher safe?"),
                                      newestMs - Minute))}));

    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFilter(Filter::All);
    WarningCollector warnings;
    const auto search = [&model](const char *text) {
        model.setSearchText(QString::fromUtf8(text));
        loadAll(model);
        return modelIds(model);
    };
    EXPECT_EQ(search("quetzalcoatl"), QList<qint64>{5});
    EXPECT_EQ(search("QUETZALCOATL dishwash"), QList<qint64>{5}); // every word; the last one as a prefix
    EXPECT_TRUE(search("QUETZAL dishwasher").isEmpty());          // a finished word is exact
    EXPECT_EQ(search("zwanenburg"), QList<qint64>{9001});
    EXPECT_EQ(search("Zwanen"), QList<qint64>{9001});
    EXPECT_EQ(search("qwirkle"), QList<qint64>{9001});
    EXPECT_TRUE(search("quetzalcoatl zwanenburg").isEmpty()); // no message or customer has both
    EXPECT_EQ(model.searchText(), QStringLiteral("quetzalcoatl zwanenburg"));

    // Typed junk is never an FTS syntax error.
    for (const char *junk : {"\"", "*", "AND OR (", "\"unbalanced", "NEAR(", "a:b", "^-", "')--"}) {
        search(junk);
        EXPECT_FALSE(model.canFetchMore({})) << junk;
    }
    EXPECT_EQ(search("\""), QList<qint64>{});
    EXPECT_EQ(search("*"), QList<qint64>{});
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();

    // Clearing the search brings back the plain list.
    model.setSearchText(QString());
    EXPECT_EQ(model.rowCount() % ConversationListModel::PageSize, 0);
    EXPECT_GE(model.rowCount(), ConversationListModel::PageSize);
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("1")).mid(0, model.rowCount()));
}

TEST_F(ConversationListModelTest, SearchStillReachesMessageMatchesAfterAFullPageOfCustomerMatches)
{
    // Exactly one page of customers named "Zebulon", and one message mentioning the name elsewhere.
    QList<ServerEvent> events;
    for (qint64 i = 0; i < ConversationListModel::PageSize; ++i) {
        events.append(
            next("customer.upserted", customer(9100 + i, QStringLiteral("Zebulon Tester%1").arg(i))));
        events.append(next("conversation.upserted", conversation(9100 + i, 9100 + i, newestMs - i * Minute)));
    }
    events.append(
        next("message.created",
             text(900100, 7, QStringLiteral("Zebulon from the other shop recommended you"), newestMs)));
    ASSERT_NO_FATAL_FAILURE(apply(events));

    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFilter(Filter::All);
    model.setSearchText(QStringLiteral("zebulon"));
    loadAll(model);
    const QList<qint64> ids = modelIds(model);
    EXPECT_EQ(ids.size(), ConversationListModel::PageSize + 1);
    EXPECT_TRUE(ids.contains(7));
    EXPECT_EQ(ids.constFirst(), 9100); // customer matches come first
}

TEST_F(ConversationListModelTest, WordsAreAndedPhrasesAreQuotedAndOperatorsTypedNeverError)
{
    ASSERT_NO_FATAL_FAILURE(apply(
        {next("message.created", text(900010, 5, QStringLiteral("Can the linen apron go in the wash at 40?"),
                                      newestMs + Minute)),
         next("message.created", text(900011, 6, QStringLiteral("Wash the linen first, then the apron"),
                                      newestMs + 2 * Minute))}));
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    WarningCollector warnings;
    const auto search = [&model](const char *text) {
        model.setSearchText(QString::fromUtf8(text));
        loadAll(model);
        QList<qint64> ids = modelIds(model);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    EXPECT_EQ(search("linen apron wash"), (QList<qint64>{5, 6}));
    EXPECT_EQ(search("linen AND apron AND wash"), (QList<qint64>{5, 6}));
    EXPECT_EQ(search("\"linen apron\""), QList<qint64>{5});
    EXPECT_EQ(search("\"the apron\" linen"), QList<qint64>{6});
    EXPECT_EQ(search("\"linen apr"), QList<qint64>{5}); // the phrase being typed
    EXPECT_EQ(search("apron NOT \"in the wash\""), QList<qint64>{6});
    EXPECT_TRUE(search("linen ap wash").isEmpty());  // "ap" is finished: no prefix
    EXPECT_FALSE(search("linen wash ap").isEmpty()); // the word being typed is
    for (const char *junk :
         {"linen OR", "NOT", "\"linen", "(linen", "linen*", "body:linen", "linen NEAR/2"}) {
        search(junk);
        EXPECT_FALSE(model.canFetchMore({})) << junk;
    }
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(ConversationListModelTest, AnOrderNumberWithOrWithoutHashFindsTheCustomersConversations)
{
    const qint64 customerId = sqlInt(QStringLiteral("SELECT customer_id FROM conversations WHERE id = 12"));
    Order order;
    order.id = 777001;
    order.number = QStringLiteral("#987654");
    order.customerId = customerId;
    order.placedAt = utc(newestMs - 3 * 24 * 60 * Minute);
    order.total = Money{13275, QStringLiteral("EUR")};
    order.financialStatus = QStringLiteral("paid");
    order.fulfillmentStatus = QStringLiteral("unfulfilled");
    ASSERT_NO_FATAL_FAILURE(apply({next("order.upserted", order)}));
    const QList<qint64> expected = sqlIds(QStringLiteral("c.customer_id = %1").arg(customerId));
    ASSERT_FALSE(expected.isEmpty());

    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    for (const char *typed : {"#987654", "987654", " 987654 "}) {
        model.setSearchText(QString::fromUtf8(typed));
        loadAll(model);
        EXPECT_EQ(modelIds(model).mid(0, expected.size()), expected) << typed;
    }
    model.setSearchText(QStringLiteral("#98765")); // another order's number finds nothing of this one
    loadAll(model);
    EXPECT_FALSE(modelIds(model).contains(12));
}

TEST_F(ConversationListModelTest, SearchCoversEveryConversationUnlessTheFilterIsKept)
{
    // One match, in a closed conversation.
    const qint64 closedId = sqlIds(QStringLiteral("c.status = 1")).value(3);
    ASSERT_GT(closedId, 0);
    ASSERT_NO_FATAL_FAILURE(apply({next(
        "message.created", text(900020, closedId, QStringLiteral("Ich heiße Anna Übelmann-Lüdenscheidt"),
                                newestMs - 400 * 24 * 60 * Minute))}));
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    ASSERT_EQ(model.filter(), Filter::Open);
    model.setSearchText(QStringLiteral("ludenscheidt")); // accents are optional
    EXPECT_EQ(model.effectiveFilter(), Filter::All);
    EXPECT_EQ(modelIds(model), QList<qint64>{closedId});
    EXPECT_EQ(model.matchesElsewhere().total(), 0); // nothing hidden

    model.setSearchKeepsFilter(true);
    EXPECT_EQ(model.effectiveFilter(), Filter::Open);
    EXPECT_EQ(model.rowCount(), 0);
    const ConversationListModel::Elsewhere elsewhere = model.matchesElsewhere();
    EXPECT_EQ(elsewhere.closed, 1);
    EXPECT_EQ(elsewhere.open, 0);

    model.setFilter(Filter::Closed);
    EXPECT_EQ(modelIds(model), QList<qint64>{closedId});
    EXPECT_EQ(model.matchesElsewhere().total(), 0);

    // Without a search the filter applies as before.
    model.setSearchText(QString());
    EXPECT_EQ(model.effectiveFilter(), Filter::Closed);
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("c.status = 1")).mid(0, model.rowCount()));
}

TEST_F(ConversationListModelTest, AConversationThatChangesComesBackIntoTheResultsWhenItMatches)
{
    const QList<qint64> open = sqlIds(QStringLiteral("c.status = 0"));
    ASSERT_GE(open.size(), 4);
    const qint64 a = open.at(1), b = open.at(2), c = open.at(3);
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setSearchText(QStringLiteral("quokka"));
    ASSERT_EQ(model.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // A new message that matches brings its conversation in at the top; one that doesn't, nothing.
    ASSERT_NO_FATAL_FAILURE(
        apply({next("message.created", text(900030, a, QStringLiteral("Not this one"), newestMs + Minute))}));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_NO_FATAL_FAILURE(
        apply({next("message.created", text(900031, b, QStringLiteral("Do you sell the quokka plush?"),
                                            newestMs + 2 * Minute))}));
    EXPECT_EQ(modelIds(model), QList<qint64>{b});
    ASSERT_NO_FATAL_FAILURE(
        apply({next("message.created",
                    text(900032, c, QStringLiteral("A quokka for my niece"), newestMs + 3 * Minute))}));
    EXPECT_EQ(modelIds(model), (QList<qint64>{c, b}));

    // Kept to the Open filter, closing one drops it and reopening brings it back.
    model.setSearchKeepsFilter(true);
    ASSERT_EQ(modelIds(model), (QList<qint64>{c, b}));
    resets.clear();
    Conversation closed = *cache.conversations().get(b);
    closed.status = ConversationStatus::Closed;
    ASSERT_NO_FATAL_FAILURE(apply({next("conversation.upserted", closed)}));
    EXPECT_EQ(modelIds(model), QList<qint64>{c});
    closed.status = ConversationStatus::Open;
    ASSERT_NO_FATAL_FAILURE(apply({next("conversation.upserted", closed)}));
    EXPECT_EQ(modelIds(model), (QList<qint64>{b, c}));

    // A customer renamed to match comes in too.
    const qint64 d = open.at(0);
    const qint64 customerId =
        sqlInt(QStringLiteral("SELECT customer_id FROM conversations WHERE id = %1").arg(d));
    Customer renamed = *cache.customers().get(customerId);
    renamed.name = QStringLiteral("Quokka Fan Club");
    ASSERT_NO_FATAL_FAILURE(apply({next("customer.upserted", renamed)}));
    EXPECT_TRUE(modelIds(model).contains(d));
    EXPECT_EQ(modelIds(model).mid(modelIds(model).size() - 2), (QList<qint64>{b, c}));
    EXPECT_EQ(resets.size(), 0);
}

// --- ConversationListModel: live changes ----------------------------------------------------------------

TEST_F(ConversationListModelTest, NewMessageMovesItsConversationToTheTop)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int from = 10;
    const qint64 id = model.conversationIdAt(from);
    const int rows = model.rowCount();

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QString body = QStringLiteral("Is the rain jacket still available in size L?");
    ASSERT_NO_FATAL_FAILURE(apply({next("message.created", text(900200, id, body, newestMs + Minute))}));

    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.constFirst().at(1).toInt(), from);
    EXPECT_EQ(moved.constFirst().at(2).toInt(), from);
    EXPECT_EQ(moved.constFirst().at(4).toInt(), 0);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(model.rowOf(id), 0);
    EXPECT_EQ(dataAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(), body);
    EXPECT_EQ(dataAt(model, 0, ConversationListModel::LastActivityRole).toDateTime(), utc(newestMs + Minute));
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("c.status = 0")));

    // Another message in the top conversation only changes its data.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    ASSERT_NO_FATAL_FAILURE(
        apply({next("message.created", text(900201, id, QStringLiteral("Thanks!"), newestMs + 2 * Minute))}));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_TRUE(changedRows(dataChanged).contains(0));
    EXPECT_EQ(dataAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
              QStringLiteral("Thanks!"));
}

TEST_F(ConversationListModelTest, ABurstOfChangesIsMergedWithOneLayoutChangeAndKeepsPersistentIndexes)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int rows = model.rowCount();
    ASSERT_GT(rows, 40);
    // The merchant has row 30 selected: a persistent index follows it wherever it goes.
    const qint64 selectedId = model.conversationIdAt(30);
    const QPersistentModelIndex selected(model.index(30, 0));
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Twenty conversations from the lower half get a new message in one batch (as a slice of live events
    // does), plus one new conversation.
    QList<ServerEvent> burst;
    QList<qint64> touched;
    for (int i = 0; i < 20; ++i) {
        const qint64 id = model.conversationIdAt(rows - 1 - i);
        touched.append(id);
        burst.append(next("message.created", text(910000 + i, id, QStringLiteral("Burst %1").arg(i),
                                                  newestMs + (i + 1) * Minute)));
    }
    burst.append(next("customer.upserted", customer(9600, QStringLiteral("Burst Customer"))));
    burst.append(next("conversation.upserted", conversation(9600, 9600, newestMs + 30 * Minute)));
    ASSERT_NO_FATAL_FAILURE(apply(burst));

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(moved.count(), 0);
    EXPECT_EQ(layout.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), rows + 1);
    // The order is exactly the cache's, newest first, with the burst on top in its order.
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("c.status = 0")));
    EXPECT_EQ(model.conversationIdAt(0), 9600);
    EXPECT_EQ(model.conversationIdAt(1), touched.last());
    EXPECT_EQ(dataAt(model, 1, ConversationListModel::LastMessagePreviewRole).toString(),
              QStringLiteral("Burst 19"));
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(model.conversationIdAt(selected.row()), selectedId);
}

TEST_F(ConversationListModelTest, NewConversationIsInsertedAtTheTop)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int rows = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    ASSERT_NO_FATAL_FAILURE(
        apply({next("customer.upserted", customer(9500, QStringLiteral("Léa Moreau"))),
               next("conversation.upserted", conversation(9500, 9500, newestMs + Minute))}));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.constFirst().at(1).toInt(), 0);
    EXPECT_EQ(inserted.constFirst().at(2).toInt(), 0);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(model.conversationIdAt(0), 9500);
    EXPECT_EQ(dataAt(model, 0, ConversationListModel::DisplayNameRole).toString(),
              QStringLiteral("Léa Moreau"));
}

TEST_F(ConversationListModelTest, ClosingAConversationMovesItFromOpenToClosed)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int row = 5;
    const qint64 id = model.conversationIdAt(row);
    const int rows = model.rowCount();
    std::optional<Conversation> closed = cache.conversations().get(id);
    ASSERT_TRUE(closed);
    closed->status = ConversationStatus::Closed;

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_NO_FATAL_FAILURE(apply({next("conversation.upserted", *closed)}));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.constFirst().at(1).toInt(), row);
    EXPECT_EQ(removed.constFirst().at(2).toInt(), row);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), rows - 1);
    EXPECT_EQ(model.rowOf(id), -1);

    model.setFilter(Filter::Closed);
    loadAll(model);
    EXPECT_GE(model.rowOf(id), 0);
    EXPECT_EQ(dataAt(model, model.rowOf(id), ConversationListModel::StatusRole).toInt(),
              static_cast<int>(ConversationStatus::Closed));
    EXPECT_EQ(modelIds(model), sqlIds(QStringLiteral("c.status = 1")));
}

TEST_F(ConversationListModelTest, PresenceAndProfileChangesUpdateTheRowInPlace)
{
    ConversationListModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int row = 2;
    const qint64 id = model.conversationIdAt(row);
    const qint64 customerId = dataAt(model, row, ConversationListModel::CustomerIdRole).toLongLong();
    const bool online = dataAt(model, row, ConversationListModel::OnlineRole).toBool();

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_NO_FATAL_FAILURE(apply({next("presence.changed", json::Presence{customerId, !online})}));
    EXPECT_TRUE(changedRows(dataChanged).contains(row));
    EXPECT_EQ(model.rowOf(id), row);
    EXPECT_EQ(dataAt(model, row, ConversationListModel::OnlineRole).toBool(), !online);

    dataChanged.clear();
    std::optional<Customer> renamed = cache.customers().get(customerId);
    ASSERT_TRUE(renamed);
    renamed->name = QStringLiteral("Camille Dubois-Leroy");
    renamed->email = QStringLiteral("camille@example.fr");
    ASSERT_NO_FATAL_FAILURE(apply({next("customer.upserted", *renamed)}));
    EXPECT_TRUE(changedRows(dataChanged).contains(row));
    EXPECT_EQ(dataAt(model, row, ConversationListModel::DisplayNameRole).toString(),
              QStringLiteral("Camille Dubois-Leroy"));
    EXPECT_EQ(dataAt(model, row, ConversationListModel::EmailRole).toString(),
              QStringLiteral("camille@example.fr"));
    EXPECT_FALSE(dataAt(model, row, ConversationListModel::IsVisitorRole).toBool());
    EXPECT_EQ(moved.count(), 0);
    EXPECT_EQ(resets.count(), 0);
}

// --- MessageModel ---------------------------------------------------------------------------------------

TEST_F(MessageModelTest, NewestPageFirstThenOlderPagesArePrepended)
{
    ASSERT_EQ(sqlInt(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = 1")),
              LongConversation);
    const qint64 newest = sqlInt(QStringLiteral(
        "SELECT id FROM messages WHERE conversation_id = 1 ORDER BY created_at DESC, local_id DESC LIMIT 1"));

    MessageModel model(&cache, 1);
    EXPECT_EQ(model.rowCount(), MessageModel::PageSize);
    EXPECT_EQ(dataAt(model, model.rowCount() - 1, MessageModel::MessageIdRole).toLongLong(), newest);
    EXPECT_TRUE(model.hasOlder());
    // Views call fetchMore() when scrolled to the bottom, where a chat's newest message is: never a page.
    EXPECT_FALSE(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QAbstractItemModelTester tester(&model, Fatal);
    EXPECT_EQ(model.rowCount(), MessageModel::PageSize); // the tester did not page it
    loadAllOlder(model);
    EXPECT_EQ(model.rowCount(), LongConversation);
    EXPECT_EQ(resets.count(), 0);
    int added = 0;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        EXPECT_EQ(args.at(1).toInt(), 0); // older pages go on top
        EXPECT_LE(args.at(2).toInt() + 1, MessageModel::PageSize);
        added += args.at(2).toInt() + 1;
    }
    EXPECT_EQ(added, LongConversation - MessageModel::PageSize);

    EXPECT_EQ(dataAt(model, model.rowCount() - 1, MessageModel::MessageIdRole).toLongLong(), newest);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDateTime earlier = dataAt(model, row - 1, MessageModel::CreatedAtRole).toDateTime();
        const QDateTime later = dataAt(model, row, MessageModel::CreatedAtRole).toDateTime();
        ASSERT_TRUE(earlier.isValid());
        EXPECT_LT(earlier, later) << "row " << row;
    }
}

TEST_F(MessageModelTest, EveryPageOfALongerConversationArrivesOnceInOrder)
{
    // Conversation 2 gets 320 messages: page after page arrives while the tester watches.
    QList<ServerEvent> events;
    const qint64 start = newestMs + Minute;
    for (qint64 i = 0; i < 320; ++i)
        events.append(next("message.created",
                           text(20000 + i, 2, QStringLiteral("Bericht %1").arg(i), start + i * 1000)));
    ASSERT_NO_FATAL_FAILURE(apply(events));

    MessageModel model(&cache, 2);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAllOlder(model);
    ASSERT_EQ(model.rowCount(), 320);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(dataAt(model, row, MessageModel::MessageIdRole).toLongLong(), 20000 + row) << "row " << row;
}

TEST_F(MessageModelTest, NewMessageIsAppendedAtTheEnd)
{
    MessageModel model(&cache, 1);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int rows = model.rowCount();
    const qint64 newestCreated =
        sqlInt(QStringLiteral("SELECT max(created_at) FROM messages WHERE conversation_id = 1"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_NO_FATAL_FAILURE(
        apply({next("message.created", text(5000, 1, QStringLiteral("Hoi! Is de trui nog leverbaar?"),
                                            newestCreated + Minute))}));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.constFirst().at(1).toInt(), rows);
    EXPECT_EQ(inserted.constFirst().at(2).toInt(), rows);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(dataAt(model, rows, MessageModel::BodyRole).toString(),
              QStringLiteral("Hoi! Is de trui nog leverbaar?"));
    EXPECT_EQ(dataAt(model, rows, MessageModel::MessageIdRole).toLongLong(), 5000);

    // Messages of other conversations do not reach this model.
    ASSERT_NO_FATAL_FAILURE(apply(
        {next("message.created", text(5001, 2, QStringLiteral("Bonjour"), newestCreated + 2 * Minute))}));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), rows + 1);
}

TEST_F(MessageModelTest, LocalEchoKeepsItsRowWhenTheServerCopyArrives)
{
    MessageModel model(&cache, 1);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int rows = model.rowCount();
    const qint64 newestCreated =
        sqlInt(QStringLiteral("SELECT max(created_at) FROM messages WHERE conversation_id = 1"));

    Message echo;
    echo.conversationId = 1;
    echo.clientId = QStringLiteral("8a1f3c2e-0b4d-4e5f-9a6b-7c8d9e0f1a2b");
    echo.author = MessageAuthor::Staff;
    echo.staffId = 1;
    echo.body = QStringLiteral("Je bestelling is gisteren verzonden.");
    echo.createdAt = utc(newestCreated + Minute);
    echo.delivery = DeliveryState::Pending;
    const std::optional<qint64> localId = cache.messages().upsert(echo);
    ASSERT_TRUE(localId);
    CacheChanges changes;
    changes.messages[1].insert(*localId);
    changes.conversations.insert(1);
    cache.publish(changes);

    ASSERT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(model.rowOfLocalId(*localId), rows);
    EXPECT_EQ(dataAt(model, rows, MessageModel::DeliveryRole).toInt(),
              static_cast<int>(DeliveryState::Pending));
    EXPECT_EQ(dataAt(model, rows, MessageModel::MessageIdRole).toLongLong(), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Message sent = echo;
    sent.id = 7000;
    sent.delivery = DeliveryState::Sent;
    sent.createdAt = utc(newestCreated + Minute + 300);
    ASSERT_NO_FATAL_FAILURE(apply({next("message.created", sent)}));
    EXPECT_EQ(model.rowCount(), rows + 1);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowOfLocalId(*localId), rows);
    EXPECT_TRUE(changedRows(dataChanged).contains(rows));
    EXPECT_EQ(dataAt(model, rows, MessageModel::DeliveryRole).toInt(), static_cast<int>(DeliveryState::Sent));
    EXPECT_EQ(dataAt(model, rows, MessageModel::MessageIdRole).toLongLong(), 7000);
    EXPECT_EQ(dataAt(model, rows, MessageModel::ClientIdRole).toString(), echo.clientId);
}

TEST_F(MessageModelTest, ProductsRoleListsTheSharedProducts)
{
    const qint64 localId = sqlInt(QStringLiteral("SELECT local_id FROM messages WHERE conversation_id = 1 "
                                                 "AND kind = 1 ORDER BY local_id DESC LIMIT 1"));
    ASSERT_GT(localId, 0);
    const std::optional<Message> shared = cache.messages().get(localId);
    ASSERT_TRUE(shared);
    ASSERT_FALSE(shared->products.isEmpty());

    MessageModel model(&cache, 1);
    QAbstractItemModelTester tester(&model, Fatal);
    loadAll(model);
    const int row = model.rowOfLocalId(localId);
    ASSERT_GE(row, 0);
    EXPECT_EQ(dataAt(model, row, MessageModel::KindRole).toInt(), static_cast<int>(MessageKind::Products));
    const QVariantList products = dataAt(model, row, MessageModel::ProductsRole).toList();
    ASSERT_EQ(products.size(), shared->products.size());
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QVariantMap product = products.at(i).toMap();
        const SharedProduct &expected = shared->products.at(i);
        EXPECT_FALSE(expected.title.isEmpty());
        EXPECT_EQ(product.value(QStringLiteral("title")).toString(), expected.title);
        EXPECT_EQ(product.value(QStringLiteral("productId")).toLongLong(), expected.productId);
        EXPECT_EQ(product.value(QStringLiteral("priceMinor")).toLongLong(), expected.price.minorUnits);
        EXPECT_EQ(product.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        EXPECT_EQ(product.value(QStringLiteral("url")).toString(), expected.url);
    }
}
