// The composer's pickers offscreen against the real server (in process) with the demo shop: the product
// picker searches the server, or the catalogue saved on this computer when the server is gone (and says so),
// refuses a fourth product, and shares products that reach the server; the discount picker searches, refuses
// inactive codes with an explanation and shares an active one; the image preview refuses what the chat cannot
// carry and accepts a PNG.
#include "api/apiclient.h"
#include "api/mediacache.h"
#include "demoshopfixture.h"
#include "discountitemdelegate.h"
#include "discountpickerdialog.h"
#include "imagesenddialog.h"
#include "layoutchecks.h"
#include "models/conversationlistmodel.h"
#include "models/discountsearchmodel.h"
#include "models/productsearchmodel.h"
#include "productitemdelegate.h"
#include "productpickerdialog.h"
#include "storage/cache.h"
#include "storage/messagestore.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/syncengine.h"
#include "thumbnailcache.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class PickersTest : public testsupport::DemoShopFixture
{
protected:
    void SetUp() override
    {
        DemoShopFixture::SetUp();
        const auto signedIn = signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
        ASSERT_TRUE(signedIn);
        m_token = signedIn->token;
        m_session = std::make_unique<ClientSession>(
            signedIn->account, signedIn->token, m_clientDir.filePath(QStringLiteral("cache")), &m_network);
        ASSERT_TRUE(m_session->open().ok());
        m_session->start();
        ASSERT_TRUE(waitFor([&] { return m_session->sync().state() == SyncEngine::State::Online; }, 30000));
        ConversationListModel conversations(&m_session->cache());
        conversations.setFilter(ConversationListModel::Filter::All);
        ASSERT_GT(conversations.rowCount(), 0);
        m_conversationId = conversations.conversationIdAt(0);
    }

    void TearDown() override
    {
        if (m_session)
            m_session->stop();
        m_session.reset();
    }

    /** Types @p text into the dialog's search field and waits for the debounced search to finish. */
    template<typename Dialog, typename Model> void search(Dialog &dialog, Model &model, const QString &text)
    {
        auto *field = dialog.template findChild<QLineEdit *>(QStringLiteral("search"));
        ASSERT_TRUE(field);
        ASSERT_TRUE(waitFor([&] { return !model.isSearching(); })); // the dialog's first search is done
        QSignalSpy finished(&model, &Model::searchFinished);
        field->clear();
        QTest::keyClicks(field, text);
        EXPECT_EQ(finished.size(), 0); // nothing yet: the search waits for a pause in typing
        ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
        EXPECT_EQ(model.query(), text.trimmed());
        EXPECT_FALSE(model.isSearching());
    }

    /** The message.created event of @p clientId in the server's log after @p since, or an empty object. */
    QJsonObject serverMessage(qint64 since, const QString &clientId)
    {
        ApiClient api(&m_network);
        api.setBaseUrl(m_server.url());
        api.setToken(m_token);
        std::optional<ApiResponse> response;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(since));
        api.get(QStringLiteral("/api/v1/sync"), query, [&](const ApiResponse &r) { response = r; });
        EXPECT_TRUE(waitFor([&] { return response.has_value(); }));
        if (!response || !response->ok())
            return {};
        for (const QJsonValue &event : response->json().value(QStringLiteral("events")).toArray()) {
            const QJsonObject data = event.toObject().value(QStringLiteral("data")).toObject();
            if (event.toObject().value(QStringLiteral("type")).toString() ==
                    QStringLiteral("message.created") &&
                data.value(QStringLiteral("client_id")).toString() == clientId)
                return data;
        }
        return {};
    }

    /** Waits until the pending message @p localId is Sent and returns it. */
    std::optional<Message> waitUntilSent(qint64 localId)
    {
        std::optional<Message> message;
        waitFor(
            [&] {
                message = m_session->cache().messages().get(localId);
                return message && message->delivery == DeliveryState::Sent;
            },
            20000);
        return message;
    }

    QString m_token;
    std::unique_ptr<ClientSession> m_session;
    qint64 m_conversationId = 0;
};

QPushButton *shareButton(QDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("share"));
}

TEST_F(PickersTest, ProductPickerSearchesTheServerAsYouType)
{
    ThumbnailCache thumbnails(m_session->media());
    ProductPickerDialog dialog(m_session->cache(), &m_session->api(), &thumbnails);
    QAbstractItemModelTester tester(&dialog.model(), Fatal);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return dialog.model().source() == ProductSearchModel::Source::Server; }));
    EXPECT_EQ(dialog.sourceText(), QObject::tr("Showing products from the online store"));
    EXPECT_EQ(dialog.model().rowCount(), ProductSearchModel::ResultLimit); // 52 published, 50 at most
    EXPECT_FALSE(shareButton(dialog)->isEnabled());

    // Typing searches once, after the pause, on the server.
    QSignalSpy finished(&dialog.model(), &ProductSearchModel::searchFinished);
    search(dialog, dialog.model(), QStringLiteral("organic"));
    // The later point after which no other search can start: no pause in typing pending, none in flight.
    auto *delay = dialog.findChild<QTimer *>(QStringLiteral("searchDelay"));
    ASSERT_TRUE(delay);
    ASSERT_TRUE(waitFor([&] { return !delay->isActive() && !dialog.model().isSearching(); }));
    EXPECT_EQ(finished.size(), 1); // one search for the whole word
    EXPECT_EQ(dialog.model().source(), ProductSearchModel::Source::Server);
    ASSERT_GT(dialog.model().rowCount(), 0);
    for (int row = 0; row < dialog.model().rowCount(); ++row) {
        EXPECT_TRUE(dialog.model()
                        .index(row)
                        .data(ProductSearchModel::TitleRole)
                        .toString()
                        .contains(QStringLiteral("organic"), Qt::CaseInsensitive));
    }
    const QModelIndex first = dialog.model().index(0);
    EXPECT_EQ(first.data(ProductSearchModel::CurrencyRole).toString(), QStringLiteral("EUR"));
    EXPECT_GT(first.data(ProductSearchModel::PriceMinorRole).toLongLong(), 0);
    const QString text = ProductItemDelegate::displayText(first);
    EXPECT_TRUE(text.startsWith(first.data(ProductSearchModel::TitleRole).toString()));
    EXPECT_TRUE(text.contains(QStringLiteral("in stock")) || text.contains(QStringLiteral("Out of stock")));

    // Thumbnails come through the session's media cache.
    const QString url = first.data(ProductSearchModel::ImageUrlRole).toString();
    ASSERT_TRUE(url.startsWith(QStringLiteral("/media/demo/product-")));
    EXPECT_TRUE(waitFor([&] { return !thumbnails.pixmap(url, QSize(48, 48)).isNull(); }));
    EXPECT_FALSE(m_session->media().localPath(url).isEmpty());

    search(dialog, dialog.model(), QStringLiteral("no such thing at all"));
    EXPECT_EQ(dialog.model().rowCount(), 0);
    EXPECT_TRUE(dialog.sourceText().contains(QStringLiteral("No published product matches")));
}

TEST_F(PickersTest, ProductPickerOfflineShowsTheSavedCatalogue)
{
    m_session->stop();
    m_server.stop();
    ProductPickerDialog dialog(m_session->cache(), &m_session->api(), nullptr);
    QAbstractItemModelTester tester(&dialog.model(), Fatal);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return dialog.model().source() == ProductSearchModel::Source::Cache; }));
    EXPECT_EQ(dialog.sourceText(), QObject::tr("Showing products saved on this computer"));
    EXPECT_FALSE(dialog.model().serverError().isEmpty());
    EXPECT_GT(dialog.model().rowCount(), 0);

    search(dialog, dialog.model(), QStringLiteral("tee"));
    EXPECT_EQ(dialog.model().source(), ProductSearchModel::Source::Cache);
    EXPECT_EQ(dialog.sourceText(), QObject::tr("Showing products saved on this computer"));
    ASSERT_GT(dialog.model().rowCount(), 0);
    for (int row = 0; row < dialog.model().rowCount(); ++row) {
        EXPECT_TRUE(dialog.model()
                        .index(row)
                        .data(ProductSearchModel::TitleRole)
                        .toString()
                        .contains(QStringLiteral("tee"), Qt::CaseInsensitive));
    }

    // Without any server (no ApiClient) the same catalogue answers at once.
    ProductPickerDialog offline(m_session->cache(), nullptr, nullptr);
    EXPECT_EQ(offline.model().source(), ProductSearchModel::Source::Cache);
    EXPECT_EQ(offline.sourceText(), QObject::tr("Showing products saved on this computer"));
    EXPECT_GT(offline.model().rowCount(), 0);
}

TEST_F(PickersTest, ProductPickerRefusesAFourthProduct)
{
    ProductPickerDialog dialog(m_session->cache(), &m_session->api(), nullptr);
    QAbstractItemModelTester tester(&dialog.model(), Fatal);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return dialog.model().source() == ProductSearchModel::Source::Server; }));
    ProductSearchModel &model = dialog.model();
    ASSERT_GE(model.rowCount(), 4);
    auto *share = shareButton(dialog);
    for (int row = 0; row < 3; ++row) {
        EXPECT_TRUE(model.setData(model.index(row), Qt::Checked, Qt::CheckStateRole));
        EXPECT_TRUE(share->isEnabled());
    }
    EXPECT_TRUE(dialog.hintText().isEmpty());
    // A click on the fourth row's check box is refused; the row stays unchecked.
    auto *list = dialog.findChild<QListView *>(QStringLiteral("products"));
    ASSERT_TRUE(list);
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.rect = list->visualRect(model.index(3));
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
    EXPECT_EQ(model.index(3).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(dialog.hintText(), QObject::tr("You can share up to 3 products"));
    EXPECT_FALSE(model.setData(model.index(3), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(3).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(dialog.hintText(), QObject::tr("You can share up to 3 products"));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("hint"))->isVisible());
    EXPECT_EQ(dialog.selectedProductIds().size(), 3);
    EXPECT_TRUE(share->isEnabled());

    // Unchecking one hides the hint; unchecking all disables sharing.
    // A click on a checked row's check box unchecks it, which hides the hint.
    option.rect = list->visualRect(model.index(0));
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {},
        list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list).center());
    EXPECT_EQ(model.index(0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(dialog.hintText().isEmpty());
    EXPECT_TRUE(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(model.setData(model.index(2), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(share->isEnabled());
    dialog.accept(); // refused without a selection
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(PickersTest, SharedProductsReachTheServer)
{
    ProductPickerDialog dialog(m_session->cache(), &m_session->api(), nullptr);
    dialog.show();
    search(dialog, dialog.model(), QStringLiteral("tee"));
    ASSERT_EQ(dialog.model().source(), ProductSearchModel::Source::Server);
    ASSERT_GE(dialog.model().rowCount(), 2);
    ProductSearchModel &model = dialog.model();
    const QList<qint64> ids = {model.productIdAt(1), model.productIdAt(0)};
    ASSERT_TRUE(model.setSelected(ids.at(0), true));
    ASSERT_TRUE(model.setSelected(ids.at(1), true));
    dialog.findChild<QLineEdit *>(QStringLiteral("text"))->setText(QStringLiteral("  These two fit well.  "));
    shareButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.selectedProductIds(), ids);
    EXPECT_EQ(dialog.text(), QStringLiteral("These two fit well."));

    const qint64 since = m_session->sync().cursor();
    QString error;
    const std::optional<qint64> localId = dialog.sendTo(m_session->actions(), m_conversationId, &error);
    ASSERT_TRUE(localId) << error.toStdString();
    const std::optional<Message> pending = m_session->cache().messages().get(*localId);
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->kind, MessageKind::Products);
    EXPECT_EQ(pending->conversationId, m_conversationId);
    const std::optional<Message> sent = waitUntilSent(*localId);
    ASSERT_TRUE(sent && sent->delivery == DeliveryState::Sent);
    ASSERT_EQ(sent->products.size(), 2);
    EXPECT_EQ(sent->products.at(0).productId, ids.at(0));
    EXPECT_EQ(sent->products.at(1).productId, ids.at(1));
    EXPECT_EQ(sent->products.at(0).title,
              model.index(model.rowOf(ids.at(0))).data(ProductSearchModel::TitleRole));
    EXPECT_EQ(sent->products.at(0).price.minorUnits,
              model.index(model.rowOf(ids.at(0))).data(ProductSearchModel::PriceMinorRole).toLongLong());
    EXPECT_EQ(sent->body, QStringLiteral("These two fit well."));
    EXPECT_GT(sent->id, 0);

    const QJsonObject onServer = serverMessage(since, sent->clientId);
    EXPECT_EQ(onServer.value(QStringLiteral("kind")).toString(), QStringLiteral("products"));
    EXPECT_EQ(onServer.value(QStringLiteral("products")).toArray().size(), 2);
    EXPECT_EQ(onServer.value(QStringLiteral("conversation_id")).toInteger(), m_conversationId);
}

TEST_F(PickersTest, DiscountPickerSearchesAndRefusesInactiveCodes)
{
    DiscountPickerDialog dialog(m_session->cache(), &m_session->api());
    QAbstractItemModelTester tester(&dialog.model(), Fatal);
    dialog.show();
    DiscountSearchModel &model = dialog.model();
    ASSERT_TRUE(waitFor([&] { return model.source() == DiscountSearchModel::Source::Server; }));
    EXPECT_EQ(model.rowCount(), 8); // five active, three inactive
    auto *share = shareButton(dialog);
    EXPECT_FALSE(share->isEnabled());

    search(dialog, model, QStringLiteral("xmas"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(DiscountSearchModel::CodeRole).toString(), QStringLiteral("XMAS15"));
    EXPECT_FALSE(model.index(0).data(DiscountSearchModel::ActiveRole).toBool());

    auto *list = dialog.findChild<QListView *>(QStringLiteral("discounts"));
    ASSERT_TRUE(list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model.index(0)).center());
    EXPECT_EQ(dialog.errorText(),
              QObject::tr("This discount is not active. Update it in your shop admin to share it."));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("error"))->isVisible());
    EXPECT_FALSE(share->isEnabled());
    EXPECT_TRUE(dialog.selectedCode().isEmpty());
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.sendTo(m_session->actions(), m_conversationId));

    // Searching by summary finds active codes; choosing one clears the error.
    search(dialog, model, QStringLiteral("shipping"));
    ASSERT_GE(model.rowOf(QStringLiteral("FREESHIP")), 0);
    ASSERT_TRUE(dialog.selectCode(QStringLiteral("freeship")));
    EXPECT_TRUE(dialog.errorText().isEmpty());
    EXPECT_TRUE(share->isEnabled());
    EXPECT_EQ(dialog.selectedCode(), QStringLiteral("FREESHIP"));
}

TEST_F(PickersTest, DiscountPickerOfflineShowsTheSavedCodes)
{
    m_session->stop();
    m_server.stop();
    DiscountPickerDialog dialog(m_session->cache(), &m_session->api());
    QAbstractItemModelTester tester(&dialog.model(), Fatal);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return dialog.model().source() == DiscountSearchModel::Source::Cache; }));
    EXPECT_EQ(dialog.sourceText(), QObject::tr("Showing discounts saved on this computer"));
    EXPECT_EQ(dialog.model().rowCount(), 8);
    ASSERT_TRUE(dialog.selectCode(QStringLiteral("SUMMERSALE")));
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_FALSE(shareButton(dialog)->isEnabled());
}

TEST_F(PickersTest, SharedDiscountReachesTheServer)
{
    DiscountPickerDialog dialog(m_session->cache(), &m_session->api());
    dialog.show();
    search(dialog, dialog.model(), QStringLiteral("welcome"));
    ASSERT_TRUE(dialog.selectCode(QStringLiteral("WELCOME10")));
    dialog.findChild<QLineEdit *>(QStringLiteral("text"))->setText(QStringLiteral("For your first order"));
    shareButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.selectedCode(), QStringLiteral("WELCOME10"));
    EXPECT_EQ(dialog.text(), QStringLiteral("For your first order"));

    const qint64 since = m_session->sync().cursor();
    QString error;
    const std::optional<qint64> localId = dialog.sendTo(m_session->actions(), m_conversationId, &error);
    ASSERT_TRUE(localId) << error.toStdString();
    const std::optional<Message> sent = waitUntilSent(*localId);
    ASSERT_TRUE(sent && sent->delivery == DeliveryState::Sent);
    EXPECT_EQ(sent->kind, MessageKind::Discount);
    EXPECT_EQ(sent->discountCode, QStringLiteral("WELCOME10"));
    EXPECT_FALSE(sent->discountSummary.isEmpty());
    EXPECT_EQ(sent->body, QStringLiteral("For your first order"));
    const QJsonObject onServer = serverMessage(since, sent->clientId);
    EXPECT_EQ(onServer.value(QStringLiteral("kind")).toString(), QStringLiteral("discount"));
    EXPECT_EQ(onServer.value(QStringLiteral("discount")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("WELCOME10"));
}

TEST_F(PickersTest, ImageDialogRefusesWhatTheChatCannotCarryAndAcceptsAPng)
{
    // A text file named like an image.
    const QString fake = m_clientDir.filePath(QStringLiteral("notes.png"));
    {
        QFile file(fake);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("just some notes, not an image\n");
    }
    ImageSendDialog notImage(fake);
    notImage.show();
    EXPECT_FALSE(notImage.isAcceptable());
    EXPECT_TRUE(notImage.errorText().contains(QStringLiteral("not an image")));
    EXPECT_TRUE(notImage.findChild<QLabel *>(QStringLiteral("error"))->isVisible());
    EXPECT_FALSE(notImage.findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    notImage.accept();
    EXPECT_TRUE(notImage.isVisible());

    // 11 MiB that start like a PNG.
    const QString huge = m_clientDir.filePath(QStringLiteral("huge.png"));
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray bytes(11 * 1024 * 1024, '\0');
        bytes.replace(0, 8, QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
        file.write(bytes);
    }
    ImageSendDialog tooLarge(huge);
    tooLarge.show();
    EXPECT_FALSE(tooLarge.isAcceptable());
    EXPECT_TRUE(tooLarge.errorText().contains(QStringLiteral("too large")))
        << tooLarge.errorText().toStdString();
    EXPECT_FALSE(tooLarge.findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    EXPECT_FALSE(tooLarge.sendTo(m_session->actions(), m_conversationId));

    // A real PNG (larger than the preview box) is previewed scaled and can be sent.
    const QString png = m_clientDir.filePath(QStringLiteral("photo.png"));
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    ASSERT_TRUE(image.save(png, "PNG"));
    ImageSendDialog ok(png);
    ok.show();
    EXPECT_TRUE(ok.isAcceptable()) << ok.errorText().toStdString();
    EXPECT_EQ(ok.mimeType(), QStringLiteral("image/png"));
    EXPECT_TRUE(ok.hasPreview());
    const QPixmap preview = ok.findChild<QLabel *>(QStringLiteral("preview"))->pixmap();
    EXPECT_EQ(preview.size(), QSize(ImageSendDialog::PreviewSize, ImageSendDialog::PreviewSize / 2));
    EXPECT_EQ(ok.findChild<QLabel *>(QStringLiteral("name"))->text(), QStringLiteral("photo.png"));
    EXPECT_EQ(ok.findChild<QLabel *>(QStringLiteral("size"))->text(),
              QLocale().formattedDataSize(QFileInfo(png).size()));
    auto *send = ok.findChild<QPushButton *>(QStringLiteral("send"));
    ASSERT_TRUE(send->isEnabled());
    send->click();
    EXPECT_EQ(ok.result(), QDialog::Accepted);

    QString error;
    const std::optional<qint64> localId = ok.sendTo(m_session->actions(), m_conversationId, &error);
    ASSERT_TRUE(localId) << error.toStdString();
    const std::optional<Message> sent = waitUntilSent(*localId);
    ASSERT_TRUE(sent && sent->delivery == DeliveryState::Sent);
    EXPECT_EQ(sent->kind, MessageKind::Image);
}

} // namespace

namespace {

class PickerLayout : public PickersTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        const QString language = QString::fromLatin1(GetParam());
        ASSERT_TRUE(m_translator.load(QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
        PickersTest::SetUp();
    }
    void TearDown() override
    {
        PickersTest::TearDown();
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }

    /**
     * Checks a picker as a merchant sees it: no horizontal scroll bar, no widget cut or over another, and in
     * every row the columns side by side in the list's width, each fixed column's edge the same in every
     * row. Saves the dialog as @p name in the test output directory.
     */
    template<typename Delegate> void checkLayout(QDialog &dialog, QListView *list, const QString &name)
    {
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
        }
        const QString language = QString::fromLatin1(GetParam());
        EXPECT_FALSE(list->horizontalScrollBar()->isVisible()) << language.toStdString();
        const QList<QWidget *> widgets = testsupport::readableWidgets(&dialog);
        for (QWidget *w : widgets) {
            const QString why = testsupport::clipping(w);
            EXPECT_TRUE(why.isEmpty()) << language.toStdString() << ": "
                                       << testsupport::describe(w).toStdString() << " " << why.toStdString();
            for (QWidget *other : widgets) {
                if (other != w && other->parentWidget() == w->parentWidget()) {
                    EXPECT_FALSE(w->geometry().intersects(other->geometry()))
                        << language.toStdString() << ": " << testsupport::describe(w).toStdString()
                        << " overlaps " << testsupport::describe(other).toStdString();
                }
            }
        }
        auto *delegate = qobject_cast<Delegate *>(list->itemDelegate());
        ASSERT_TRUE(delegate);
        ASSERT_GT(list->model()->rowCount(), 2);
        QList<QRect> first;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            QStyleOptionViewItem option;
            option.initFrom(list->viewport());
            option.widget = list;
            option.font = list->font();
            option.rect = list->visualRect(list->model()->index(row, 0));
            const QList<QRect> columns = delegate->columnRects(option, list->model()->index(row, 0));
            ASSERT_EQ(columns.size(), 3);
            for (int c = 0; c < columns.size(); ++c) {
                EXPECT_GT(columns.at(c).width(), 0) << "row " << row << " column " << c;
                EXPECT_LE(columns.at(c).right(), list->viewport()->width())
                    << "row " << row << " column " << c;
                if (c > 0) {
                    EXPECT_LT(columns.at(c - 1).right(), columns.at(c).left()) << "row " << row;
                }
            }
            if (row == 0)
                first = columns;
            for (int c = 0; c < columns.size(); ++c) {
                EXPECT_EQ(columns.at(c).left(), first.at(c).left()) << "row " << row << " column " << c;
                EXPECT_EQ(columns.at(c).width(), first.at(c).width()) << "row " << row << " column " << c;
            }
        }
        const QImage shot = dialog.grab().toImage();
        EXPECT_FALSE(shot.isNull());
        if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
            shot.save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                      QStringLiteral("/%1-%2.png").arg(name, language));
    }

    QTranslator m_translator;
};

} // namespace

TEST_P(PickerLayout, ProductColumnsLineUpAndNothingIsCut)
{
    ThumbnailCache thumbnails(m_session->media());
    ProductPickerDialog dialog(m_session->cache(), &m_session->api(), &thumbnails);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return !dialog.model().isSearching() && dialog.model().rowCount() > 0; }));
    // Thumbnails in, so the picture is what a merchant sees.
    ASSERT_TRUE(waitFor([&] {
        for (int row = 0; row < dialog.model().rowCount(); ++row) {
            const QString url = dialog.model().index(row).data(ProductSearchModel::ImageUrlRole).toString();
            if (!url.isEmpty() && thumbnails.pixmap(url, QSize(48, 48)).isNull())
                return false;
        }
        return true;
    }));
    checkLayout<ProductItemDelegate>(dialog, dialog.findChild<QListView *>(QStringLiteral("products")),
                                     QStringLiteral("picker-products"));
}

TEST_P(PickerLayout, DiscountColumnsLineUpAndNothingIsCut)
{
    DiscountPickerDialog dialog(m_session->cache(), &m_session->api());
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return !dialog.model().isSearching() && dialog.model().rowCount() > 0; }));
    checkLayout<DiscountItemDelegate>(dialog, dialog.findChild<QListView *>(QStringLiteral("discounts")),
                                      QStringLiteral("picker-discounts"));
}

INSTANTIATE_TEST_SUITE_P(Languages, PickerLayout, ::testing::Values("en", "nl", "fr", "de"));
