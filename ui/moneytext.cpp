#include "moneytext.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

namespace shopinbox {

namespace {
/** ISO 4217 currencies without minor units (their amounts are whole units). */
int decimalsOf(const QString &currency)
{
    static const QStringList zeroDecimals = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList threeDecimals = {
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    if (zeroDecimals.contains(currency))
        return 0;
    if (threeDecimals.contains(currency))
        return 3;
    return 2;
}

/**
 * The symbol to show for @p currency: the currency's own symbol ("€" for EUR, also in en_US) when exactly one
 * currency uses it among Qt's locales, else the ISO code ("$" stands for several dollars, so CAD stays CAD
 * outside Canada). Computed once per currency.
 */
QString symbolOf(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> unique = [] {
        QHash<QString, QString> symbolByCode;
        QHash<QString, QSet<QString>> codesBySymbol;
        const QList<QLocale> all =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = l.currencySymbol(QLocale::CurrencySymbol);
            if (code.isEmpty() || symbol.isEmpty() || symbol == code)
                continue;
            codesBySymbol[symbol].insert(code);
            if (!symbolByCode.contains(code))
                symbolByCode.insert(code, symbol);
        }
        QHash<QString, QString> result;
        for (auto it = symbolByCode.cbegin(); it != symbolByCode.cend(); ++it) {
            if (codesBySymbol.value(it.value()).size() == 1)
                result.insert(it.key(), it.value());
        }
        return result;
    }();
    return unique.value(currency);
}

} // namespace

QString moneyText(qint64 minorUnits, const QString &currency)
{
    const int decimals = decimalsOf(currency);
    double divisor = 1.0;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10.0;
    const QLocale locale;
    const double amount = static_cast<double>(minorUnits) / divisor;
    const QString symbol = symbolOf(currency, locale);
    if (!symbol.isEmpty())
        return locale.toCurrencyString(amount, symbol, decimals);
    // The ISO code stands apart from the number ("CAD 12.00", "12,00 CAD"), wherever the locale puts it.
    const QString marker = QStringLiteral("\u00A4");
    const QString shape = locale.toCurrencyString(1.0, marker, 0);
    const QString code = shape.startsWith(marker) ? currency + QChar(0x00A0) : currency;
    return locale.toCurrencyString(amount, code, decimals);
}

} // namespace shopinbox
