// Tests of the picker models (products and discount codes) over a cache: searching the saved catalogue,
// falling back to it when the server cannot be reached, the selection of at most three products through
// Qt::CheckStateRole, and live catalogue changes as dataChanged or row removals (never a reset). Every model
// is watched by QAbstractItemModelTester (fatal on the first contract violation).
#include <gtest/gtest.h>

#include "api/apiclient.h"
#include "models/discountsearchmodel.h"
#include "models/productsearchmodel.h"
#include "storage/cache.h"
#include "storage/discountstore.h"
#include "storage/productstore.h"
#include "tempdir.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

Product product(qint64 id, const QString &title, bool published = true, qint64 price = 1995, int stock = 4)
{
    Product p;
    p.id = id;
    p.title = title;
    p.imageUrl = QStringLiteral("/media/demo/product-%1.png").arg(id);
    p.url = QStringLiteral("https://demo.shop/products/%1").arg(id);
    p.publishedOnlineStore = published;
    p.variants = {Variant{id * 100 + 1, QStringLiteral("S"), Money{price, QStringLiteral("EUR")}, stock},
                  Variant{id * 100 + 2, QStringLiteral("M"), Money{price + 500, QStringLiteral("EUR")}, -2}};
    return p;
}

class PickerModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_cache.open(m_dir.file(QStringLiteral("cache.sqlite"))).ok());
        const QStringList titles = {
            QStringLiteral("Linen Shirt"),         QStringLiteral("Organic Tee – White"),
            QStringLiteral("Organic Tee – Black"), QStringLiteral("Wool Jumper"),
            QStringLiteral("Canvas Tote"),         QStringLiteral("Pima Tee")};
        for (int i = 0; i < titles.size(); ++i)
            ASSERT_TRUE(m_cache.products().upsert(product(i + 1, titles.at(i))));
        ASSERT_TRUE(m_cache.products().upsert(product(99, QStringLiteral("Draft Tee"), false)));
        ASSERT_TRUE(
            m_cache.discounts().upsert({QStringLiteral("WELCOME10"), QStringLiteral("10% off"), true}));
        ASSERT_TRUE(m_cache.discounts().upsert({QStringLiteral("XMAS15"), QStringLiteral("15% off"), false}));
        ASSERT_TRUE(
            m_cache.discounts().upsert({QStringLiteral("FREESHIP"), QStringLiteral("Free shipping"), true}));
    }

    TempDir m_dir;
    Cache m_cache;
};

TEST_F(PickerModelsTest, ProductSearchOfflineUsesTheSavedCatalogue)
{
    ProductSearchModel model(m_cache, nullptr);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QString());
    EXPECT_EQ(model.source(), ProductSearchModel::Source::Cache);
    EXPECT_EQ(model.rowCount(), 6); // the unpublished draft is not offered
    EXPECT_EQ(resets.size(), 1);

    model.setQuery(QStringLiteral("tee"));
    EXPECT_EQ(resets.size(), 2);
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex first = model.index(0);
    EXPECT_EQ(first.data(ProductSearchModel::TitleRole).toString(), QStringLiteral("Organic Tee – Black"));
    EXPECT_EQ(first.data(ProductSearchModel::PriceMinorRole).toLongLong(), 1995);
    EXPECT_EQ(first.data(ProductSearchModel::CurrencyRole).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(first.data(ProductSearchModel::StockRole).toInt(), 4); // the oversold variant counts as 0
    EXPECT_EQ(first.data(ProductSearchModel::ImageUrlRole).toString(),
              QStringLiteral("/media/demo/product-3.png"));
    EXPECT_EQ(first.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(first.flags() & Qt::ItemIsUserCheckable);

    const QHash<int, QByteArray> names = model.roleNames();
    EXPECT_EQ(names.value(ProductSearchModel::ProductIdRole), QByteArray("productId"));
    EXPECT_EQ(names.value(ProductSearchModel::StockRole), QByteArray("stock"));
    EXPECT_EQ(ProductSearchModel::ProductIdRole, Qt::UserRole + 1);
}

TEST_F(PickerModelsTest, AtMostThreeProductsAreSelectedAndTheSelectionSurvivesANewQuery)
{
    ProductSearchModel model(m_cache, nullptr);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setQuery(QString());
    QSignalSpy refused(&model, &ProductSearchModel::selectionRefused);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int row = 0; row < 3; ++row)
        EXPECT_TRUE(model.setData(model.index(row), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(changed.size(), 3);
    EXPECT_FALSE(model.setData(model.index(3), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(refused.size(), 1);
    EXPECT_EQ(model.index(3).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    const QList<qint64> chosen = {model.productIdAt(0), model.productIdAt(1), model.productIdAt(2)};
    EXPECT_EQ(model.selectedProductIds(), chosen);

    // Unchecking makes room again.
    EXPECT_TRUE(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(model.setData(model.index(3), Qt::Checked, Qt::CheckStateRole));
    const QList<qint64> expected = {chosen.at(0), chosen.at(2), model.productIdAt(3)};
    EXPECT_EQ(model.selectedProductIds(), expected);

    // A new search keeps the selection; rows of selected products come back checked.
    model.setQuery(QStringLiteral("Canvas"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.selectedProductIds(), expected);
    EXPECT_EQ(model.productIdAt(0), chosen.at(0));
    EXPECT_EQ(model.index(0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
}

TEST_F(PickerModelsTest, LiveCatalogueChangesUpdateRowsWithoutAReset)
{
    ProductSearchModel model(m_cache, nullptr);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setQuery(QStringLiteral("tee"));
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_TRUE(model.setSelected(model.productIdAt(2), true)); // Pima Tee
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy selection(&model, &ProductSearchModel::selectionChanged);

    ASSERT_TRUE(m_cache.products().upsert(product(3, QStringLiteral("Organic Tee – Black"), true, 2495, 9)));
    ASSERT_TRUE(m_cache.products().upsert(product(6, QStringLiteral("Pima Tee"), false)));
    CacheChanges changes;
    changes.products = true;
    m_cache.publish(changes);

    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(removed.size(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.index(0).data(ProductSearchModel::PriceMinorRole).toLongLong(), 2495);
    EXPECT_EQ(model.index(0).data(ProductSearchModel::StockRole).toInt(), 9);
    EXPECT_TRUE(model.selectedProductIds().isEmpty()); // an unpublished product cannot stay selected
    EXPECT_EQ(selection.size(), 1);
}

TEST_F(PickerModelsTest, AnUnreachableServerFallsBackToTheCache)
{
    QTcpServer closed; // a port nobody listens on
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    api.setToken(QStringLiteral("token"));

    ProductSearchModel products(m_cache, &api);
    QAbstractItemModelTester productTester(&products, Fatal);
    products.setQuery(QStringLiteral("organic"));
    EXPECT_TRUE(products.isSearching());
    ASSERT_TRUE(waitFor([&] { return !products.isSearching(); }));
    EXPECT_EQ(products.source(), ProductSearchModel::Source::Cache);
    EXPECT_FALSE(products.serverError().isEmpty());
    EXPECT_EQ(products.rowCount(), 2);

    DiscountSearchModel discounts(m_cache, &api);
    QAbstractItemModelTester discountTester(&discounts, Fatal);
    discounts.setQuery(QStringLiteral("off"));
    ASSERT_TRUE(waitFor([&] { return !discounts.isSearching(); }));
    EXPECT_EQ(discounts.source(), DiscountSearchModel::Source::Cache);
    EXPECT_EQ(discounts.rowCount(), 2);
}

TEST_F(PickerModelsTest, AServerThatDoesNotAnswerIsNotWaitedFor)
{
    QTcpServer silent; // accepts connections and never answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    ProductSearchModel model(m_cache, &api);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setServerWait(200);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QStringLiteral("wool"));
    ASSERT_TRUE(waitFor([&] { return !model.isSearching(); }, 2000));
    EXPECT_EQ(model.source(), ProductSearchModel::Source::Cache);
    EXPECT_FALSE(model.serverError().isEmpty());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(resets.size(), 1);

    DiscountSearchModel discounts(m_cache, &api);
    QAbstractItemModelTester discountTester(&discounts, Fatal);
    discounts.setServerWait(200);
    discounts.setQuery(QStringLiteral("ship"));
    ASSERT_TRUE(waitFor([&] { return !discounts.isSearching(); }, 2000));
    EXPECT_EQ(discounts.source(), DiscountSearchModel::Source::Cache);
    EXPECT_EQ(discounts.rowCount(), 1);
}

TEST_F(PickerModelsTest, AnswersToAnOlderQueryAreIgnored)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    ProductSearchModel model(m_cache, &api);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy finished(&model, &ProductSearchModel::searchFinished);
    model.setQuery(QStringLiteral("linen"));
    model.setQuery(QStringLiteral("wool"));
    ASSERT_TRUE(waitFor([&] { return !model.isSearching(); }));
    ASSERT_TRUE(waitFor([&] { return finished.size() >= 1; }));
    // The later point: both requests (the superseded one too) have ended and their replies are gone, so
    // an answer to "linen" could only have come before now.
    ASSERT_TRUE(waitFor([&] { return network.findChildren<QNetworkReply *>().isEmpty(); }));
    EXPECT_EQ(finished.size(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(ProductSearchModel::TitleRole).toString(), QStringLiteral("Wool Jumper"));
}

TEST_F(PickerModelsTest, DiscountSearchOfflineAndLiveStateChanges)
{
    DiscountSearchModel model(m_cache, nullptr);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setQuery(QString());
    EXPECT_EQ(model.source(), DiscountSearchModel::Source::Cache);
    ASSERT_EQ(model.rowCount(), 3);
    const int xmas = model.rowOf(QStringLiteral("xmas15"));
    ASSERT_GE(xmas, 0);
    EXPECT_FALSE(model.index(xmas).data(DiscountSearchModel::ActiveRole).toBool());
    EXPECT_EQ(model.index(xmas).data(DiscountSearchModel::SummaryRole).toString(), QStringLiteral("15% off"));
    EXPECT_EQ(model.roleNames().value(DiscountSearchModel::CodeRole), QByteArray("code"));
    EXPECT_EQ(DiscountSearchModel::CodeRole, Qt::UserRole + 1);

    model.setQuery(QStringLiteral("SHIP"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(DiscountSearchModel::CodeRole).toString(), QStringLiteral("FREESHIP"));

    model.setQuery(QStringLiteral("off"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(m_cache.discounts().upsert({QStringLiteral("XMAS15"), QStringLiteral("15% off"), true}));
    CacheChanges changes;
    changes.discounts = true;
    m_cache.publish(changes);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(
        model.index(model.rowOf(QStringLiteral("XMAS15"))).data(DiscountSearchModel::ActiveRole).toBool());
}

} // namespace
