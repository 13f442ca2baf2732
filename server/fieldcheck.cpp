#include "fieldcheck.h"

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

} // namespace shopinbox::server::fields
