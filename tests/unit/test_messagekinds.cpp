// Every message kind, looped over from its one description (MessageKinds): the wire round trip, the stored
// value, the sync into the cache, the thread model and the inbox preview. A new kind is added to the domain,
// the codec (encodePayload/decodePayload), the delegates and the translations — and to messageSample(), whose
// switch does not compile without it; this file needs no edit.
#include "codec/jsoncodec.h"
#include "messagesamples.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "storage/cache.h"
#include "storage/eventapplier.h"
#include "storage/messagestore.h"
#include "tempdir.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace shopinbox;

namespace {

const QDateTime T0 = QDateTime::fromMSecsSinceEpoch(1772442900000, QTimeZone::utc());

ServerEvent eventOf(qint64 seq, const char *type, const QJsonObject &data)
{
    return ServerEvent{seq, QString::fromLatin1(type), T0.addSecs(seq), data};
}

class MessageKindsTest : public ::testing::TestWithParam<EnumEntry<MessageKind>>
{
};

TEST_P(MessageKindsTest, TheWireCarriesEveryFieldOfTheKind)
{
    const EnumEntry<MessageKind> entry = GetParam();
    const Message sample = test::messageSample(entry.value, 7, 1, T0);
    const QJsonObject wire = json::encode(sample);
    EXPECT_EQ(wire.value(QStringLiteral("kind")).toString(), QLatin1String(entry.wire));
    const Decoded<Message> decoded = json::decodeMessage(QJsonValue(wire));
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded.value(), sample);
    // The payload alone is what the cache stores: it reads back into the same message.
    Message fromPayload = sample;
    fromPayload.products.clear();
    fromPayload.discountCode.clear();
    fromPayload.discountSummary.clear();
    fromPayload.imageId.clear();
    fromPayload.imageUrl.clear();
    fromPayload.cartProductTitle.clear();
    fromPayload.automated = AutomatedReply::None;
    EXPECT_FALSE(json::decodePayload(QJsonValue(json::encodePayload(sample)), fromPayload).has_value());
    EXPECT_EQ(fromPayload, sample);
}

TEST_P(MessageKindsTest, ASyncedMessageIsStoredAsItsKindAndReachesTheThreadAndTheInbox)
{
    const EnumEntry<MessageKind> entry = GetParam();
    TempDir dir;
    Cache cache;
    ASSERT_TRUE(cache.open(dir.file(QStringLiteral("kinds.sqlite"))).ok());
    Customer customer;
    customer.id = 1;
    customer.name = QStringLiteral("Sophie de Vries");
    customer.visitorName = QStringLiteral("Visitor 4821");
    customer.lifetimeSpend = Money{0, QStringLiteral("EUR")};
    Conversation conversation;
    conversation.id = 1;
    conversation.customerId = 1;
    conversation.platform = QStringLiteral("online_store");
    conversation.startedAt = T0;
    conversation.lastActivityAt = T0;
    ConversationListModel inbox(&cache);
    QAbstractItemModelTester inboxTester(&inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MessageModel thread(&cache, 1);
    QAbstractItemModelTester threadTester(&thread, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const Message sample = test::messageSample(entry.value, 7, 1, T0.addSecs(60));
    const EventApplier::Result applied =
        EventApplier(cache).apply({eventOf(1, "customer.upserted", json::encode(customer)),
                                   eventOf(2, "conversation.upserted", json::encode(conversation)),
                                   eventOf(3, "message.created", json::encode(sample))},
                                  3);
    ASSERT_TRUE(applied.ok) << applied.error.toStdString();

    // Stored with its own stored value, and read back whole.
    EXPECT_EQ(cache.database().queryInt(QStringLiteral("SELECT kind FROM messages WHERE id = 7")),
              entry.stored);
    const QList<Message> page = cache.messages().page(1, std::nullopt, 10);
    ASSERT_EQ(page.size(), 1);
    Message stored = page.constFirst();
    stored.localId = 0;
    EXPECT_EQ(stored, sample);

    ASSERT_TRUE(testsupport::waitFor([&] { return thread.rowCount() == 1; }));
    const QModelIndex row = thread.index(0, 0);
    EXPECT_EQ(row.data(MessageModel::KindRole).toInt(), static_cast<int>(entry.value));
    EXPECT_EQ(row.data(MessageModel::BodyRole).toString(), sample.body);
    EXPECT_EQ(row.data(MessageModel::DiscountCodeRole).toString(), sample.discountCode);
    EXPECT_EQ(row.data(MessageModel::ImageUrlRole).toString(), sample.imageUrl);
    EXPECT_EQ(row.data(MessageModel::ProductsRole).toList().size(), sample.products.size());
    EXPECT_EQ(row.data(MessageModel::CartProductTitleRole).toString(), sample.cartProductTitle);
    EXPECT_EQ(row.data(MessageModel::AutomatedRole).toInt(), static_cast<int>(sample.automated));

    ASSERT_TRUE(testsupport::waitFor([&] { return inbox.rowCount() == 1; }));
    EXPECT_EQ(inbox.index(0, 0).data(ConversationListModel::LastMessageKindRole).toInt(),
              static_cast<int>(entry.value));
}

std::string kindName(const ::testing::TestParamInfo<EnumEntry<MessageKind>> &info)
{
    return info.param.wire;
}

INSTANTIATE_TEST_SUITE_P(EveryKind, MessageKindsTest, ::testing::ValuesIn(MessageKinds.entries()), kindName);

} // namespace
