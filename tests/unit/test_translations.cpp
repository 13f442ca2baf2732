// The shipped translations are complete: every message of the Dutch, French and German files is translated
// (none unfinished or empty) and keeps the source's placeholders, so no merchant sees English in between or
// a "%1" left in the text. The English file carries only plural forms, each with both forms filled in.
// And the files match the sources: lupdate, run as update_translations runs it, finds no message they lack.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; ///< the disambiguation, part of what identifies a message
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
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("comment")) {
            current.comment = xml.readElementText();
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

// The files match the sources --------------------------------------------------------------------

/** What identifies a message in a .ts file: lupdate merges by context, source text and disambiguation. */
QString keyOf(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QString describe(const Message &message)
{
    QString text = u'[' + message.context + QStringLiteral("] \"") + message.source + u'"';
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (disambiguation \"") + message.comment + QStringLiteral("\")");
    return text;
}

class TranslationsMatchSources : public ::testing::TestWithParam<const char *>
{
};

// lupdate over the sources, with the options of app/CMakeLists.txt (qt_add_translations LUPDATE_OPTIONS,
// and -pluralonly for English as its comment says), updates a copy of the shipped file; every message of
// the updated copy must be in the shipped file, finished. A tr() string that nobody ran update_translations
// for, or that nobody translated, fails here and is named.
TEST_P(TranslationsMatchSources, LupdateFindsNoMessageTheShippedFileLacks)
{
    const QString lupdate = QStringLiteral(SHOPINBOX_LUPDATE);
    ASSERT_FALSE(lupdate.isEmpty()) << "CMake found no lupdate (no Qt6::lupdate target, none on the PATH): "
                                       "install qt6-l10n-tools and configure again";
    ASSERT_TRUE(QFileInfo(lupdate).isExecutable())
        << "lupdate is not installed at " << lupdate.toStdString()
        << " (where CMake found it): install qt6-l10n-tools (Debian), or configure again";
    const QString project = QStringLiteral(SHOPINBOX_LUPDATE_PROJECT);
    ASSERT_TRUE(QFileInfo::exists(project)) << "no lupdate project file at " << project.toStdString()
                                            << " (written by tests/CMakeLists.txt): configure again";

    const QString shipped = tsPath(GetParam());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid()) << dir.errorString().toStdString();
    const QString copy = dir.filePath(QFileInfo(shipped).fileName());
    ASSERT_TRUE(QFile::copy(shipped, copy)) << "cannot copy " << shipped.toStdString();
    // The copy keeps the shipped file's permissions; lupdate must be able to write it whatever they are.
    ASSERT_TRUE(QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::WriteOwner));

    QStringList arguments{QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"), QStringLiteral("none")};
    if (QLatin1String(GetParam()) == QLatin1String("en"))
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-ts") << copy;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    ASSERT_TRUE(process.waitForStarted())
        << "cannot start " << lupdate.toStdString() << ": " << process.errorString().toStdString();
    const bool finished = process.waitForFinished(120'000);
    const std::string output = QString::fromLocal8Bit(process.readAll()).toStdString();
    ASSERT_TRUE(finished) << "lupdate did not finish within 120 s:\n" << output;
    ASSERT_EQ(process.exitStatus(), QProcess::NormalExit) << output;
    ASSERT_EQ(process.exitCode(), 0) << "lupdate " << arguments.join(u' ').toStdString() << "\n" << output;

    // An empty result would make the comparison pass for nothing (e.g. a project file without sources).
    const QList<Message> updated = readTs(copy);
    ASSERT_FALSE(updated.isEmpty()) << "lupdate found no messages in the sources:\n" << output;

    QHash<QString, Message> inShipped;
    for (const Message &message : readTs(shipped)) {
        if (!message.vanished)
            inShipped.insert(keyOf(message), message);
    }
    for (const Message &message : updated) {
        if (message.vanished)
            continue;
        const auto found = inShipped.constFind(keyOf(message));
        if (found == inShipped.constEnd())
            ADD_FAILURE()
                << QDir::cleanPath(shipped).toStdString() << " lacks " << describe(message).toStdString()
                << ", which is in the sources: run the update_translations target (for English, then "
                   "lupdate -pluralonly, see app/CMakeLists.txt) and translate it";
        else if (found->unfinished)
            ADD_FAILURE() << QDir::cleanPath(shipped).toStdString() << " leaves "
                          << describe(message).toStdString() << " unfinished: translate it";
    }
}

INSTANTIATE_TEST_SUITE_P(Shipped, TranslationsMatchSources, ::testing::Values("nl", "fr", "de", "en"));

} // namespace
