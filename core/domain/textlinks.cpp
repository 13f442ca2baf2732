#include "textlinks.h"

#include <QRegularExpression>

namespace shopinbox {

QStringList findLinks(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("(?:https?://|mailto:)[^\\s<>\"]+"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QString trailing = QStringLiteral(".,;:!?'\u2019\u201d)]}");
    QStringList found;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        QString url = it.next().captured();
        while (!url.isEmpty() && trailing.contains(url.back())) {
            const QChar last = url.back();
            // A bracket the link itself opened belongs to it.
            const QChar open = last == u')' ? u'(' : last == u']' ? u'[' : last == u'}' ? u'{' : QChar();
            if (!open.isNull() && url.count(open) >= url.count(last))
                break;
            url.chop(1);
        }
        const qsizetype scheme = url.indexOf(QLatin1Char(':'));
        if (url.size() > scheme + 3 ||
            (url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) && url.size() > 7))
            found.append(url);
    }
    return found;
}

} // namespace shopinbox
