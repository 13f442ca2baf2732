#pragma once

#include <QByteArray>
#include <QString>

namespace shopinbox {

/**
 * The MIME type of an image recognised by its first bytes (at least 12): "image/png", "image/jpeg",
 * "image/gif" or "image/webp"; empty for anything else. The only formats chats carry.
 */
inline QString imageMimeType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

} // namespace shopinbox
