#include "fieldcheck.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace shopinbox::server::fields {

bool validEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

std::optional<QString> optionalString(const QJsonObject &body, const QString &key, int maxLength,
                                      QString *error)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        *error = QStringLiteral("%1 must be a string").arg(key);
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        *error = QStringLiteral("%1 is longer than %2 characters").arg(key).arg(maxLength);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> positiveId(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 1 || d > 9007199254740992.0 || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<QString> clientId(const QJsonValue &value)
{
    if (!value.isString() || QUuid::fromString(value.toString()).isNull())
        return std::nullopt;
    return QUuid::fromString(value.toString()).toString(QUuid::WithoutBraces);
}

std::optional<qint64> pathId(const QString &segment)
{
    constexpr qint64 MaxId = qint64(1) << 53;
    if (segment.isEmpty() || segment.size() > 16)
        return std::nullopt;
    qint64 id = 0;
    for (const QChar c : segment) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        id = id * 10 + (c.unicode() - '0');
    }
    return id >= 1 && id <= MaxId ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<int> queryCount(const QString &text, int fallback, int max)
{
    if (text.isEmpty())
        return fallback;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = qMin<qint64>(value * 10 + (c.unicode() - '0'), qint64(max) + 1); // clamps, never overflows
    }
    if (value < 1)
        return std::nullopt;
    return static_cast<int>(qMin<qint64>(value, max));
}

bool containsNul(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(QChar(0));
    case QJsonValue::Array:
        for (const auto &item : value.toArray()) {
            if (containsNul(item))
                return true;
        }
        return false;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().contains(QChar(0)) || containsNul(it.value()))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace shopinbox::server::fields
