// Links in plain-text messages: only http(s) and mailto, without the sentence's punctuation around them.
#include "domain/textlinks.h"

#include <gtest/gtest.h>

using namespace shopinbox;

TEST(TextLinks, SentencePunctuationIsNotPartOfTheLink)
{
    EXPECT_EQ(findLinks(QStringLiteral("Track it: https://maple-moss.example/orders/GB277980367552.")),
              QStringList{QStringLiteral("https://maple-moss.example/orders/GB277980367552")});
    EXPECT_EQ(
        findLinks(QStringLiteral("See (https://a.example/x), or https://b.example/y?q=1!")),
        (QStringList{QStringLiteral("https://a.example/x"), QStringLiteral("https://b.example/y?q=1")}));
    EXPECT_EQ(findLinks(QStringLiteral("„https://c.example/z“ and ‘https://d.example/w’.")).size(), 2);
    EXPECT_EQ(findLinks(QStringLiteral("https://en.example/wiki/Wool_(fabric).")),
              QStringList{QStringLiteral("https://en.example/wiki/Wool_(fabric)")});
    EXPECT_EQ(findLinks(QStringLiteral("Write to mailto:help@shop.example; thanks")),
              QStringList{QStringLiteral("mailto:help@shop.example")});
}

TEST(TextLinks, OnlyWebAndMailLinks)
{
    EXPECT_TRUE(
        findLinks(QStringLiteral("file:///etc/passwd javascript:alert(1) ftp://x.example/a")).isEmpty());
    EXPECT_TRUE(findLinks(QStringLiteral("https:// and http://.")).isEmpty());
    EXPECT_EQ(findLinks(QStringLiteral("HTTPS://SHOP.EXAMPLE/A")).size(), 1);
    EXPECT_TRUE(findLinks(QString()).isEmpty());
}

TEST(TextLinks, SpansSayWhereEachLinkIsWritten)
{
    const QString text = QStringLiteral("Track it: https://a.example/x. Or mail mailto:help@shop.example!");
    const QList<TextLink> spans = findLinkSpans(text);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(text.mid(spans.at(0).start, spans.at(0).length), QStringLiteral("https://a.example/x"));
    EXPECT_EQ(spans.at(0).url, QStringLiteral("https://a.example/x"));
    EXPECT_EQ(text.mid(spans.at(1).start, spans.at(1).length), QStringLiteral("mailto:help@shop.example"));
}
