#pragma once

#include <QString>

namespace shopinbox::server {

/**
 * @brief The new text of a mail reply, without the quoted history and signature mail clients add.
 *
 * Cuts at the first of: an attribution line ("On <date>, <someone> wrote:", also split over two lines, and
 * the German/Dutch/French forms "Am … schrieb …:", "Op … schreef …:", "Le … a écrit :"), "-----Original
 * Message-----", an Outlook separator line of underscores or a "From:" line followed by "Sent:"/"Date:",
 * the signature delimiter "-- ". Lines starting with ">" are dropped wherever they are. Trailing blank lines
 * go; line breaks within the reply stay.
 */
class ReplyExtractor
{
public:
    static QString extract(const QString &text);
};

} // namespace shopinbox::server
