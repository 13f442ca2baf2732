#include "imagesanitizer.h"

#include <QSet>

namespace shopinbox::server {

namespace {

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    const auto b = [&](qsizetype i) { return static_cast<quint32>(static_cast<quint8>(bytes.at(at + i))); };
    return (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3);
}

quint32 littleEndian32(const QByteArray &bytes, qsizetype at)
{
    const auto b = [&](qsizetype i) { return static_cast<quint32>(static_cast<quint8>(bytes.at(at + i))); };
    return b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24);
}

quint8 byteAt(const QByteArray &bytes, qsizetype at)
{
    return static_cast<quint8>(bytes.at(at));
}

std::nullopt_t fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

/** GIF data sub-blocks from @p at up to and including the zero-length terminator; -1 when cut off. */
qsizetype skipSubBlocks(const QByteArray &bytes, qsizetype at)
{
    while (at < bytes.size()) {
        const int length = byteAt(bytes, at);
        at += 1 + length;
        if (length == 0)
            return at;
    }
    return -1;
}

} // namespace

std::optional<QByteArray> ImageSanitizer::sanitize(const QByteArray &bytes, const QString &type,
                                                   QString *error)
{
    if (type == QLatin1String("image/png"))
        return png(bytes, error);
    if (type == QLatin1String("image/jpeg"))
        return jpeg(bytes, error);
    if (type == QLatin1String("image/gif"))
        return gif(bytes, error);
    if (type == QLatin1String("image/webp"))
        return webp(bytes, error);
    return fail(error, QStringLiteral("not an image type that can be sent"));
}

std::optional<QByteArray> ImageSanitizer::png(const QByteArray &bytes, QString *error)
{
    // Critical chunks, colour information and APNG animation; text, time, Exif and unknown chunks go.
    static const QSet<QByteArray> kept{"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
                                       "iCCP", "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT"};
    QByteArray out = bytes.left(8);
    qsizetype at = 8;
    bool first = true;
    while (at + 12 <= bytes.size()) {
        const quint32 length = bigEndian32(bytes, at);
        const QByteArray type = bytes.mid(at + 4, 4);
        if (length > 0x7fffffffU || at + 12 + qsizetype(length) > bytes.size())
            return fail(error, QStringLiteral("the PNG file is cut off"));
        if (first && type != "IHDR")
            return fail(error, QStringLiteral("the PNG file does not start with its header"));
        first = false;
        const qsizetype whole = 12 + qsizetype(length);
        if (kept.contains(type))
            out += bytes.mid(at, whole);
        at += whole;
        if (type == "IEND")
            return out; // whatever follows the end is not part of the image
    }
    return fail(error, QStringLiteral("the PNG file has no end"));
}

std::optional<QByteArray> ImageSanitizer::jpeg(const QByteArray &bytes, QString *error)
{
    QByteArray out = bytes.left(2); // SOI
    qsizetype at = 2;
    while (at + 1 < bytes.size()) {
        if (byteAt(bytes, at) != 0xff)
            return fail(error, QStringLiteral("the JPEG file is malformed"));
        const quint8 marker = byteAt(bytes, at + 1);
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xd9) // EOI: the end, whatever follows is dropped
            return out + QByteArray("\xff\xd9", 2);
        if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) { // no length
            out += bytes.mid(at, 2);
            at += 2;
            continue;
        }
        if (at + 4 > bytes.size())
            return fail(error, QStringLiteral("the JPEG file is cut off"));
        const qsizetype length = (qsizetype(byteAt(bytes, at + 2)) << 8) | byteAt(bytes, at + 3);
        if (length < 2 || at + 2 + length > bytes.size())
            return fail(error, QStringLiteral("the JPEG file is cut off"));
        const QByteArray segment = bytes.mid(at, 2 + length);
        // APP0 (JFIF), APP1 only as Exif (orientation), APP2 (ICC profile), APP14 (Adobe colour transform);
        // other APPn (XMP, vendors') and comments go.
        const bool app = marker >= 0xe0 && marker <= 0xef;
        const bool keptApp = marker == 0xe0 || marker == 0xe2 || marker == 0xee ||
                             (marker == 0xe1 && segment.mid(4, 6) == QByteArray("Exif\0\0", 6));
        if ((!app || keptApp) && marker != 0xfe)
            out += segment;
        at += 2 + length;
        if (marker != 0xda)
            continue;
        // After a start of scan: entropy-coded data up to the next marker that is not a stuffed 0xFF00 or
        // a restart marker.
        const qsizetype start = at;
        while (at + 1 < bytes.size()) {
            const quint8 next = byteAt(bytes, at + 1);
            if (byteAt(bytes, at) == 0xff && next != 0x00 && !(next >= 0xd0 && next <= 0xd7))
                break;
            ++at;
        }
        if (at + 1 >= bytes.size())
            return fail(error, QStringLiteral("the JPEG file has no end"));
        out += bytes.mid(start, at - start);
    }
    return fail(error, QStringLiteral("the JPEG file has no end"));
}

std::optional<QByteArray> ImageSanitizer::gif(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < 13)
        return fail(error, QStringLiteral("the GIF file is cut off"));
    const quint8 flags = byteAt(bytes, 10);
    qsizetype at = 13 + ((flags & 0x80) ? 3 * (qsizetype(2) << (flags & 0x07)) : 0);
    if (at > bytes.size())
        return fail(error, QStringLiteral("the GIF file is cut off"));
    QByteArray out = bytes.left(at);
    while (at < bytes.size()) {
        const quint8 block = byteAt(bytes, at);
        if (block == 0x3b) // trailer
            return out + QByteArray(1, char(0x3b));
        if (block == 0x2c) { // image: descriptor, local colour table, LZW code size, data
            if (at + 10 > bytes.size())
                return fail(error, QStringLiteral("the GIF file is cut off"));
            const quint8 local = byteAt(bytes, at + 9);
            const qsizetype data = at + 10 + ((local & 0x80) ? 3 * (qsizetype(2) << (local & 0x07)) : 0) + 1;
            const qsizetype end = data <= bytes.size() ? skipSubBlocks(bytes, data) : -1;
            if (end < 0)
                return fail(error, QStringLiteral("the GIF file is cut off"));
            out += bytes.mid(at, end - at);
            at = end;
        } else if (block == 0x21 && at + 2 <= bytes.size()) { // extension
            const quint8 label = byteAt(bytes, at + 1);
            const qsizetype end = skipSubBlocks(bytes, at + 2);
            if (end < 0)
                return fail(error, QStringLiteral("the GIF file is cut off"));
            // Graphic control (timing, transparency) and application (looping) stay; comments and plain
            // text go.
            if (label == 0xf9 || label == 0xff)
                out += bytes.mid(at, end - at);
            at = end;
        } else {
            return fail(error, QStringLiteral("the GIF file is malformed"));
        }
    }
    return fail(error, QStringLiteral("the GIF file has no end"));
}

std::optional<QByteArray> ImageSanitizer::webp(const QByteArray &bytes, QString *error)
{
    static const QSet<QByteArray> kept{"VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"};
    if (bytes.size() < 12)
        return fail(error, QStringLiteral("the WebP file is cut off"));
    const qsizetype riffEnd = 8 + qsizetype(littleEndian32(bytes, 4));
    if (riffEnd > bytes.size() || riffEnd < 12)
        return fail(error, QStringLiteral("the WebP file is cut off"));
    QByteArray chunks;
    qsizetype at = 12;
    while (at + 8 <= riffEnd) {
        const QByteArray type = bytes.mid(at, 4);
        const qsizetype length = qsizetype(littleEndian32(bytes, at + 4));
        const qsizetype whole = 8 + length + (length & 1); // chunks are padded to an even size
        if (length < 0 || at + 8 + length > riffEnd)
            return fail(error, QStringLiteral("the WebP file is cut off"));
        if (kept.contains(type)) {
            QByteArray chunk = bytes.mid(at, qMin(whole, riffEnd - at));
            if (chunk.size() < whole)
                chunk.append('\0');
            if (type == "VP8X" && chunk.size() > 8)
                chunk[8] = char(byteAt(chunk, 8) & ~0x0c); // the EXIF and XMP chunks are gone
            chunks += chunk;
        }
        at += whole;
    }
    if (chunks.isEmpty())
        return fail(error, QStringLiteral("the WebP file has no image"));
    QByteArray out("RIFF");
    const quint32 size = quint32(4 + chunks.size());
    for (int i = 0; i < 4; ++i)
        out.append(char((size >> (8 * i)) & 0xff));
    return out + QByteArray("WEBP") + chunks;
}

} // namespace shopinbox::server
