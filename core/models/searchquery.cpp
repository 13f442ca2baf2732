#include "searchquery.h"

#include <QRegularExpression>

#include <algorithm>

namespace shopinbox {

namespace {

struct Token
{
    QString text;
    bool phrase = false;
    bool finished = true; ///< Followed by a space or a closing quote: not a prefix.
};

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Token token;
        if (text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            token.phrase = true;
            token.finished = close >= 0;
            token.text = text.mid(i + 1, close >= 0 ? close - i - 1 : -1);
            i = close >= 0 ? close + 1 : n;
        } else {
            qsizetype j = i;
            while (j < n && !text.at(j).isSpace() && text.at(j) != QLatin1Char('"'))
                ++j;
            token.text = text.mid(i, j - i);
            token.finished = j < n;
            i = j;
        }
        tokens.append(token);
    }
    return tokens;
}

bool searchable(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    query.m_active = !text.trimmed().isEmpty();
    const QList<Token> tokens = tokenize(text);
    QStringList parts;
    QString pendingOperator;
    int terms = 0;
    for (const Token &token : tokens) {
        if (!token.phrase && token.finished &&
            (token.text == QLatin1String("AND") || token.text == QLatin1String("OR") ||
             token.text == QLatin1String("NOT"))) {
            // An operator only between two terms; AND is what a space means anyway.
            if (terms > 0 && token.text != QLatin1String("AND"))
                pendingOperator = token.text;
            continue;
        }
        if (!searchable(token.text))
            continue;
        if (!pendingOperator.isEmpty()) {
            parts.append(pendingOperator);
            pendingOperator.clear();
        }
        QString quoted = token.text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts.append(QLatin1Char('"') + quoted + QLatin1Char('"') +
                     (token.finished ? QString() : QStringLiteral("*")));
        ++terms;
    }
    query.m_fts = parts.join(QLatin1Char(' '));

    static const QRegularExpression orderNumber(QStringLiteral("^#?(\\d{1,12})$"));
    if (tokens.size() == 1) {
        const QRegularExpressionMatch match = orderNumber.match(tokens.constFirst().text.trimmed());
        if (match.hasMatch())
            query.m_orderNumbers = {QLatin1Char('#') + match.captured(1), match.captured(1)};
    }
    return query;
}

} // namespace shopinbox
