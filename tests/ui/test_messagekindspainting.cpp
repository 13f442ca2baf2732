// Every message kind, looped over from MessageKinds: the thread paints it (a row with ink, its own height)
// and the inbox words it as a preview. With tests/unit/test_messagekinds.cpp this proves a new kind end to
// end without editing either file (its sample is added to messageSample()).
#include "conversationdelegate.h"
#include "messagedelegate.h"
#include "messagesamples.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "onecustomercache.h"
#include "storage/conversationstore.h"
#include "storage/messagestore.h"
#include "testhelpers.h"

#include <QImage>
#include <QListView>

#include <gtest/gtest.h>

using namespace shopinbox;

namespace {

/** Pixels of @p image that differ clearly from @p background. */
int inkPixels(const QImage &image, QColor background)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green()) +
                    qAbs(c.blue() - background.blue()) >
                60)
                ++ink;
        }
    }
    return ink;
}

} // namespace

TEST(Delegates, EveryMessageKindIsPaintedInTheThreadAndWordedInTheInbox)
{
    OneCustomerCache seeded(QStringLiteral("Sophie de Vries"));
    ASSERT_TRUE(seeded.ok());
    Cache &cache = seeded.cache();
    ConversationListModel inbox(&cache);
    ASSERT_TRUE(testsupport::waitFor([&] { return inbox.rowCount() == 1; }));
    qint64 id = 0;
    for (const EnumEntry<MessageKind> &entry : MessageKinds.entries()) {
        SCOPED_TRACE(entry.wire);
        ++id;
        const Message m =
            test::messageSample(entry.value, id, 1, seeded.conversation().startedAt.addSecs(60 * id));
        ASSERT_TRUE(cache.messages().upsert(m));
        ASSERT_TRUE(cache.conversations().noteMessage(m));
        CacheChanges changes;
        changes.conversations.insert(1);
        changes.messages[1].insert(id);
        cache.publish(changes);
        ASSERT_TRUE(testsupport::waitFor([&] {
            return inbox.index(0, 0).data(ConversationListModel::LastMessageKindRole).toInt() ==
                   static_cast<int>(entry.value);
        }));
        EXPECT_FALSE(ConversationDelegate::previewText(inbox.index(0, 0)).trimmed().isEmpty());
    }

    MessageModel model(&cache, 1);
    ASSERT_EQ(model.rowCount(), static_cast<int>(MessageKinds.entries().size()));
    QListView view;
    MessageDelegate delegate;
    view.setItemDelegate(&delegate);
    view.setModel(&model);
    view.resize(640, 1400);
    view.show();
    const QColor background = view.palette().color(QPalette::Base);
    const QImage painted = view.viewport()->grab().toImage();
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        painted.save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") + QStringLiteral("/every-kind.png"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        SCOPED_TRACE(MessageKinds.wire(static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()))
                         .toStdString());
        const QRect rect = view.visualRect(index);
        ASSERT_GT(rect.height(), 16);
        ASSERT_TRUE(QRect(QPoint(0, 0), painted.size() / painted.devicePixelRatio()).contains(rect))
            << "row " << row << " is outside the view";
        EXPECT_GT(inkPixels(painted.copy(rect), background), 200) << "row " << row << " is blank";
    }
}
