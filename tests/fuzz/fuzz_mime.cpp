// Fuzz target: the bytes as a raw inbound mail (what the relay posts to POST /api/v1/inbound-email), read as
// MailService does: MimeMessage::parse, the recipients and their reply addresses, the headers, the text and
// ReplyExtractor. The same bytes also go through the encoders outgoing mail uses (tests/fuzz/README.md).
//
// Properties checked beyond "no crash, no sanitizer report":
// - parse() either fails with a reason or succeeds without one;
// - the extracted reply has no quoted lines, no CR, no trailing white space and no blank first or last line;
// - decodeQuotedPrintable(encodeQuotedPrintable(x)) is x with CRLF line ends, in lines of at most 76
//   printable characters;
// - decodeHeaderText(encodeHeaderText(s)) is s (control characters become spaces), the encoding is ASCII;
// - a mailbox written by encodeMailbox() parses back to its address;
// - a reply address made for a conversation checks as valid for that conversation.
#include "fuzzsupport.h"

#include "mimemessage.h"
#include "replyaddress.h"
#include "replyextractor.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

using namespace shopinbox;
using server::MimeMessage;

namespace {

const server::ReplyAddress &replyAddress()
{
    static const server::ReplyAddress address(QByteArrayLiteral("fuzz-reply-key-0123456789abcdef"),
                                              QStringLiteral("mail.maple.test"));
    return address;
}

/** The inbound path of MailService::inboundEmail up to the database. */
void readMail(const QByteArray &raw)
{
    QString error;
    const std::optional<MimeMessage> mail = MimeMessage::parse(raw, &error);
    if (!mail) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(error.isEmpty());
    const QStringList recipients = mail->addresses({"delivered-to", "x-original-to", "to", "cc"});
    for (const QString &address : recipients) {
        FUZZ_CHECK(address.contains(QLatin1Char('@')));
        qint64 conversation = 0;
        replyAddress().check(address, &conversation);
    }
    mail->header("message-id");
    mail->header("subject");
    mail->headers("from");
    if (mail->text().isNull())
        return;
    const QString reply = server::ReplyExtractor::extract(mail->text());
    FUZZ_CHECK(!reply.contains(QLatin1Char('\r')));
    FUZZ_CHECK(!reply.startsWith(QLatin1Char('\n')) && !reply.endsWith(QLatin1Char('\n')));
    const QStringList lines = reply.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        FUZZ_CHECK(!line.trimmed().startsWith(QLatin1Char('>')));
        FUZZ_CHECK(line.isEmpty() || !line.back().isSpace());
    }
}

void checkQuotedPrintable(const QByteArray &bytes)
{
    const QByteArray encoded = MimeMessage::encodeQuotedPrintable(bytes);
    const QList<QByteArray> lines = encoded.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            FUZZ_CHECK(line.endsWith('\r'));
            line.chop(1);
        }
        FUZZ_CHECK(line.size() <= 76);
        for (const char c : std::as_const(line))
            FUZZ_CHECK((c >= 33 && c <= 126) || c == ' ' || c == '\t');
    }
    const QByteArray crlf = QByteArray(bytes).replace("\r\n", "\n").replace("\n", "\r\n");
    FUZZ_CHECK(MimeMessage::decodeQuotedPrintable(encoded) == crlf);
    FUZZ_CHECK(MimeMessage::decodeQuotedPrintable(bytes).size() <= bytes.size());
}

void checkHeaderText(const QString &text)
{
    const QByteArray encoded = MimeMessage::encodeHeaderText(text);
    for (const char c : encoded)
        FUZZ_CHECK(c == '\r' || c == '\n' || (c >= 32 && c <= 126));
    QString expected;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
        const char32_t c = cp < 32 ? U' ' : char32_t(cp);
        expected += QString::fromUcs4(&c, 1);
    }
    FUZZ_CHECK(MimeMessage::decodeHeaderText(encoded) == expected);
}

void checkMailbox(const QString &name, const QString &address)
{
    const QByteArray mail = "To: " + MimeMessage::encodeMailbox(name, address) + "\r\n\r\nHello\r\n";
    QString error;
    const std::optional<MimeMessage> parsed = MimeMessage::parse(mail, &error);
    FUZZ_CHECK(parsed.has_value());
    const QStringList found = parsed->addresses({"to"});
    FUZZ_CHECK(!found.isEmpty() && found.constLast() == address);
}

void checkReplyAddress(const QByteArray &bytes)
{
    quint64 seed = 0;
    std::memcpy(&seed, bytes.constData(), qMin<std::size_t>(sizeof seed, std::size_t(bytes.size())));
    const auto conversation = qint64(seed % 999'999'999'999'999'999ULL) + 1;
    const QString address = replyAddress().make(conversation);
    qint64 found = 0;
    FUZZ_CHECK(replyAddress().check(address, &found) == server::ReplyAddress::Match::Valid);
    FUZZ_CHECK(found == conversation);
    checkMailbox(QString(), address);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::MaxInputBytes)
        return 0;
    const QByteArray raw = fuzz::toBytes(data, size);
    readMail(raw);

    checkQuotedPrintable(raw);
    MimeMessage::decodeHeaderText(raw);
    for (const char *charset : {"utf-8", "iso-8859-1", "windows-1252", "klingon"}) {
        const std::optional<QString> text = MimeMessage::decodeCharset(raw, charset);
        FUZZ_CHECK(text.has_value() == (std::strcmp(charset, "klingon") != 0));
    }
    const QString text = QString::fromUtf8(raw);
    checkHeaderText(text);
    checkMailbox(text, QStringLiteral("ana@example.com"));
    checkReplyAddress(raw);
    return 0;
}
