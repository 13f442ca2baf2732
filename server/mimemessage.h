#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace shopinbox::server {

/**
 * @brief An RFC 822 / MIME message: parsing of received mail and the encodings outgoing mail needs.
 *
 * Parsing is defensive: anything it cannot read (a header line without a colon, a multipart without its
 * boundary, an unknown transfer encoding or charset, nesting deeper than MaxDepth) makes parse() fail with
 * a sentence saying what, never a crash or a guess.
 */
class MimeMessage
{
public:
    /** Deepest multipart nesting parse() accepts. */
    static constexpr int MaxDepth = 8;

    /** Parses @p raw (CRLF or LF line ends); nullopt with @p error when it is not a readable message. */
    static std::optional<MimeMessage> parse(const QByteArray &raw, QString *error);

    /** The first value of header @p name (case-insensitive), unfolded and with encoded-words decoded. */
    QString header(const QByteArray &name) const;
    /** Every value of header @p name, decoded. */
    QStringList headers(const QByteArray &name) const;
    /** Bare addresses (local@domain) in the address headers @p names, in order. */
    QStringList addresses(const QList<QByteArray> &names) const;

    /**
     * The readable text: the first text/plain part that is not an attachment, else the first text/html
     * part with its tags stripped; decoded from its transfer encoding and charset. Null when there is none.
     */
    QString text() const { return m_text; }

    // Encodings for composing mail.

    /** Quoted-printable (RFC 2045) of @p bytes, lines of at most 76 characters, CRLF line ends. */
    static QByteArray encodeQuotedPrintable(const QByteArray &bytes);
    /** Decodes quoted-printable (soft line breaks removed, bad escapes kept as they are). */
    static QByteArray decodeQuotedPrintable(const QByteArray &bytes);
    /** @p text as it may appear in a header: as is when printable ASCII without "=?", else RFC 2047
     * encoded-words. */
    static QByteArray encodeHeaderText(const QString &text);
    /** "Display Name" <address>, the name quoted or encoded as needed. */
    static QByteArray encodeMailbox(const QString &displayName, const QString &address);
    /** Decodes RFC 2047 encoded-words in a header value. */
    static QString decodeHeaderText(const QByteArray &value);
    /** Decodes @p bytes from @p charset (utf-8, us-ascii, iso-8859-1, windows-1252); nullopt when unknown. */
    static std::optional<QString> decodeCharset(const QByteArray &bytes, const QByteArray &charset);
    /** Text of an HTML document: tags and comments removed, block ends as line breaks, entities decoded. */
    static QString htmlToText(const QString &html);

private:
    struct Part
    {
        QList<std::pair<QByteArray, QByteArray>> headers; ///< lower-case name, unfolded raw value
        QByteArray body;
    };
    static std::optional<Part> splitPart(const QByteArray &raw, QString *error);
    static QByteArray rawHeader(const Part &part, const QByteArray &name);
    /** Finds the text of @p part (see text()); @p html receives the first HTML text as a fallback. */
    static bool findText(const Part &part, int depth, QString *plain, QString *html, QString *error);

    Part m_top;
    QString m_text;
};

} // namespace shopinbox::server
