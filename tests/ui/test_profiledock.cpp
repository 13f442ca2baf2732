// The customer profile dock against the real server and the demo shop: every panel for a returning customer
// with a cart of more than three lines and open orders, a new customer without orders (the empty block),
// local time either side of a DST change (an injected clock), live cart updates, and the note saved through
// the outbox, kept after a restart, and protected from a change made meanwhile by someone else.
#include "api/apiclient.h"
#include "customerprofiledock.h"
#include "demoshopfixture.h"
#include "domain/clock.h"
#include "models/cartlinesmodel.h"
#include "models/customerprofile.h"
#include "shopservice.h"
#include "storage/cache.h"
#include "storage/customerstore.h"
#include "storage/outboxstore.h"
#include "sync/clientsession.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace shopinbox;
using testsupport::waitFor;
using testsupport::waitUntilClockPasses;

namespace {

class FixedClock : public Clock
{
public:
    QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nowUtc() const override { return now; }
};

class ProfileDockTest : public testsupport::DemoShopFixture
{
protected:
    void SetUp() override
    {
        DemoShopFixture::SetUp();
        m_signedIn = signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
        ASSERT_TRUE(m_signedIn);
        ASSERT_NO_FATAL_FAILURE(startSession(m_clientDir.path()));
    }

    void startSession(const QString &directory)
    {
        m_dock.reset();
        m_session =
            std::make_unique<ClientSession>(m_signedIn->account, m_signedIn->token, directory, &m_network);
        ASSERT_TRUE(m_session->open().ok());
        m_session->start();
        ASSERT_TRUE(waitFor([&] { return m_session->sync().state() == SyncEngine::State::Online; }, 30000));
        m_dock = std::make_unique<CustomerProfileDock>(*m_session, m_clock);
        m_dock->show();
    }

    qint64 conversationOf(qint64 customerId)
    {
        return m_session->cache().database().queryInt(
            QStringLiteral("SELECT id FROM conversations WHERE customer_id = %1 ORDER BY id LIMIT 1")
                .arg(customerId));
    }

    std::optional<AccountManager::SignInResult> m_signedIn;
    FixedClock m_clock;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<CustomerProfileDock> m_dock;
};

TEST_F(ProfileDockTest, AReturningCustomerWithABigCartAndOpenOrders)
{
    // Jesse de Boer (demo customer 26): four cart lines, four orders of which two are open.
    m_dock->setConversation(conversationOf(26));
    const QString details = m_dock->sectionText(QStringLiteral("details"));
    EXPECT_TRUE(details.contains(QStringLiteral("Jesse de Boer"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Returning customer")));
    EXPECT_TRUE(details.contains(QStringLiteral("Lifetime spend:")));
    EXPECT_TRUE(details.contains(QStringLiteral("marketing: ")));
    EXPECT_TRUE(details.contains(QStringLiteral("Local time:")));

    const QString cart = m_dock->sectionText(QStringLiteral("cart"));
    ASSERT_EQ(m_dock->cartLines().rowCount(), 4);
    // Three lines shown, then "View all (4)".
    EXPECT_EQ(cart.count(QStringLiteral(" in stock")), CustomerProfileDock::CartPreviewLines)
        << cart.toStdString();
    EXPECT_TRUE(cart.contains(QStringLiteral("View all (4)")));
    EXPECT_TRUE(cart.contains(QStringLiteral("Last cart activity:")));
    QWidget *all = m_dock->showAllCartLines();
    EXPECT_EQ(all->findChild<QLabel *>(QStringLiteral("lines"))->text().count(QStringLiteral(" in stock")),
              4);
    all->close();

    const std::optional<Order> last = m_dock->profile().lastOrder();
    ASSERT_TRUE(last);
    const QString order = m_dock->sectionText(QStringLiteral("order"));
    EXPECT_TRUE(order.contains(QStringLiteral("Order ") + last->number)) << order.toStdString();
    EXPECT_TRUE(order.contains(QStringLiteral("View all (2 open)"))) << order.toStdString();
    // The newest order of the last 60 days or still open is the one shown.
    for (const Order &other : m_dock->profile().orders()) {
        if (other.open || other.placedAt >= m_clock.now.addDays(-60)) {
            EXPECT_LE(other.placedAt, last->placedAt);
        }
    }
    QWidget *orders = m_dock->showAllOpenOrders();
    EXPECT_EQ(orders->findChild<QLabel *>(QStringLiteral("lines"))->text().count(QLatin1Char('\n')), 1);
    orders->close();

    const QString conversation = m_dock->sectionText(QStringLiteral("conversation"));
    EXPECT_TRUE(conversation.contains(QStringLiteral("Status: Open"))) << conversation.toStdString();
    EXPECT_TRUE(conversation.contains(QStringLiteral("Platform: ")));
    EXPECT_TRUE(conversation.contains(QStringLiteral("Began ")));
}

TEST_F(ProfileDockTest, ANewCustomerWithoutOrdersShowsTheEmptyBlock)
{
    // Jeroen Janssen (demo customer 10) has never ordered.
    m_dock->setConversation(conversationOf(10));
    const QString details = m_dock->sectionText(QStringLiteral("details"));
    EXPECT_TRUE(details.contains(QStringLiteral("New customer"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("No orders yet")));
    EXPECT_FALSE(m_dock->profile().lastOrder().has_value());
    EXPECT_EQ(m_dock->sectionText(QStringLiteral("order")), QStringLiteral("No orders in the last 60 days."));
}

TEST_F(ProfileDockTest, LocalTimeIsRightEitherSideOfADaylightSavingChange)
{
    // Europe/Amsterdam moves from CET (UTC+1) to CEST (UTC+2) at 01:00 UTC on 29 March 2026.
    const QDateTime before(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
    const QDateTime after(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    EXPECT_EQ(CustomerProfile::localTime(QStringLiteral("Europe/Amsterdam"), before).time(), QTime(1, 30));
    EXPECT_EQ(CustomerProfile::localTime(QStringLiteral("Europe/Amsterdam"), after).time(), QTime(3, 30));
    // And in the US, a different day (8 March 2026, 10:00 UTC: 2:00 EST becomes 3:00 EDT).
    EXPECT_EQ(CustomerProfile::localTime(QStringLiteral("America/New_York"),
                                         QDateTime(QDate(2026, 3, 8), QTime(6, 59), Qt::UTC))
                  .time(),
              QTime(1, 59));
    EXPECT_EQ(CustomerProfile::localTime(QStringLiteral("America/New_York"),
                                         QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC))
                  .time(),
              QTime(3, 0));
    EXPECT_FALSE(CustomerProfile::localTime(QStringLiteral("Mars/Olympus_Mons"), after).isValid());

    // The dock shows the customer's time from the injected clock: Jesse de Boer is in Europe/Amsterdam.
    m_clock.now = before;
    m_dock->setConversation(conversationOf(26));
    EXPECT_EQ(m_dock->profile().localTime().time(), QTime(1, 30));
    EXPECT_EQ(m_dock->profile().localTime().offsetFromUtc(), 3600);
    m_clock.now = after;
    m_dock->setConversation(conversationOf(26));
    EXPECT_EQ(m_dock->profile().localTime().time(), QTime(3, 30));
    EXPECT_EQ(m_dock->profile().localTime().offsetFromUtc(), 7200);
    EXPECT_TRUE(m_dock->sectionText(QStringLiteral("details"))
                    .contains(QLocale().toString(QTime(3, 30), QLocale::ShortFormat)));
}

TEST_F(ProfileDockTest, TheCartPanelFollowsTheStorefrontLive)
{
    const auto created = m_server.service()->storefront().createSession(
        1, {{QStringLiteral("name"), QStringLiteral("Noor Visser")},
            {QStringLiteral("email"), QStringLiteral("noor@example.nl")}});
    ASSERT_TRUE(created.ok());
    const auto storefront = server::StorefrontSession::of(1, created->customer.id, created->conversation.id);
    ASSERT_TRUE(waitFor([&] { return conversationOf(storefront.customerId) == storefront.conversationId; }));
    m_dock->setConversation(storefront.conversationId);
    EXPECT_EQ(m_dock->sectionText(QStringLiteral("cart")), QStringLiteral("The cart is empty."));
    ASSERT_TRUE(m_server.service()
                    ->customers()
                    .cart(storefront, {{QStringLiteral("action"), QStringLiteral("add")},
                                       {QStringLiteral("product_id"), 1},
                                       {QStringLiteral("variant_id"), 101},
                                       {QStringLiteral("quantity"), 2}})
                    .ok());
    ASSERT_TRUE(waitFor([&] {
        return m_dock->sectionText(QStringLiteral("cart")).contains(QStringLiteral("2 × "));
    })) << m_dock->sectionText(QStringLiteral("cart")).toStdString()
        << " rows " << m_dock->cartLines().rowCount();
    EXPECT_TRUE(m_dock->sectionText(QStringLiteral("cart")).contains(QStringLiteral("Everyday Organic Tee")));
    ASSERT_TRUE(m_server.service()
                    ->customers()
                    .cart(storefront, {{QStringLiteral("action"), QStringLiteral("remove")},
                                       {QStringLiteral("product_id"), 1},
                                       {QStringLiteral("variant_id"), 101},
                                       {QStringLiteral("quantity"), 2}})
                    .ok());
    ASSERT_TRUE(waitFor([&] { return m_dock->cartLines().rowCount() == 0; }));
    EXPECT_EQ(m_dock->sectionText(QStringLiteral("cart")), QStringLiteral("The cart is empty."));
}

TEST_F(ProfileDockTest, TheNoteIsSavedKeptAfterARestartAndProtectedFromAChangeMeanwhile)
{
    const qint64 conversation = conversationOf(26);
    m_dock->setConversation(conversation);
    m_dock->noteEditor()->setPlainText(QStringLiteral("Prefers delivery after 18:00 <b>not</b> bold"));
    ASSERT_TRUE(m_dock->saveNote());
    EXPECT_EQ(m_dock->noteStatus(), QStringLiteral("Saved"));
    ASSERT_TRUE(waitFor([&] { return m_session->cache().outbox().count() == 0; }));

    // A restart with a fresh cache: the note comes back from the server.
    QTemporaryDir fresh;
    ASSERT_NO_FATAL_FAILURE(startSession(fresh.path()));
    ASSERT_TRUE(waitFor([&] { return conversationOf(26) == conversation; }));
    m_dock->setConversation(conversation);
    EXPECT_EQ(m_dock->noteEditor()->toPlainText(),
              QStringLiteral("Prefers delivery after 18:00 <b>not</b> bold"));

    // The merchant is typing when another staff member saves a note: the typing stays, and they are told.
    m_dock->noteEditor()->setPlainText(QStringLiteral("Typing…"));
    const auto agent = signIn(QStringLiteral("agent@demo.shop"), QStringLiteral("demo-agent"));
    ASSERT_TRUE(agent);
    ApiClient api(&m_network);
    api.setBaseUrl(m_server.url());
    api.setToken(agent->token);
    std::optional<ApiResponse> put;
    api.put(QStringLiteral("/api/v1/customers/26/note"), {{QStringLiteral("note"), QStringLiteral("VIP")}},
            [&](const ApiResponse &r) { put = r; });
    ASSERT_TRUE(waitFor([&] { return put.has_value(); }));
    ASSERT_TRUE(put->ok()) << put->errorMessage.toStdString();
    ASSERT_TRUE(
        waitFor([&] { return m_dock->noteStatus().contains(QStringLiteral("Someone else changed")); }));
    EXPECT_TRUE(m_dock->noteStatus().contains(QStringLiteral("VIP")));
    EXPECT_EQ(m_dock->noteEditor()->toPlainText(), QStringLiteral("Typing…"));
}

TEST_F(ProfileDockTest, ANoteQueuedOfflineLosesToANewerOneAndTheMerchantIsTold)
{
    m_dock->setConversation(conversationOf(26));
    // Written while the outbox cannot deliver (as offline)...
    m_session->outbox().stop();
    m_dock->noteEditor()->setPlainText(QStringLiteral("Written offline"));
    ASSERT_TRUE(m_dock->saveNote());
    // The agent's note is saved strictly later than this one was stamped.
    ASSERT_TRUE(waitUntilClockPasses(QDateTime::currentDateTimeUtc()));
    // ...meanwhile another staff member saves theirs...
    const auto agent = signIn(QStringLiteral("agent@demo.shop"), QStringLiteral("demo-agent"));
    ASSERT_TRUE(agent);
    ApiClient api(&m_network);
    api.setBaseUrl(m_server.url());
    api.setToken(agent->token);
    std::optional<ApiResponse> put;
    api.put(QStringLiteral("/api/v1/customers/26/note"),
            {{QStringLiteral("note"), QStringLiteral("Agent's newer note")}},
            [&](const ApiResponse &r) { put = r; });
    ASSERT_TRUE(waitFor([&] { return put.has_value(); }));
    ASSERT_TRUE(put->ok());
    // ...then the queued one arrives: the newer note wins, and the merchant is told.
    m_session->outbox().start();
    ASSERT_TRUE(waitFor([&] { return m_dock->noteStatus().contains(QStringLiteral("not saved")); }))
        << m_dock->noteStatus().toStdString();
    EXPECT_TRUE(m_dock->noteStatus().contains(QStringLiteral("newer note")))
        << m_dock->noteStatus().toStdString();
    ASSERT_TRUE(
        waitFor([&] { return m_dock->noteEditor()->toPlainText() == QStringLiteral("Agent's newer note"); }));
    EXPECT_EQ(m_session->cache().customers().get(26)->note, QStringLiteral("Agent's newer note"));
}

} // namespace

TEST_F(ProfileDockTest, AnUnsavedNoteEditStaysWithItsCustomerAcrossSwitching)
{
    const qint64 a = conversationOf(26);
    const qint64 b = conversationOf(10);
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);
    m_dock->setConversation(a);
    const QString saved = m_dock->noteEditor()->toPlainText();
    m_dock->noteEditor()->setPlainText(QStringLiteral("Half-written note for customer 26"));
    // Another customer: their note, not the edit, and nothing was saved for customer 26.
    m_dock->setConversation(b);
    EXPECT_NE(m_dock->noteEditor()->toPlainText(), QStringLiteral("Half-written note for customer 26"));
    EXPECT_EQ(m_session->cache().customers().get(26)->note, saved);
    // Back: the edit is there again, unsaved, and the merchant is told.
    m_dock->setConversation(a);
    EXPECT_EQ(m_dock->noteEditor()->toPlainText(), QStringLiteral("Half-written note for customer 26"));
    EXPECT_TRUE(m_dock->noteStatus().contains(QStringLiteral("unsaved")))
        << m_dock->noteStatus().toStdString();
    ASSERT_TRUE(m_dock->saveNote());
    m_dock->setConversation(b);
    m_dock->setConversation(a);
    EXPECT_EQ(m_dock->noteEditor()->toPlainText(), QStringLiteral("Half-written note for customer 26"));
    EXPECT_FALSE(m_dock->noteStatus().contains(QStringLiteral("unsaved")));
}

TEST_F(ProfileDockTest, ConversationDetailsShowBothTopics)
{
    // Demo conversation 6 (customer 4) carries two topics, newest first.
    m_dock->setConversation(conversationOf(4));
    const QString details = m_dock->sectionText(QStringLiteral("conversation"));
    EXPECT_TRUE(details.contains(QStringLiteral("Returns and delivered orders, Product details")))
        << details.toStdString();
}

TEST_F(ProfileDockTest, TheCustomersOtherConversationsAreOneClickAway)
{
    // Customer 32 has two conversations: 1 (closed) and 26 (open).
    m_dock->setConversation(26);
    ASSERT_TRUE(m_dock->profile().customer());
    ASSERT_EQ(m_dock->profile().otherConversations().size(), 1);
    EXPECT_EQ(m_dock->profile().otherConversations().constFirst().id, 1);
    const QString others = m_dock->sectionText(QStringLiteral("others"));
    EXPECT_TRUE(others.startsWith(QStringLiteral("Closed · "))) << others.toStdString();
    auto *section = m_dock->findChild<QWidget *>(QStringLiteral("otherConversations"));
    ASSERT_TRUE(section);
    EXPECT_TRUE(section->isVisible());

    QSignalSpy requested(m_dock.get(), &CustomerProfileDock::conversationRequested);
    QPushButton *button = nullptr;
    for (QPushButton *candidate : section->findChildren<QPushButton *>()) {
        if (candidate->text() == others)
            button = candidate;
    }
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.constFirst().constFirst().toLongLong(), 1);

    // A customer with one conversation: no section.
    m_dock->setConversation(conversationOf(4));
    EXPECT_TRUE(m_dock->profile().otherConversations().isEmpty());
    EXPECT_FALSE(section->isVisible());
}
