#include "moneytext.h"

#include <QLocale>
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
} // namespace

QString moneyText(qint64 minorUnits, const QString &currency)
{
    const int decimals = decimalsOf(currency);
    double divisor = 1.0;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10.0;
    const QLocale locale;
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : currency;
    return locale.toCurrencyString(static_cast<double>(minorUnits) / divisor, symbol, decimals);
}

} // namespace shopinbox
