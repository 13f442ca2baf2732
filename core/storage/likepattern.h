#pragma once

#include <QString>

namespace shopinbox {

/** A LIKE pattern matching @p text anywhere, with %, _ and \ escaped; use with ESCAPE '\'. */
inline QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace shopinbox
