// The shipped translations are complete: every message of the Dutch, French and German files is translated
// (none unfinished or empty) and keeps the source's placeholders, so no merchant sees English in between or
// a "%1" left in the text. The English file carries only plural forms, each with both forms filled in.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString source;
    QString translation;
    QStringList numerusForms;
    bool unfinished = false;
    bool numerus = false;
    bool vanished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            current = Message{};
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            current.vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (!current.numerus)
                current.translation = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            current.numerusForms.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString tsPath(const char *language)
{
    return QStringLiteral(SHOPINBOX_FIXTURES_DIR "/../../translations/shop-inbox_%1.ts")
        .arg(QLatin1String(language));
}

class Translations : public ::testing::TestWithParam<const char *>
{
};

TEST_P(Translations, EveryMessageIsTranslatedWithItsPlaceholders)
{
    const QList<Message> messages = readTs(tsPath(GetParam()));
    ASSERT_GT(messages.size(), 300) << "no or too few messages in " << tsPath(GetParam()).toStdString();
    for (const Message &message : messages) {
        if (message.vanished)
            continue;
        SCOPED_TRACE(message.source.toStdString());
        EXPECT_FALSE(message.unfinished);
        if (message.numerus) {
            ASSERT_EQ(message.numerusForms.size(), 2);
            for (const QString &form : message.numerusForms) {
                EXPECT_FALSE(form.isEmpty());
                // A form may drop %n ("one day"), but never invent or lose the other placeholders.
                QStringList expected = placeholders(message.source);
                QStringList got = placeholders(form);
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
                EXPECT_EQ(got, expected);
            }
        } else {
            EXPECT_FALSE(message.translation.isEmpty());
            EXPECT_EQ(placeholders(message.translation), placeholders(message.source));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Shipped, Translations, ::testing::Values("nl", "fr", "de"));

TEST(TranslationsEnglish, OnlyPluralFormsEachWithBothForms)
{
    const QList<Message> messages = readTs(tsPath("en"));
    ASSERT_FALSE(messages.isEmpty());
    for (const Message &message : messages) {
        SCOPED_TRACE(message.source.toStdString());
        EXPECT_TRUE(message.numerus);
        EXPECT_FALSE(message.unfinished);
        ASSERT_EQ(message.numerusForms.size(), 2);
        EXPECT_FALSE(message.numerusForms.at(0).contains(QStringLiteral("(s)")));
        EXPECT_FALSE(message.numerusForms.at(1).contains(QStringLiteral("(s)")));
    }
}

} // namespace
