// The inbox search as a merchant uses it, offscreen against the real server with the demo shop: a search
// covers every filter by default; kept to a filter, an empty list says where the matches are and one click
// searches everything; an order number (with or without #) finds its customer's conversations.
#include "conversationlistpane.h"
#include "mainwindowfixture.h"
#include "models/conversationlistmodel.h"
#include "storage/cache.h"
#include "storage/conversationstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

QList<qint64> listedIds(QListView *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(ConversationListModel::ConversationIdRole).toLongLong());
    return ids;
}

class InboxSearchTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        // English plural forms ("1 match"), as the application loads them.
        ASSERT_TRUE(m_english.load(QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        MainWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        m_pane = m_window->findChild<ConversationListPane *>();
        ASSERT_NE(m_pane, nullptr);
        m_search = m_pane->findChild<QLineEdit *>(QStringLiteral("search"));
        m_chip = m_pane->findChild<QToolButton *>(QStringLiteral("searchScope"));
        m_filter = m_pane->findChild<QComboBox *>(QStringLiteral("filter"));
        m_hint = m_pane->findChild<QLabel *>(QStringLiteral("emptyHint"));
        ASSERT_TRUE(m_search && m_chip && m_filter && m_hint);
        ASSERT_EQ(m_filter->currentText(), QStringLiteral("Open"));
    }

    /**
     * Puts @p text in the search box as typing would (QTest types ASCII only) and presses Enter, which
     * searches without the pause after typing.
     */
    void search(const QString &text)
    {
        m_search->selectAll();
        m_search->insert(text);
        QTest::keyClick(m_search, Qt::Key_Return);
    }

    void TearDown() override
    {
        MainWindowTest::TearDown();
        QCoreApplication::removeTranslator(&m_english);
    }

    QTranslator m_english;
    ConversationListPane *m_pane = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_chip = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace

TEST_F(InboxSearchTest, ASearchCoversEveryFilterAndAKeptFilterSaysWhereTheMatchesAre)
{
    // "Grüezi" is only in conversation 2, which is closed; the list shows Open.
    ASSERT_EQ(m_session->cache().conversations().get(2)->status, ConversationStatus::Closed);
    QListView *list = m_pane->list();
    ASSERT_FALSE(listedIds(list).contains(2));
    EXPECT_FALSE(m_chip->isVisible());

    search(QStringLiteral("grüezi"));
    EXPECT_EQ(listedIds(list), QList<qint64>{2});
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        m_window->grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                              QStringLiteral("/search-all.png"));
    EXPECT_TRUE(m_chip->isVisible());
    EXPECT_FALSE(m_chip->isChecked());
    EXPECT_EQ(m_chip->text(), QStringLiteral("Only Open"));
    EXPECT_FALSE(m_hint->isVisible());

    // Kept to Open: nothing listed, and the list says the match is in Closed.
    m_chip->click();
    EXPECT_TRUE(listedIds(list).isEmpty());
    ASSERT_TRUE(m_hint->isVisible());
    EXPECT_TRUE(m_hint->text().contains(QStringLiteral("1 match in Closed"))) << m_hint->text().toStdString();
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        m_window->grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                              QStringLiteral("/search-kept-filter.png"));

    // The link in the hint searches everything again.
    emit m_hint->linkActivated(QStringLiteral("#all"));
    EXPECT_FALSE(m_chip->isChecked());
    EXPECT_EQ(listedIds(list), QList<qint64>{2});

    // Nothing anywhere.
    search(QStringLiteral("xylophonequartet"));
    EXPECT_TRUE(listedIds(list).isEmpty());
    EXPECT_TRUE(m_hint->text().contains(QStringLiteral("No conversation matches")))
        << m_hint->text().toStdString();

    // Clearing the search shows the Open list again, without the chip.
    search(QString());
    EXPECT_FALSE(m_chip->isVisible());
    EXPECT_FALSE(listedIds(list).contains(2));
    EXPECT_GT(list->model()->rowCount(), 0);
}

TEST_F(InboxSearchTest, AnOrderNumberWithOrWithoutHashFindsItsCustomersConversation)
{
    // Order #1013 belongs to the customer of conversation 10 (closed); no message mentions the number.
    QListView *list = m_pane->list();
    for (const QString &typed : {QStringLiteral("#1013"), QStringLiteral("1013")}) {
        search(typed);
        EXPECT_TRUE(listedIds(list).contains(10)) << typed.toStdString();
    }
    search(QStringLiteral("#1013 "));
    EXPECT_TRUE(listedIds(list).contains(10));
}

TEST_F(InboxSearchTest, AClosedConversationOpenedFromElsewhereIsShownSelectedUnderClosed)
{
    // As from a notification or the profile dock's other conversations.
    m_window->showConversation(2);
    EXPECT_EQ(m_filter->currentText(), QStringLiteral("Closed"));
    QListView *list = m_pane->list();
    ASSERT_TRUE(list->currentIndex().isValid());
    EXPECT_EQ(list->currentIndex().data(ConversationListModel::ConversationIdRole).toLongLong(), 2);
}
