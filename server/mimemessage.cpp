#include "mimemessage.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace shopinbox::server {

namespace {

// The MIME type (lower case) and its parameters (names lower case) of a Content-Type-like value.
struct HeaderValue
{
    QByteArray value;
    QList<std::pair<QByteArray, QByteArray>> params;

    QByteArray param(const QByteArray &name) const
    {
        for (const auto &[key, v] : params) {
            if (key == name)
                return v;
        }
        return {};
    }
};

HeaderValue parseHeaderValue(const QByteArray &raw)
{
    HeaderValue result;
    qsizetype i = 0;
    const qsizetype n = raw.size();
    qsizetype semicolon = raw.indexOf(';');
    result.value = raw.left(semicolon < 0 ? n : semicolon).trimmed().toLower();
    if (semicolon < 0)
        return result;
    i = semicolon + 1;
    while (i < n) {
        while (i < n && (raw.at(i) == ' ' || raw.at(i) == '\t' || raw.at(i) == ';'))
            ++i;
        const qsizetype eq = raw.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray name = raw.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        while (i < n && (raw.at(i) == ' ' || raw.at(i) == '\t'))
            ++i;
        QByteArray value;
        if (i < n && raw.at(i) == '"') {
            ++i;
            while (i < n && raw.at(i) != '"') {
                if (raw.at(i) == '\\' && i + 1 < n)
                    ++i;
                value += raw.at(i);
                ++i;
            }
            ++i; // closing quote
        } else {
            while (i < n && raw.at(i) != ';')
                value += raw.at(i++);
            value = value.trimmed();
        }
        result.params.append({name, value});
    }
    return result;
}

// Windows-1252 differs from ISO-8859-1 in 0x80..0x9F only.
constexpr char16_t Cp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                     0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.at(1).toLower() == QLatin1Char('x') ? name.mid(2).toUInt(&ok, 16)
                                                                       : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            static const QList<std::pair<QString, QString>> named{
                {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
                {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
                {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")}};
            for (const auto &[key, value] : named) {
                if (key == name.toLower())
                    replacement = value;
            }
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QByteArray decodeTransfer(const QByteArray &body, const QByteArray &encoding, QString *error)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e.isEmpty() || e == "7bit" || e == "8bit" || e == "binary")
        return body;
    if (e == "quoted-printable")
        return MimeMessage::decodeQuotedPrintable(body);
    if (e == "base64") {
        QByteArray compact;
        compact.reserve(body.size());
        for (char c : body) {
            if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
                compact += c;
        }
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QStringLiteral("a base64 part is not valid base64");
            return {};
        }
        return decoded.decoded;
    }
    *error =
        QStringLiteral("unsupported Content-Transfer-Encoding \"%1\"").arg(QString::fromLatin1(e.left(40)));
    return {};
}

} // namespace

std::optional<MimeMessage::Part> MimeMessage::splitPart(const QByteArray &raw, QString *error)
{
    Part part;
    qsizetype pos = 0;
    const qsizetype n = raw.size();
    QByteArray current;
    bool haveCurrent = false;
    auto flush = [&]() -> bool {
        if (!haveCurrent)
            return true;
        const qsizetype colon = current.indexOf(':');
        const QByteArray name = colon > 0 ? current.left(colon).trimmed() : QByteArray();
        static const QRegularExpression fieldName(QStringLiteral("^[!-9;-~]+$"));
        if (colon <= 0 || !fieldName.match(QString::fromLatin1(name)).hasMatch()) {
            *error = QStringLiteral("malformed header line \"%1\" (expected Name: value)")
                         .arg(QString::fromLatin1(current.left(60)).trimmed());
            return false;
        }
        part.headers.append({name.toLower(), current.mid(colon + 1).trimmed()});
        haveCurrent = false;
        current.clear();
        return true;
    };
    bool sawBlank = false;
    while (pos < n) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = n;
        QByteArray line = raw.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty()) {
            sawBlank = true;
            break;
        }
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            if (!haveCurrent) {
                *error = QStringLiteral("the message starts with a continuation line");
                return std::nullopt;
            }
            current += ' ' + line.trimmed();
            continue;
        }
        if (!flush())
            return std::nullopt;
        current = line;
        haveCurrent = true;
    }
    if (!flush())
        return std::nullopt;
    part.body = sawBlank ? raw.mid(qMin(pos, n)) : QByteArray();
    return part;
}

QByteArray MimeMessage::rawHeader(const Part &part, const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : part.headers) {
        if (key == lower)
            return value;
    }
    return {};
}

bool MimeMessage::findText(const Part &part, int depth, QString *plain, QString *html, QString *error)
{
    if (depth > MaxDepth) {
        *error = QStringLiteral("multipart nesting deeper than %1 levels").arg(MaxDepth);
        return false;
    }
    const QByteArray contentType = rawHeader(part, "content-type");
    const HeaderValue type = parseHeaderValue(contentType.isEmpty() ? QByteArray("text/plain") : contentType);
    if (type.value.startsWith("multipart/")) {
        const QByteArray boundary = type.param("boundary");
        if (boundary.isEmpty() || boundary.size() > 200) {
            *error = QStringLiteral("a multipart part has no boundary parameter");
            return false;
        }
        const QByteArray delimiter = "--" + boundary;
        QList<QByteArray> bodies;
        qsizetype pos = 0;
        qsizetype partStart = -1;
        bool closed = false;
        const QByteArray &body = part.body;
        while (pos <= body.size()) {
            qsizetype end = body.indexOf('\n', pos);
            if (end < 0)
                end = body.size();
            QByteArray line = body.mid(pos, end - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.startsWith(delimiter)) {
                const QByteArray rest = line.mid(delimiter.size()).trimmed();
                if (rest.isEmpty() || rest == "--") {
                    if (partStart >= 0) {
                        // The line break before the delimiter belongs to the delimiter.
                        qsizetype stop = pos;
                        if (stop > partStart && body.at(stop - 1) == '\n')
                            --stop;
                        if (stop > partStart && body.at(stop - 1) == '\r')
                            --stop;
                        bodies.append(body.mid(partStart, stop - partStart));
                    }
                    if (rest == "--") {
                        closed = true;
                        break;
                    }
                    partStart = end + 1;
                }
            }
            pos = end + 1;
        }
        if (!closed && partStart >= 0 && partStart < body.size())
            bodies.append(body.mid(partStart)); // tolerate a missing closing delimiter
        if (bodies.isEmpty()) {
            *error = QStringLiteral("a multipart part contains no parts (boundary \"%1\" not found)")
                         .arg(QString::fromLatin1(boundary.left(60)));
            return false;
        }
        for (const QByteArray &raw : std::as_const(bodies)) {
            const std::optional<Part> child = splitPart(raw, error);
            if (!child || !findText(*child, depth + 1, plain, html, error))
                return false;
            if (!plain->isNull())
                return true;
        }
        return true;
    }
    if (type.value != "text/plain" && type.value != "text/html")
        return true; // attachments, images: not the reply
    if (rawHeader(part, "content-disposition").trimmed().toLower().startsWith("attachment"))
        return true;
    if (type.value == "text/html" && !html->isNull())
        return true;
    const QByteArray decoded = decodeTransfer(part.body, rawHeader(part, "content-transfer-encoding"), error);
    if (!error->isEmpty())
        return false;
    const QByteArray charset = type.param("charset");
    const std::optional<QString> text =
        decodeCharset(decoded, charset.isEmpty() ? QByteArray("us-ascii") : charset);
    if (!text) {
        *error = QStringLiteral(
                     "unsupported charset \"%1\" (utf-8, us-ascii, iso-8859-1 and windows-1252 are read)")
                     .arg(QString::fromLatin1(charset.left(40)));
        return false;
    }
    if (type.value == "text/plain")
        *plain = text->isNull() ? QStringLiteral("") : *text;
    else
        *html = text->isNull() ? QStringLiteral("") : *text;
    return true;
}

std::optional<MimeMessage> MimeMessage::parse(const QByteArray &raw, QString *error)
{
    error->clear();
    if (raw.trimmed().isEmpty()) {
        *error = QStringLiteral("the message is empty");
        return std::nullopt;
    }
    if (raw.contains('\0')) {
        *error = QStringLiteral("the message contains NUL bytes");
        return std::nullopt;
    }
    // An mbox "From sender date" envelope line some relays put first is not a header.
    const QByteArray body = raw.startsWith("From ") ? raw.mid(raw.indexOf('\n') + 1) : raw;
    if (raw.startsWith("From ") && raw.indexOf('\n') < 0) {
        *error = QStringLiteral("the message has no headers");
        return std::nullopt;
    }
    std::optional<Part> top = splitPart(body, error);
    if (!top)
        return std::nullopt;
    if (top->headers.isEmpty()) {
        *error = QStringLiteral("the message has no headers");
        return std::nullopt;
    }
    MimeMessage message;
    message.m_top = *top;
    QString plain;
    QString html;
    if (!findText(message.m_top, 0, &plain, &html, error))
        return std::nullopt;
    message.m_text = !plain.isNull() ? plain : (!html.isNull() ? htmlToText(html) : QString());
    return message;
}

QString MimeMessage::header(const QByteArray &name) const
{
    return decodeHeaderText(rawHeader(m_top, name));
}

QStringList MimeMessage::headers(const QByteArray &name) const
{
    QStringList values;
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : m_top.headers) {
        if (key == lower)
            values.append(decodeHeaderText(value));
    }
    return values;
}

QStringList MimeMessage::addresses(const QList<QByteArray> &names) const
{
    static const QRegularExpression address(
        QStringLiteral("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+"));
    QStringList result;
    for (const QByteArray &name : names) {
        for (const QString &value : headers(name)) {
            QRegularExpressionMatchIterator it = address.globalMatch(value);
            while (it.hasNext())
                result.append(it.next().captured(0));
        }
    }
    return result;
}

QByteArray MimeMessage::encodeQuotedPrintable(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QByteArray line;
    auto put = [&](const QByteArray &token) {
        if (line.size() + token.size() > 75) {
            out += line + "=\r\n";
            line.clear();
        }
        line += token;
    };
    const QByteArray normalized = QByteArray(bytes).replace("\r\n", "\n");
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const auto c = static_cast<unsigned char>(normalized.at(i));
        const bool atLineEnd = i + 1 == normalized.size() || normalized.at(i + 1) == '\n';
        if (c == '\n') {
            out += line + "\r\n";
            line.clear();
        } else if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd)) {
            put(QByteArray(1, static_cast<char>(c)));
        } else {
            put(QByteArray(1, '=') + hex[c >> 4] + hex[c & 15]);
        }
    }
    out += line;
    return out;
}

QByteArray MimeMessage::decodeQuotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        // Soft line break: "=" then optional whitespace and the line end.
        qsizetype j = i + 1;
        while (j < bytes.size() && (bytes.at(j) == ' ' || bytes.at(j) == '\t'))
            ++j;
        if (j < bytes.size() && (bytes.at(j) == '\r' || bytes.at(j) == '\n')) {
            if (bytes.at(j) == '\r' && j + 1 < bytes.size() && bytes.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j == bytes.size()) {
            i = j;
            continue;
        }
        if (i + 2 < bytes.size() && hexValue(bytes.at(i + 1)) >= 0 && hexValue(bytes.at(i + 2)) >= 0) {
            out += static_cast<char>(hexValue(bytes.at(i + 1)) * 16 + hexValue(bytes.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray MimeMessage::encodeHeaderText(const QString &text)
{
    bool plain = true;
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            plain = false;
    }
    // Printable text holding "=?" could read as an encoded-word (RFC 2047 section 7): it is encoded too.
    if (plain && !text.contains(QLatin1String("=?")))
        return text.toLatin1();
    // Encoded-words of at most 45 UTF-8 bytes each (60 base64 characters), never splitting a character.
    QList<QByteArray> words;
    QByteArray chunk;
    const QList<uint> codePoints = text.toUcs4();
    for (uint cp : codePoints) {
        if (cp < 32)
            cp = ' ';
        const char32_t c = cp;
        const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + utf8.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += utf8;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray MimeMessage::encodeMailbox(const QString &displayName, const QString &address)
{
    if (displayName.isEmpty())
        return '<' + address.toLatin1() + '>';
    bool plain = true;
    for (QChar c : displayName) {
        if (c.unicode() < 32 || c.unicode() > 126)
            plain = false;
    }
    if (!plain)
        return encodeHeaderText(displayName) + " <" + address.toLatin1() + '>';
    QByteArray quoted = displayName.toLatin1();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + "\" <" + address.toLatin1() + '>';
}

QString MimeMessage::decodeHeaderText(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(last, match.capturedStart() - last);
        // Whitespace between two encoded-words is not part of the text.
        if (!(last > 0 && between.trimmed().isEmpty()))
            out += between;
        QByteArray charset = match.captured(1).toLatin1();
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 language
        const QByteArray payload = match.captured(3).toLatin1();
        QByteArray bytes;
        if (match.captured(2).toLower() == QLatin1String("b")) {
            bytes = QByteArray::fromBase64(payload);
        } else {
            bytes = decodeQuotedPrintable(QByteArray(payload).replace('_', ' '));
        }
        out += decodeCharset(bytes, charset).value_or(match.captured(0));
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

std::optional<QString> MimeMessage::decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii") {
        QStringDecoder decoder(QStringDecoder::Utf8);
        return QString(decoder.decode(bytes));
    }
    if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "latin-1") {
        QStringDecoder decoder(QStringDecoder::Latin1);
        return QString(decoder.decode(bytes));
    }
    if (name == "windows-1252" || name == "cp1252") {
        QString out;
        out.reserve(bytes.size());
        for (char byte : bytes) {
            const auto c = static_cast<unsigned char>(byte);
            out += c >= 0x80 && c < 0xA0 ? QChar(Cp1252High[c - 0x80]) : QChar(char16_t(c));
        }
        return out;
    }
    return std::nullopt;
}

QString MimeMessage::htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    text.remove(hidden);
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(QLatin1Char('\r'), QString());
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression blockquote(QStringLiteral("<blockquote\\b[^>]*>.*"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::DotMatchesEverythingOption);
    // A quoted reply in HTML mail is a blockquote: everything from it on is history.
    text.remove(blockquote);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = decodeEntities(text);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace shopinbox::server
