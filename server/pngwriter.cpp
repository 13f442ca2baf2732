#include "pngwriter.h"

#include <array>

namespace shopinbox::server {

namespace {

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>((value >> 24) & 0xFF));
    out.append(static_cast<char>((value >> 16) & 0xFF));
    out.append(static_cast<char>((value >> 8) & 0xFF));
    out.append(static_cast<char>(value & 0xFF));
}

/** Length, type, data, and the CRC over type and data. */
void appendChunk(QByteArray &out, const char (&type)[5], QByteArrayView data)
{
    appendBigEndian(out, static_cast<quint32>(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data.data(), data.size());
    appendBigEndian(out, PngWriter::crc32(QByteArrayView(out).sliced(start)));
}

} // namespace

quint32 PngWriter::crc32(QByteArrayView bytes)
{
    static constexpr std::array<quint32, 256> Table = crcTable();
    quint32 c = 0xFFFFFFFFU;
    for (const char byte : bytes)
        c = Table[(c ^ static_cast<quint8>(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

QByteArray PngWriter::encodeRgb(int width, int height, QByteArrayView rgb)
{
    if (width < 1 || height < 1 || width > 65535 || height > 65535 ||
        rgb.size() != qsizetype(width) * height * 3)
        return {};
    const qsizetype rowBytes = qsizetype(width) * 3;
    QByteArray scanlines;
    scanlines.reserve((rowBytes + 1) * height);
    for (int y = 0; y < height; ++y) {
        scanlines.append('\0'); // filter type 0: the row as it is
        scanlines.append(rgb.sliced(y * rowBytes, rowBytes).data(), rowBytes);
    }
    // qCompress: a 4-byte big-endian length of the input, then a zlib stream (RFC 1950) as IDAT wants it.
    const QByteArray zlib = qCompress(scanlines, 9).sliced(4);

    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(width));
    appendBigEndian(header, static_cast<quint32>(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: truecolour (RGB)
    header.append(char(0)); // compression method: deflate
    header.append(char(0)); // filter method 0
    header.append(char(0)); // no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace shopinbox::server
