// The conversation screen as a merchant reads and writes it: whole messages (every line painted), a draft per
// conversation that survives switching and a restart, a composer that refuses over-long text before sending,
// times, authors and date separators on every line, "You:" only for the signed-in staff member, and the
// conversation being read not marked unread again when the customer writes.
#include "appicons.h"
#include "composeredit.h"
#include "conversationdelegate.h"
#include "conversationheader.h"
#include "domain/clock.h"
#include "domain/topic.h"
#include "layoutchecks.h"
#include "mainwindowfixture.h"
#include "messagedelegate.h"
#include "modalcloser.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "moneytext.h"
#include "onecustomercache.h"
#include "shopservice.h"
#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/staffstore.h"
#include "sync/localactions.h"
#include "threadlinks.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace shopinbox;
using testsupport::clipping;
using testsupport::describe;
using testsupport::readableWidgets;
using testsupport::waitFor;

namespace {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

/** A new storefront customer with a conversation; its id, or 0. */
qint64 newCustomerConversation(server::ShopService &service, const QString &name, const QString &email,
                               std::optional<server::StorefrontSession> *sessionOut = nullptr)
{
    const auto created = service.storefront().createSession(
        service.defaultShopId(), {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}});
    if (!created)
        return 0;
    const std::optional<server::StorefrontSession> session = service.storefront().session(created->token);
    if (sessionOut)
        *sessionOut = session;
    return session ? session->conversationId : 0;
}

bool customerSays(server::ShopService &service, const server::StorefrontSession &session, const QString &text)
{
    const auto posted = service.conversations().customerMessage(
        session, {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("body"), text}});
    return posted && posted->created;
}

int rowWithBody(const QAbstractItemModel *model, const QString &body)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->index(row, 0).data(MessageModel::BodyRole).toString() == body)
            return row;
    }
    return -1;
}

/** The vertical extent (in pixels) of dark ink in @p image: text painted in a light bubble. */
int inkHeight(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 110) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

} // namespace

TEST_F(MainWindowTest, MultiLineMessagesArePaintedWithAllTheirLines)
{
    server::ShopService &service = *m_server.service();
    std::optional<server::StorefrontSession> session;
    const qint64 conversationId = newCustomerConversation(service, QStringLiteral("Lines Tester"),
                                                          QStringLiteral("lines@example.com"), &session);
    ASSERT_GT(conversationId, 0);
    const QString oneLine = QStringLiteral("Hello");
    const QString threeLines = QStringLiteral("Hello, first line\nsecond line\nthird line");
    ASSERT_TRUE(customerSays(service, *session, oneLine));
    ASSERT_TRUE(customerSays(service, *session, threeLines));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return m_session->cache().conversations().get(conversationId).has_value(); }));
    m_window->showConversation(conversationId);
    ASSERT_TRUE(waitFor([&] { return thread->model() && rowWithBody(thread->model(), threeLines) >= 0; }));

    // A two-line reply from the composer.
    auto *composer = m_window->findChild<ComposerEdit *>();
    ASSERT_TRUE(composer);
    const QString twoLines = QStringLiteral("Thanks!\nIt ships tomorrow.");
    composer->setPlainText(twoLines);
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return rowWithBody(thread->model(), twoLines) >= 0; }));

    const QModelIndex one = thread->model()->index(rowWithBody(thread->model(), oneLine), 0);
    const QModelIndex three = thread->model()->index(rowWithBody(thread->model(), threeLines), 0);
    const QModelIndex two = thread->model()->index(rowWithBody(thread->model(), twoLines), 0);
    QStyleOptionViewItem option;
    option.initFrom(thread);
    option.widget = thread;
    auto *delegate = qobject_cast<MessageDelegate *>(thread->itemDelegate());
    ASSERT_TRUE(delegate);
    const int lineHeight = QFontMetrics(option.font).height();
    // Same-day rows without a date band compared: the text is all that differs.
    ASSERT_FALSE(MessageDelegate::dayStartingAt(three));
    const int oneHeight =
        delegate->sizeHint(option, one).height() - (MessageDelegate::dayStartingAt(one) ? 30 : 0);
    EXPECT_GE(delegate->sizeHint(option, three).height(), oneHeight + 2 * lineHeight - 2);
    EXPECT_GE(delegate->sizeHint(option, two).height(), oneHeight + lineHeight - 2);

    // And the row as painted: three lines of ink in the customer's bubble.
    thread->scrollTo(three);
    QApplication::processEvents();
    const QRect rect = thread->visualRect(three);
    ASSERT_FALSE(rect.isEmpty());
    const QImage row = thread->viewport()->grab(rect).toImage();
    // Only the bubble: the footer (time) sits below it in a lighter grey, excluded by the ink threshold.
    EXPECT_GE(inkHeight(row), 2 * lineHeight + lineHeight / 2) << "ink " << inkHeight(row) << " px";
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        row.save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") + QStringLiteral("/three-lines.png"));
}

namespace {

/** Receives the URLs QDesktopServices is asked to open (instead of a browser). */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

TEST_F(MainWindowTest, ALinkInABubbleOpensOnAClickWithoutTheSentencesFullStop)
{
    std::optional<server::StorefrontSession> session;
    const qint64 conversationId = newCustomerConversation(*m_server.service(), QStringLiteral("Link Tester"),
                                                          QStringLiteral("links@example.com"), &session);
    ASSERT_GT(conversationId, 0);
    const QString body =
        QStringLiteral("Where is it? The page says https://track.example.com/GB277980367552. "
                       "Thanks!\nAlso file:///etc/passwd");
    ASSERT_TRUE(customerSays(*m_server.service(), *session, body));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return m_session->cache().conversations().get(conversationId).has_value(); }));
    m_window->showConversation(conversationId);
    ASSERT_TRUE(waitFor([&] { return thread->model() && rowWithBody(thread->model(), body) >= 0; }));
    const QModelIndex index = thread->model()->index(rowWithBody(thread->model(), body), 0);
    thread->scrollTo(index);
    QApplication::processEvents();
    auto *links = m_window->findChild<ThreadLinks *>();
    ASSERT_TRUE(links);

    // Every point of the row: the only link is the tracking page, without the full stop.
    const QRect rect = thread->visualRect(index);
    QSet<QString> found;
    QPoint onLink;
    int plain = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 3) {
            const QString link = links->linkAt(QPoint(x, y));
            if (link.isEmpty()) {
                ++plain;
                continue;
            }
            found.insert(link);
            if (onLink.isNull())
                onLink = QPoint(x, y);
        }
    }
    EXPECT_EQ(found, QSet<QString>{QStringLiteral("https://track.example.com/GB277980367552")});
    EXPECT_GT(plain, 0);
    ASSERT_FALSE(onLink.isNull());

    // A click opens it through QDesktopServices; a click beside it opens nothing.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QTest::mouseClick(thread->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 2, rect.top() + 2));
    QTest::mouseClick(thread->viewport(), Qt::LeftButton, {}, onLink);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    EXPECT_EQ(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://track.example.com/GB277980367552"))});
}

TEST_F(MainWindowTest, OlderMessagesLoadWhenScrolledToTheTopNotAtTheBottom)
{
    std::optional<server::StorefrontSession> session;
    const qint64 conversationId = newCustomerConversation(*m_server.service(), QStringLiteral("Long Talker"),
                                                          QStringLiteral("long@example.com"), &session);
    ASSERT_GT(conversationId, 0);
    constexpr int Messages = 2 * MessageModel::PageSize + 10;
    for (int i = 1; i <= Messages; ++i)
        ASSERT_TRUE(customerSays(*m_server.service(), *session, QStringLiteral("Message number %1").arg(i)));
    QListView *thread = view(QStringLiteral("Messages"));
    // Every message in the cache (the shop's greeting too).
    qsizetype stored = 0;
    ASSERT_TRUE(waitFor([&] {
        stored = m_session->cache().messages().page(conversationId, std::nullopt, 1000).size();
        return stored >= Messages;
    }));
    m_window->showConversation(conversationId);
    ASSERT_TRUE(waitFor([&] {
        return thread->model() &&
               rowWithBody(thread->model(), QStringLiteral("Message number %1").arg(Messages)) >= 0;
    }));
    // At the bottom, where the newest message is, the view asks for nothing more: one page.
    QScrollBar *bar = thread->verticalScrollBar();
    ASSERT_TRUE(waitFor([&] { return bar->maximum() > 0 && bar->value() == bar->maximum(); }));
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_EQ(thread->model()->rowCount(), MessageModel::PageSize);

    // Scrolled to the top: the next older page comes in above, and the message that was at the top stays
    // where the reader's eyes are.
    const QString firstShown = QStringLiteral("Message number %1").arg(Messages - MessageModel::PageSize + 1);
    bar->setValue(bar->minimum());
    EXPECT_EQ(thread->model()->rowCount(), 2 * MessageModel::PageSize);
    ASSERT_TRUE(waitFor([&] { return bar->value() > bar->minimum(); }));
    const QRect kept =
        thread->visualRect(thread->model()->index(rowWithBody(thread->model(), firstShown), 0));
    EXPECT_TRUE(thread->viewport()->rect().intersects(kept)) << "the reading position jumped";
    bar->setValue(bar->minimum());
    EXPECT_EQ(thread->model()->rowCount(), stored);
}

TEST_F(MainWindowTest, ADraftStaysWithItsConversationAcrossSwitchesAndARestart)
{
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() >= 2; }));
    const qint64 a = list->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    const qint64 b = list->model()->index(1, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    auto *composer = m_window->findChild<ComposerEdit *>();
    ASSERT_TRUE(composer);

    m_window->showConversation(a);
    composer->setPlainText(QStringLiteral("Half a reply for A"));
    m_window->showConversation(b);
    EXPECT_EQ(composer->toPlainText(), QString()) << "text meant for A is in B's composer";
    composer->setPlainText(QStringLiteral("Draft for B"));
    m_window->showConversation(a);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Half a reply for A"));

    // Quit with B's draft typed last, and start again on the same cache.
    m_window->showConversation(b);
    composer->setPlainText(QStringLiteral("Draft for B, edited"));
    openWindow();
    composer = m_window->findChild<ComposerEdit *>();
    ASSERT_TRUE(composer);
    m_window->showConversation(a);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Half a reply for A"));
    m_window->showConversation(b);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Draft for B, edited"));

    // Sending B's draft sends it to B, and B's draft is gone; A keeps its own.
    const int outboxBefore = m_session->cache().outbox().count();
    QTest::keyClick(composer, Qt::Key_Return);
    EXPECT_EQ(m_session->cache().outbox().count(), outboxBefore + 1);
    EXPECT_EQ(composer->toPlainText(), QString());
    EXPECT_EQ(m_session->actions().draft(b), QString());
    EXPECT_EQ(m_session->actions().draft(a), QStringLiteral("Half a reply for A"));
    ASSERT_TRUE(waitFor([&] { return m_session->cache().outbox().count() == 0; }));
    bool inB = false;
    for (const Message &m : m_session->cache().messages().page(b, std::nullopt, 50))
        inB = inB || m.body == QStringLiteral("Draft for B, edited");
    EXPECT_TRUE(inB);
}

TEST_F(MainWindowTest, TheComposerRefusesTooLongTextBeforeSending)
{
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    auto *composer = m_window->findChild<ComposerEdit *>();
    auto *length = m_window->findChild<QLabel *>(QStringLiteral("composerLength"));
    QPushButton *send = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>())
        send = button->text() == QObject::tr("Send") ? button : send;
    ASSERT_TRUE(composer && length && send);

    const QString tooLong(Message::MaxBodyLength + 1, QLatin1Char('x'));
    composer->setPlainText(tooLong);
    EXPECT_TRUE(length->isVisibleTo(m_window.get()));
    EXPECT_EQ(length->text(), QStringLiteral("5,001 / 5,000"));
    EXPECT_FALSE(send->isEnabled());
    const int outboxBefore = m_session->cache().outbox().count();
    QTest::keyClick(composer, Qt::Key_Return);
    EXPECT_EQ(m_session->cache().outbox().count(), outboxBefore) << "an over-long reply was queued";
    EXPECT_EQ(composer->toPlainText(), tooLong) << "the merchant's text is kept";
    EXPECT_FALSE(m_session->actions().sendText(1, tooLong));
    EXPECT_TRUE(m_session->actions().lastError().contains(QStringLiteral("5,000")))
        << m_session->actions().lastError().toStdString();

    composer->setPlainText(QString(Message::MaxBodyLength, QLatin1Char('y')));
    EXPECT_TRUE(send->isEnabled());
    EXPECT_TRUE(length->isVisibleTo(m_window.get())); // near the limit it still counts
    composer->setPlainText(QStringLiteral("short"));
    EXPECT_FALSE(length->isVisibleTo(m_window.get()));
}

TEST_F(MainWindowTest, TheOpenConversationIsNotMarkedUnreadWhenTheCustomerWrites)
{
    server::ShopService &service = *m_server.service();
    std::optional<server::StorefrontSession> session;
    const qint64 conversationId = newCustomerConversation(service, QStringLiteral("Reader Test"),
                                                          QStringLiteral("reader@example.com"), &session);
    ASSERT_GT(conversationId, 0);
    ASSERT_TRUE(waitFor([&] { return m_session->cache().conversations().get(conversationId).has_value(); }));
    m_window->showConversation(conversationId);
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(waitFor([&] { return m_window->isActiveWindow(); }));
    QListView *thread = view(QStringLiteral("Messages"));
    const QString text = QStringLiteral("Are you there?");
    ASSERT_TRUE(customerSays(service, *session, text));
    ASSERT_TRUE(waitFor([&] { return thread->model() && rowWithBody(thread->model(), text) >= 0; }));
    // Read here, and so on the server: the merchant is reading it.
    auto serverUnread = [&] {
        return service.context()
            .conversations()
            .conversation(service.defaultShopId(), conversationId)
            ->unread;
    };
    ASSERT_TRUE(waitFor([&] {
        return m_session->cache().outbox().count() == 0 && !serverUnread() &&
               !m_session->cache().conversations().get(conversationId)->unread;
    }));
}

TEST(Delegates, DateSeparatorsTimesAndAuthorsAcrossADayBoundary)
{
    // Local times: yesterday 23:50, today 00:10 and today 09:19.
    const QDate today(2026, 11, 24);
    const QDateTime lateYesterday(today.addDays(-1), QTime(23, 50), Qt::LocalTime);
    const QDateTime justAfterMidnight(today, QTime(0, 10), Qt::LocalTime);
    const QDateTime morning(today, QTime(9, 19), Qt::LocalTime);
    OneCustomerCache seeded(QStringLiteral("Noor"), lateYesterday.toUTC());
    ASSERT_TRUE(seeded.ok());
    Cache &cache = seeded.cache();
    ASSERT_TRUE(cache.staff().upsert(Staff{1, QStringLiteral("Owner Olga"), QStringLiteral("o@x"), true}));
    ASSERT_TRUE(cache.staff().upsert(Staff{2, QStringLiteral("Aaron"), QStringLiteral("a@x"), true}));
    auto add = [&](qint64 id, MessageAuthor author, std::optional<qint64> staffId, const QDateTime &at) {
        Message m;
        m.id = id;
        m.conversationId = 1;
        m.kind = MessageKind::Text;
        m.author = author;
        m.staffId = staffId;
        m.body = QStringLiteral("Message %1").arg(id);
        m.createdAt = at.toUTC();
        m.delivery = DeliveryState::Sent;
        ASSERT_TRUE(cache.messages().upsert(m));
        ASSERT_TRUE(cache.conversations().noteMessage(m));
    };
    add(1, MessageAuthor::Customer, std::nullopt, lateYesterday);
    add(2, MessageAuthor::Staff, 2, justAfterMidnight);
    add(3, MessageAuthor::Staff, 1, morning);
    MessageModel model(&cache, 1);
    ASSERT_EQ(model.rowCount(), 3);

    // A band above the first message and above the first one after midnight, none above the third.
    EXPECT_EQ(MessageDelegate::dayStartingAt(model.index(0, 0)), today.addDays(-1));
    EXPECT_EQ(MessageDelegate::dayStartingAt(model.index(1, 0)), today);
    EXPECT_FALSE(MessageDelegate::dayStartingAt(model.index(2, 0)));
    EXPECT_EQ(MessageDelegate::dateSeparatorText(today, today), QObject::tr("Today"));
    EXPECT_EQ(MessageDelegate::dateSeparatorText(today.addDays(-1), today), QObject::tr("Yesterday"));
    EXPECT_EQ(MessageDelegate::dateSeparatorText(today.addDays(-3), today),
              QLocale().dayName(today.addDays(-3).dayOfWeek(), QLocale::LongFormat));
    const QString older = MessageDelegate::dateSeparatorText(QDate(2026, 3, 2), today);
    EXPECT_FALSE(older.contains(QStringLiteral("2026"))) << older.toStdString(); // same year: no year
    EXPECT_TRUE(
        MessageDelegate::dateSeparatorText(QDate(2025, 3, 2), today).contains(QStringLiteral("2025")));

    // Every message has its time; staff messages say who wrote them, "You" for the signed-in one.
    const QString customerFooter = MessageDelegate::footerText(model.index(0, 0), 1);
    EXPECT_EQ(customerFooter, ConversationDelegate::shortTime(QTime(23, 50)));
    const QString aaron = MessageDelegate::footerText(model.index(1, 0), 1);
    EXPECT_TRUE(aaron.startsWith(QStringLiteral("Aaron · "))) << aaron.toStdString();
    EXPECT_TRUE(aaron.contains(ConversationDelegate::shortTime(QTime(0, 10)))) << aaron.toStdString();
    EXPECT_TRUE(MessageDelegate::footerText(model.index(2, 0), 1)
                    .startsWith(QObject::tr("You") + QStringLiteral(" · ")));
    EXPECT_TRUE(
        MessageDelegate::footerText(model.index(2, 0), 2).startsWith(QStringLiteral("Owner Olga · ")));

    // The band takes room: the first message after midnight is taller than the same message without one.
    QListView view;
    view.resize(600, 600);
    view.setModel(&model);
    MessageDelegate delegate;
    FixedClock clock(QDateTime(today, QTime(12, 0), Qt::LocalTime).toUTC());
    delegate.setClock(&clock);
    view.setItemDelegate(&delegate);
    view.show();
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    EXPECT_GT(delegate.sizeHint(option, model.index(1, 0)).height(),
              delegate.sizeHint(option, model.index(2, 0)).height() + 20);
    const QImage painted = view.grab().toImage();
    EXPECT_FALSE(painted.isNull());
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        painted.save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") + QStringLiteral("/date-separators.png"));

    // The list says "You:" only for the signed-in staff member's own last message.
    ConversationListModel list(&cache);
    ASSERT_EQ(list.rowCount(), 1);
    const QString preview = ConversationDelegate::previewText(list.index(0), 1);
    EXPECT_EQ(preview, QObject::tr("You: %1").arg(QStringLiteral("Message 3")));
    EXPECT_EQ(ConversationDelegate::previewText(list.index(0), 2), QStringLiteral("Message 3"))
        << "another staff member's message is not 'You'";
}

TEST(Delegates, TheShopsAutomaticMessagesSaySoUnderTheirText)
{
    OneCustomerCache seeded(QStringLiteral("Visitor 8"));
    ASSERT_TRUE(seeded.ok());
    Cache &cache = seeded.cache();
    auto add = [&](qint64 id, AutomatedReply automated) {
        Message m;
        m.id = id;
        m.conversationId = 1;
        m.kind = MessageKind::System;
        m.author = MessageAuthor::System;
        m.body = QStringLiteral("Thanks for your message! We usually answer within the hour.");
        m.automated = automated;
        m.createdAt = seeded.conversation().startedAt.addSecs(id);
        ASSERT_TRUE(cache.messages().upsert(m));
    };
    add(1, AutomatedReply::FollowUp);
    add(2, AutomatedReply::Away);
    add(3, AutomatedReply::None);
    MessageModel model(&cache, 1);
    ASSERT_EQ(model.rowCount(), 3);
    // Kept by the cache as the server sent it.
    EXPECT_EQ(model.index(1, 0).data(MessageModel::AutomatedRole).toInt(),
              static_cast<int>(AutomatedReply::Away));
    const QString time = ConversationDelegate::shortTime(
        model.index(0, 0).data(MessageModel::CreatedAtRole).toDateTime().toLocalTime().time());
    EXPECT_EQ(MessageDelegate::footerText(model.index(0, 0), 0),
              QStringLiteral("Automatic follow-up · ") + time);
    EXPECT_TRUE(
        MessageDelegate::footerText(model.index(1, 0), 0).startsWith(QStringLiteral("Away message · ")));
    EXPECT_FALSE(MessageDelegate::footerText(model.index(2, 0), 0).contains(QStringLiteral("·")));
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QString inGerman = MessageDelegate::footerText(model.index(1, 0), 0);
    QCoreApplication::removeTranslator(&german);
    EXPECT_TRUE(inGerman.startsWith(QStringLiteral("Abwesenheitsnachricht · "))) << inGerman.toStdString();
}

TEST(Delegates, TheFocusedInboxRowShowsAFocusRing)
{
    OneCustomerCache seeded(QStringLiteral("Focus Tester"));
    ASSERT_TRUE(seeded.ok());
    ConversationListModel model(&seeded.cache());
    model.setFilter(ConversationListModel::Filter::All);
    ASSERT_EQ(model.rowCount(), 1);
    ConversationDelegate delegate;
    QListView view;
    view.setModel(&model);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect =
        QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(0, 0)).expandedTo(QSize(320, 60)));
    const auto paint = [&](QStyle::State state) {
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem o = option;
        o.state = state;
        delegate.paint(&painter, o, model.index(0, 0));
        return image;
    };
    const QStyle::State base = QStyle::State_Enabled | QStyle::State_Active;
    // Selected or not, focus is visible: the two pictures differ along the row's edge.
    for (const QStyle::State selected :
         {QStyle::State(QStyle::State_None), QStyle::State(QStyle::State_Selected)}) {
        const QImage without = paint(base | selected);
        const QImage with = paint(base | selected | QStyle::State_HasFocus);
        EXPECT_NE(without, with);
        if (!(selected & QStyle::State_Selected)) { // the ring on a white row, in the highlight colour
            EXPECT_NE(without.pixel(2, option.rect.height() / 2), with.pixel(2, option.rect.height() / 2));
        }
    }
}

TEST(Delegates, CartEventsAreWordedInTheUiLanguage)
{
    OneCustomerCache seeded(QStringLiteral("Visitor 7"));
    ASSERT_TRUE(seeded.ok());
    Cache &cache = seeded.cache();
    const Conversation &conversation = seeded.conversation();
    auto add = [&](qint64 id, CartAction action, const QString &title, const QString &body) {
        Message m;
        m.id = id;
        m.conversationId = 1;
        m.kind = MessageKind::CartEvent;
        m.author = MessageAuthor::System;
        m.cartAction = action;
        m.cartProductTitle = title;
        m.body = body;
        m.createdAt = conversation.startedAt.addSecs(id);
        ASSERT_TRUE(cache.messages().upsert(m));
        ASSERT_TRUE(cache.conversations().noteMessage(m));
    };
    add(1, CartAction::Add, QStringLiteral("Merino sweater"),
        QStringLiteral("Added Merino sweater to the cart"));
    add(2, CartAction::Remove, QStringLiteral("Organic Cotton Crew-Neck T-Shirt, Heather Grey (Unisex)"),
        QStringLiteral("Removed a product from the cart"));
    add(3, CartAction::Add, QString(),
        QStringLiteral("Added Wool Jumper to the cart")); // an older server's event
    MessageModel model(&cache, 1);
    ASSERT_EQ(model.rowCount(), 3);
    ConversationListModel list(&cache);
    list.setFilter(ConversationListModel::Filter::All);
    ASSERT_EQ(list.rowCount(), 1);
    // The title and action survive the cache.
    EXPECT_EQ(model.index(0, 0).data(MessageModel::CartProductTitleRole).toString(),
              QStringLiteral("Merino sweater"));

    EXPECT_EQ(MessageDelegate::displayText(model.index(0, 0)),
              QStringLiteral("Added Merino sweater to the cart"));
    QTranslator dutch;
    ASSERT_TRUE(dutch.load(QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_nl.qm")));
    QCoreApplication::installTranslator(&dutch);
    const QString added = MessageDelegate::displayText(model.index(0, 0));
    const QString removed = MessageDelegate::displayText(model.index(1, 0));
    const QString older = MessageDelegate::displayText(model.index(2, 0));
    const QString listOlder = ConversationDelegate::previewText(list.index(0, 0));
    add(4, CartAction::Remove, QStringLiteral("Linen Apron"),
        QStringLiteral("Removed Linen Apron from the cart"));
    ConversationListModel relisted(&cache);
    relisted.setFilter(ConversationListModel::Filter::All);
    const QString listRemoved = ConversationDelegate::previewText(relisted.index(0, 0));
    const QString topic = topicDisplayName(QStringLiteral("returns"));
    QCoreApplication::removeTranslator(&dutch);
    // The inbox list words a conversation's last cart event the same way.
    EXPECT_EQ(listOlder, QStringLiteral("Added Wool Jumper to the cart"));
    EXPECT_EQ(listRemoved, QStringLiteral("Linen Apron uit de winkelwagen verwijderd"));
    EXPECT_EQ(topic, QStringLiteral("Retouren en geleverde bestellingen"));
    EXPECT_EQ(topicDisplayName(QStringLiteral("Sizing")), QStringLiteral("Sizing")) << "older data as it is";
    EXPECT_EQ(added, QStringLiteral("Merino sweater toegevoegd aan de winkelwagen"));
    EXPECT_EQ(removed, QStringLiteral("Een product uit de winkelwagen verwijderd"))
        << "a long name is not shown";
    EXPECT_EQ(older, QStringLiteral("Added Wool Jumper to the cart")) << "without a title, the server's text";
}

namespace {

class MainWindowLayout : public MainWindowTest, public ::testing::WithParamInterface<const char *>
{
};

} // namespace

TEST_P(MainWindowLayout, At1024x700WithTheDockNothingOverlapsOrIsCut)
{
    const QString language = QString::fromLatin1(GetParam());
    QTranslator translator;
    // English too: its file holds the plural forms ("1 order", "2 orders").
    ASSERT_TRUE(translator.load(QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    // A customer with a long name who has left the store: the longest header there is.
    std::optional<server::StorefrontSession> session;
    const qint64 conversationId = newCustomerConversation(
        *m_server.service(), QStringLiteral("Maximiliane Großmann-Schönefeld von Hohenzollern"),
        QStringLiteral("maximiliane.grossmann-schoenefeld@example.de"), &session);
    ASSERT_GT(conversationId, 0);
    ASSERT_TRUE(customerSays(*m_server.service(), *session,
                             QStringLiteral("Hallo!\nIst der Merino-Pullover in Größe M wieder da? 🙂")));
    openWindow(); // built again, in this language
    m_window->resize(1024, 700);
    ASSERT_TRUE(waitFor([&] { return m_session->cache().conversations().get(conversationId).has_value(); }));
    m_window->showConversation(conversationId);
    // As a merchant leaves it who widened the list on a big screen: the list asks for far more than there is.
    auto *splitter = m_window->findChild<QSplitter *>();
    ASSERT_TRUE(splitter);
    splitter->setSizes({900, 300});
    // Layout requests settle in a few passes of the event loop (a count, not a time).
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    ASSERT_TRUE(waitFor([&] { return m_window->width() == 1024 && m_window->height() == 700; }))
        << "the window cannot be as small as 1024x700: " << m_window->width() << "x" << m_window->height();

    auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
    ASSERT_TRUE(list);
    EXPECT_GE(list->width(), 250) << "the list is too narrow for a name and a preview";
    const QList<QWidget *> widgets = readableWidgets(m_window.get());
    for (QWidget *w : widgets) {
        const QString why = clipping(w);
        EXPECT_TRUE(why.isEmpty()) << language.toStdString() << ": " << describe(w).toStdString() << " "
                                   << why.toStdString();
    }
    // Siblings never overlap.
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        for (qsizetype j = i + 1; j < widgets.size(); ++j) {
            QWidget *a = widgets.at(i);
            QWidget *b = widgets.at(j);
            if (a->parentWidget() != b->parentWidget())
                continue;
            EXPECT_FALSE(a->geometry().intersects(b->geometry()))
                << language.toStdString() << ": " << describe(a).toStdString() << " overlaps "
                << describe(b).toStdString();
        }
    }
    const QImage shot = m_window->grab().toImage();
    EXPECT_FALSE(shot.isNull());
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        shot.save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                  QStringLiteral("/main-1024x700-%1.png").arg(language));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

INSTANTIATE_TEST_SUITE_P(Languages, MainWindowLayout, ::testing::Values("en", "nl", "fr", "de"));

TEST_F(MainWindowTest, TheAppAndTheComposerButtonsHaveIconsTooltipsAndNames)
{
    // The one SVG, drawn at the sizes a window, the tray and an icon theme ask for (needs the SVG icon
    // engine of libqt6svg6 at run time: a missing package shows here as empty pixmaps).
    for (const int size : {16, 32, 64, 256}) {
        const QImage image = AppIcons::app().pixmap(size, size).toImage();
        ASSERT_EQ(image.width(), size);
        const QColor centre = image.pixelColor(size / 2, size / 2 + size / 8);
        const QColor corner = image.pixelColor(size / 2, size / 8 + 1);
        EXPECT_GT(centre.alpha(), 200) << size;
        EXPECT_NE(centre.rgb(), corner.rgb()) << "a picture, not a flat square: " << size;
    }
    for (const QString &name : {QStringLiteral("Share products"), QStringLiteral("Share a discount code"),
                                QStringLiteral("Send an image")}) {
        QPushButton *button = nullptr;
        for (QPushButton *candidate : m_window->findChildren<QPushButton *>()) {
            if (candidate->accessibleName() == name)
                button = candidate;
        }
        ASSERT_TRUE(button) << name.toStdString();
        EXPECT_FALSE(button->icon().pixmap(16, 16).isNull()) << name.toStdString();
        EXPECT_FALSE(button->toolTip().isEmpty()) << name.toStdString();
        EXPECT_FALSE(button->text().isEmpty()) << name.toStdString();
    }
}

TEST_F(MainWindowTest, ShortcutsReachTheFiltersAndTheSavedReplies)
{
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("filter"));
    ASSERT_TRUE(filter);
    ASSERT_EQ(filter->currentIndex(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(filter->currentText(), QStringLiteral("Closed"));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(filter->currentText(), QStringLiteral("Unread"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(filter->currentText(), QStringLiteral("Open"));

    // Ctrl+Shift+R in a conversation: the composer gets "/" and the list of saved replies opens.
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    auto *composer = m_window->findChild<ComposerEdit *>();
    ASSERT_TRUE(composer);
    ASSERT_TRUE(waitFor([&] { return composer->isEnabled(); }));
    composer->setPlainText(QStringLiteral("Hi"));
    composer->moveCursor(QTextCursor::End);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Hi /"));
    EXPECT_TRUE(composer->hasFocus() || QApplication::focusWidget() == composer);
    QAbstractItemView *popup = nullptr;
    for (QWidget *candidate : QApplication::allWidgets()) {
        if (auto *itemView = qobject_cast<QAbstractItemView *>(candidate);
            itemView && itemView->accessibleName() == QStringLiteral("Saved replies"))
            popup = itemView;
    }
    ASSERT_TRUE(popup);
    EXPECT_TRUE(waitFor([&] { return popup->isVisible(); }));
    EXPECT_GT(popup->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, TheHeaderNamesTheCartsLinesWithTheirQuantities)
{
    // The first demo conversation whose customer has a cart.
    std::optional<Cart> cart;
    qint64 conversationId = 0;
    for (qint64 id = 1; id <= 40 && !cart; ++id) {
        const std::optional<Conversation> conversation = m_session->cache().conversations().get(id);
        if (!conversation)
            continue;
        cart = m_session->cache().carts().get(conversation->customerId);
        if (cart && cart->itemCount() == 0)
            cart.reset();
        conversationId = id;
    }
    ASSERT_TRUE(cart) << "the demo shop has conversations with carts";
    m_window->showConversation(conversationId);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("headerCart"));
    ASSERT_TRUE(label);
    ASSERT_TRUE(waitFor([&] { return label->isVisible(); }));
    const CartLine &first = cart->lines.constFirst();
    EXPECT_TRUE(label->text().contains(QStringLiteral("%1 × %2").arg(first.quantity).arg(first.productTitle)))
        << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(moneyText(cart->subtotal()))) << label->text().toStdString();
    EXPECT_EQ(label->text().contains(QStringLiteral("more")),
              cart->lines.size() > ConversationHeader::CartLines);
    for (const CartLine &line : cart->lines)
        EXPECT_TRUE(label->toolTip().contains(line.productTitle)) << line.productTitle.toStdString();
}

TEST_F(MainWindowTest, TheHeaderSaysOnlineBesideTheNameOrHowTheReplyReachesACustomerWhoLeft)
{
    std::optional<server::StorefrontSession> session;
    const qint64 conversationId = newCustomerConversation(*m_server.service(), QStringLiteral("Olga Online"),
                                                          QStringLiteral("olga@example.com"), &session);
    ASSERT_GT(conversationId, 0);
    ASSERT_TRUE(waitFor([&] { return m_session->cache().conversations().get(conversationId).has_value(); }));
    m_window->showConversation(conversationId);
    auto *online = m_window->findChild<QLabel *>(QStringLiteral("online"));
    ASSERT_TRUE(online);
    const qint64 customerId = session->customerId;
    // In the store: the badge beside the name, no "left the store" line.
    ASSERT_TRUE(m_server.service()->storefront().setPresence(session->shopId, customerId, true));
    ASSERT_TRUE(waitFor([&] { return online->isVisible(); }));
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        m_window->grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                              QStringLiteral("/header-online.png"));
    const auto leftLine = [&] {
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("Left the store")))
                return label->text();
        }
        return QString();
    };
    EXPECT_TRUE(leftLine().isEmpty());
    // Gone: this server sends no e-mail (no SMTP), so the header does not promise one.
    ASSERT_TRUE(m_server.service()->storefront().setPresence(session->shopId, customerId, false));
    ASSERT_TRUE(waitFor([&] { return !online->isVisible(); }));
    EXPECT_EQ(leftLine(), QStringLiteral("Left the store — they will see your reply when they come back"));
}

TEST_F(MainWindowTest, TabLeavesTheComposerAndReachesSendAndTheDock)
{
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(waitFor([&] { return m_window->isActiveWindow(); }));
    auto *composer = m_window->findChild<ComposerEdit *>();
    ASSERT_TRUE(composer);
    composer->setFocus();
    ASSERT_TRUE(waitFor([&] { return composer->hasFocus(); }));
    composer->setPlainText(QStringLiteral("Hello"));
    composer->moveCursor(QTextCursor::End);
    QTest::keyClick(composer, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Hello\t")) << "Ctrl+Tab types a tab";

    bool reachedSend = false;
    bool reachedDock = false;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < 40 && !(reachedSend && reachedDock); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        ASSERT_TRUE(now);
        if (auto *button = qobject_cast<QPushButton *>(now); button && button->text() == QObject::tr("Send"))
            reachedSend = true;
        for (QWidget *w = now; w; w = w->parentWidget())
            reachedDock = reachedDock || qobject_cast<QDockWidget *>(w);
        if (now == start)
            break; // round the whole window
    }
    EXPECT_TRUE(reachedSend) << "Send cannot be reached with Tab";
    EXPECT_TRUE(reachedDock) << "the profile dock cannot be reached with Tab";
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Hello\t")) << "Tab typed into the composer";
}

TEST_F(MainWindowTest, APastedPictureIsPreviewedAndSentAsAnImage)
{
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    auto *composer = m_window->findChild<ComposerEdit *>();
    ASSERT_TRUE(composer);
    composer->setPlainText(QStringLiteral("Here it is"));
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    auto *mime = new QMimeData;
    mime->setImageData(picture);
    QApplication::clipboard()->setMimeData(mime);
    ASSERT_TRUE(QApplication::clipboard()->mimeData()->hasImage()) << "no clipboard on this platform";
    // Opening it marked it read: that change is delivered first.
    ASSERT_TRUE(waitFor([&] { return m_session->cache().outbox().count() == 0; }));
    const int before = 0;
    {
        // The preview comes up as for the Image button; the merchant accepts it.
        ModalCloser send(ModalCloser::Answer::Accept);
        composer->paste();
        EXPECT_TRUE(send.appeared()) << "no preview before sending the pasted picture";
    }
    EXPECT_EQ(m_session->cache().outbox().count(), before + 1);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Here it is")) << "the picture was not typed as text";
    // Sent: the newest message of the conversation is an image with the server's address.
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(thread && thread->model());
    ASSERT_TRUE(waitFor([&] {
        const QModelIndex last = thread->model()->index(thread->model()->rowCount() - 1, 0);
        return m_session->cache().outbox().count() == before &&
               static_cast<MessageKind>(last.data(MessageModel::KindRole).toInt()) == MessageKind::Image &&
               last.data(MessageModel::ImageUrlRole).toString().startsWith(QStringLiteral("/media/"));
    })) << "outbox "
        << m_session->cache().outbox().count() << " (was " << before << "), last kind "
        << thread->model()->index(thread->model()->rowCount() - 1, 0).data(MessageModel::KindRole).toInt()
        << " url "
        << thread->model()
               ->index(thread->model()->rowCount() - 1, 0)
               .data(MessageModel::ImageUrlRole)
               .toString()
               .toStdString()
        << " failure "
        << thread->model()
               ->index(thread->model()->rowCount() - 1, 0)
               .data(MessageModel::FailureReasonRole)
               .toString()
               .toStdString();
}

#include "test_conversationscreen.moc"
