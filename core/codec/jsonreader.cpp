#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace shopinbox::json {

namespace {

// Digits of a fixed count at @p pos, ASCII only (QChar::isDigit() would accept other scripts).
bool takeDigits(QStringView text, qsizetype &pos, int count, int &out)
{
    if (pos + count > text.size())
        return false;
    int number = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        number = number * 10 + (c - u'0');
    }
    pos += count;
    out = number;
    return true;
}

bool takeChar(QStringView text, qsizetype &pos, char16_t expected, char16_t alternative = 0)
{
    if (pos >= text.size())
        return false;
    const char16_t c = text[pos].unicode();
    if (c != expected && (alternative == 0 || c != alternative))
        return false;
    ++pos;
    return true;
}

// RFC 3339 date-time: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM). Written by hand because
// QDateTime::fromString(Qt::ISODate) also accepts forms RFC 3339 does not (no seconds, no offset).
std::optional<QDateTime> parseRfc3339(QStringView text)
{
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!takeDigits(text, pos, 4, year) || !takeChar(text, pos, u'-') || !takeDigits(text, pos, 2, month) ||
        !takeChar(text, pos, u'-') || !takeDigits(text, pos, 2, day) || !takeChar(text, pos, u'T', u't') ||
        !takeDigits(text, pos, 2, hour) || !takeChar(text, pos, u':') || !takeDigits(text, pos, 2, minute) ||
        !takeChar(text, pos, u':') || !takeDigits(text, pos, 2, second))
        return std::nullopt;

    // QDateTime holds milliseconds: further digits are dropped (truncated, so never rounded up into
    // the next second).
    int millis = 0;
    if (takeChar(text, pos, u'.')) {
        int digits = 0;
        int digit = 0;
        while (takeDigits(text, pos, 1, digit)) {
            if (digits < 3)
                millis = millis * 10 + digit;
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }

    int offsetSeconds = 0;
    if (!takeChar(text, pos, u'Z', u'z')) {
        if (pos >= text.size())
            return std::nullopt;
        const char16_t sign = text[pos].unicode();
        if (sign != u'+' && sign != u'-')
            return std::nullopt;
        ++pos;
        int offsetHours = 0, offsetMinutes = 0;
        if (!takeDigits(text, pos, 2, offsetHours) || !takeChar(text, pos, u':') ||
            !takeDigits(text, pos, 2, offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
    }
    if (pos != text.size())
        return std::nullopt;

    // QTime has no leap second (ss = 60); such times are refused rather than silently moved.
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime utc(date, time, Qt::UTC);
    utc = utc.addSecs(-offsetSeconds);
    // An offset can push a time at the edge of the range out of the four-digit years formatTime() writes.
    if (!utc.isValid() || utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

} // namespace

namespace detail {

QString join(const QString &path, QLatin1String key)
{
    if (path.isEmpty())
        return QString(key);
    return path + u'.' + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString quoted(const QString &text)
{
    QString shown = text;
    if (shown.size() > MaxQuotedLength) {
        shown.truncate(MaxQuotedLength);
        if (shown.back().isHighSurrogate())
            shown.chop(1);
        shown += QLatin1String("...");
    }
    return u'"' + shown + u'"';
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

DecodeError typeError(const QString &field, const char *expected, const QJsonValue &got)
{
    return {field,
            QLatin1String("expected ") + QLatin1String(expected) + QLatin1String(", got ") + describe(got)};
}

Decoded<qint64> readInteger(const QJsonValue &value, const QString &field, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return typeError(field, "an integer", value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return DecodeError{field, QLatin1String("expected an integer, got ") + QString::number(number)};
    if (std::fabs(number) > MaxSafeDouble)
        return DecodeError{field, QStringLiteral("out of range (magnitude above 2^53)")};
    // Qt keeps integers parsed from text as qint64, and toDouble() rounds 2^53 + 1 down to 2^53: check
    // the exact value too.
    const qint64 integer = value.toInteger();
    if (integer > MaxSafeInteger || integer < -MaxSafeInteger)
        return DecodeError{field, QStringLiteral("out of range (magnitude above 2^53)")};
    if (integer < min)
        return DecodeError{field, QLatin1String("must be at least ") + QString::number(min) +
                                      QLatin1String(", got ") + QString::number(integer)};
    if (integer > max)
        return DecodeError{field, QLatin1String("must be at most ") + QString::number(max) +
                                      QLatin1String(", got ") + QString::number(integer)};
    return integer;
}

Decoded<bool> readBool(const QJsonValue &value, const QString &field)
{
    if (!value.isBool())
        return typeError(field, "a boolean", value);
    return value.toBool();
}

Decoded<QString> readString(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return typeError(field, "a string", value);
    QString text = value.toString();
    if (text.size() > MaxStringLength)
        return DecodeError{field, QLatin1String("too long (") + QString::number(text.size()) +
                                      QLatin1String(" characters, at most ") +
                                      QString::number(MaxStringLength) + u')'};
    return text;
}

Decoded<QString> readNonEmptyString(const QJsonValue &value, const QString &field)
{
    Decoded<QString> text = readString(value, field);
    if (text.ok() && text.value().isEmpty())
        return DecodeError{field, QStringLiteral("must not be empty")};
    return text;
}

Decoded<QString> readCurrency(const QJsonValue &value, const QString &field)
{
    Decoded<QString> text = readString(value, field);
    if (!text.ok())
        return text;
    const QString &code = text.value();
    bool valid = code.size() == 3;
    for (const QChar c : code)
        valid = valid && c.unicode() >= u'A' && c.unicode() <= u'Z';
    if (!valid)
        return DecodeError{field,
                           QLatin1String("must be three upper-case letters (ISO 4217), got ") + quoted(code)};
    return text;
}

Decoded<QJsonArray> readArray(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return typeError(field, "an array", value);
    QJsonArray array = value.toArray();
    if (array.size() > MaxArrayLength)
        return DecodeError{field, QLatin1String("too long (") + QString::number(array.size()) +
                                      QLatin1String(" elements, at most ") + QString::number(MaxArrayLength) +
                                      u')'};
    return array;
}

Decoded<QJsonObject> readObject(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return typeError(field, "an object", value);
    return value.toObject();
}

Decoded<QJsonObject> parseObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return DecodeError{QString(), QLatin1String("invalid JSON: ") + error.errorString() +
                                          QLatin1String(" at offset ") + QString::number(error.offset)};
    if (!document.isObject())
        return DecodeError{QString(), document.isArray() ? QStringLiteral("expected an object, got an array")
                                                         : QStringLiteral("expected an object")};
    return document.object();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace detail

using namespace detail;

QString formatTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.toUTC();
    const QDate date = t.date();
    const QTime time = t.time();
    if (date.year() < 0 || date.year() > 9999) // outside what four digits hold: the general path
        return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                                 time.hour(), time.minute(), time.second(), time.msec());
    // Every event carries two or three of these: digits written directly (asprintf was 5 % of the server's
    // time per chat message under load).
    char16_t text[25] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

Decoded<QDateTime> parseTime(const QJsonValue &value, const QString &field)
{
    Decoded<QString> text = readString(value, field);
    if (!text.ok())
        return text.error();
    std::optional<QDateTime> time = parseRfc3339(text.value());
    if (!time)
        return DecodeError{field, QLatin1String("expected an RFC 3339 time, got ") + quoted(text.value())};
    return *time;
}

} // namespace shopinbox::json
