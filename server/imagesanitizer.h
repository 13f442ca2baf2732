#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace shopinbox::server {

/**
 * @brief Rewrites an uploaded image so that only what draws it is stored: the container of a PNG, JPEG, GIF
 * or WebP file is walked structure by structure, the parts that carry pixels, colours and animation are
 * kept, and everything else — text and comment chunks, XMP, unknown chunks, and any bytes after the image's
 * end (where an HTML or SVG "polyglot" hides) — is dropped.
 *
 * The server does not link QtGui (a decode and re-encode with QImage would pull in the GUI stack), so the
 * pixels are not decoded here: a file that is not well-formed *as a container* is refused, one whose
 * compressed pixel data is damaged is stored and shown broken, as it was sent. Exif (orientation) is kept
 * in JPEG. Together with `X-Content-Type-Options: nosniff` and `Content-Security-Policy: default-src 'none'`
 * on /media, a stored upload is an image and nothing else.
 */
class ImageSanitizer
{
public:
    /** The cleaned image of MIME type @p type ("image/png", ...); nullopt with @p error when malformed. */
    static std::optional<QByteArray> sanitize(const QByteArray &bytes, const QString &type, QString *error);

private:
    static std::optional<QByteArray> png(const QByteArray &bytes, QString *error);
    static std::optional<QByteArray> jpeg(const QByteArray &bytes, QString *error);
    static std::optional<QByteArray> gif(const QByteArray &bytes, QString *error);
    static std::optional<QByteArray> webp(const QByteArray &bytes, QString *error);
};

} // namespace shopinbox::server
