#include "replyextractor.h"

#include <QRegularExpression>
#include <QStringList>

namespace shopinbox::server {

QString ReplyExtractor::extract(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));

    static const QRegularExpression attribution(
        QStringLiteral(
            "^\\s*(On\\s.+wrote:|Am\\s.+schrieb.*:|Op\\s.+schreef.*:|Le\\s.+a\\s+écrit\\s*:)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attributionStart(QStringLiteral("^\\s*(On|Am|Op|Le)\\s.+"),
                                                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attributionEnd(
        QStringLiteral("(wrote|schrieb|schreef|a\\s+écrit)\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression original(
        QStringLiteral("^\\s*-{2,}\\s*(Original Message|Forwarded message)\\s*-{2,}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression underscores(QStringLiteral("^\\s*_{10,}\\s*$"));
    static const QRegularExpression fromLine(QStringLiteral("^\\s*\\*?From:\\*?\\s"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentLine(QStringLiteral("^\\s*\\*?(Sent|Date):\\*?\\s"),
                                             QRegularExpression::CaseInsensitiveOption);

    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString next = i + 1 < lines.size() ? lines.at(i + 1) : QString();
        if (attribution.match(line).hasMatch())
            break;
        if (attributionStart.match(line).hasMatch() && !attributionEnd.match(line).hasMatch() &&
            attributionEnd.match(next).hasMatch() && next.size() < 120)
            break;
        if (original.match(line).hasMatch() || underscores.match(line).hasMatch())
            break;
        if (fromLine.match(line).hasMatch() && sentLine.match(next).hasMatch())
            break;
        if (line == QLatin1String("-- ") || line == QLatin1String("--"))
            break;
        if (line.trimmed().startsWith(QLatin1Char('>')))
            continue;
        kept.append(line);
    }
    // Trailing spaces of each line and blank lines at both ends are noise.
    for (QString &line : kept) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!kept.isEmpty() && kept.constLast().isEmpty())
        kept.removeLast();
    while (!kept.isEmpty() && kept.constFirst().isEmpty())
        kept.removeFirst();
    return kept.join(QLatin1Char('\n'));
}

} // namespace shopinbox::server
