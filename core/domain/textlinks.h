#pragma once

#include <QStringList>

namespace shopinbox {

/**
 * The links in a plain-text message, in order: http(s) URLs and mailto: addresses only (nothing else is ever
 * opened). The punctuation that ends the sentence around a link is not part of it ("…/GB277980367552." opens
 * without the full stop); a closing bracket stays when the link opened one ("…/Wool_(fabric)").
 */
QStringList findLinks(const QString &text);

/** Where a link found by findLinkSpans() sits in its text. */
struct TextLink
{
    qsizetype start = 0;  ///< Offset of its first character.
    qsizetype length = 0; ///< Its characters (the URL as it is written).
    QString url;
};

/** The links of findLinks() with their places in @p text, in order. */
QList<TextLink> findLinkSpans(const QString &text);

} // namespace shopinbox
