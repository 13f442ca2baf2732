#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace shopinbox::server {

/**
 * @brief Encodes 8-bit RGB pixels as a PNG file without QtGui: the IHDR, IDAT and IEND chunks of the PNG
 * specification (ISO/IEC 15948), no interlacing, filter type 0 (None) on every row, the image data
 * deflated by qCompress.
 *
 * Enough for the demo's placeholder images; the server reads uploaded images only as bytes.
 */
class PngWriter
{
public:
    /**
     * The PNG file of a @p width × @p height image (1 to 65535 each); @p rgb holds 3 bytes (red, green,
     * blue) per pixel, row by row from the top. Empty when the sizes do not match.
     */
    static QByteArray encodeRgb(int width, int height, QByteArrayView rgb);

    /** The CRC-32 of @p bytes as PNG chunks (and zlib, gzip, Ethernet) use it: polynomial 0xEDB88320. */
    static quint32 crc32(QByteArrayView bytes);
};

} // namespace shopinbox::server
