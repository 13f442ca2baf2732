#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace shopinbox {

/**
 * @brief A saved reply of the shop: a short text staff insert in the composer by typing `/` and its
 * shortcut (e.g. `/shipping`). Shared by all staff of the shop.
 */
struct SavedReply
{
    qint64 id = 0;
    QString shortcut;    ///< Unique per shop; see isValidSavedReplyShortcut().
    QString text;        ///< Inserted verbatim; 1 to MaxSavedReplyTextLength characters, not blank.
    QDateTime updatedAt; ///< UTC time of the last change.

    friend bool operator==(const SavedReply &, const SavedReply &) = default;
};

/** Longest shortcut, in characters. */
inline constexpr int MaxSavedReplyShortcutLength = 32;
/** Longest saved reply text, in characters. */
inline constexpr int MaxSavedReplyTextLength = 2000;

/**
 * A shortcut is 1 to 32 characters of `a`-`z`, `0`-`9`, `-` and `_` (ASCII only; upper case is refused, not
 * folded, so what the merchant typed is what gets stored). Callers trim surrounding white space first.
 */
inline bool isValidSavedReplyShortcut(QStringView shortcut)
{
    if (shortcut.isEmpty() || shortcut.size() > MaxSavedReplyShortcutLength)
        return false;
    for (const QChar c : shortcut) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
            return false;
    }
    return true;
}

/** A text is valid when it has 1 to 2000 characters and is not only white space. */
inline bool isValidSavedReplyText(QStringView text)
{
    return text.size() <= MaxSavedReplyTextLength && !text.trimmed().isEmpty();
}

} // namespace shopinbox
