#include "textlinks.h"

#include <QRegularExpression>

namespace shopinbox {

QList<TextLink> findLinkSpans(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("(?:https?://|mailto:)[^\\s<>\"]+"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QString trailing = QStringLiteral(".,;:!?'\u2019\u201d)]}");
    QList<TextLink> found;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString url = match.captured();
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
            found.append(TextLink{match.capturedStart(), url.size(), url});
    }
    return found;
}

QStringList findLinks(const QString &text)
{
    QStringList urls;
    for (const TextLink &link : findLinkSpans(text))
        urls.append(link.url);
    return urls;
}

} // namespace shopinbox
