#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

/**
 * @file
 * @brief Checks of request fields shared by the domain services (the messages of their refusals are part
 * of the protocol).
 */
namespace shopinbox::server::fields {

/** A plausible e-mail address of at most 254 characters. */
bool validEmail(const QString &email);

/**
 * Field @p key of @p body as a string of at most @p maxLength characters; absent or null is an empty string.
 * Nullopt with @p error set when it is not a string or too long.
 */
std::optional<QString> optionalString(const QJsonObject &body, const QString &key, int maxLength,
                                      QString *error);

/** A JSON number that is a whole id from 1 to 2^53. */
std::optional<qint64> positiveId(const QJsonValue &value);

/** An `{id}` path segment: ASCII digits only (no sign, space or anything after them), 1 to 2^53. */
std::optional<qint64> pathId(const QString &segment);

/**
 * A count from a query parameter (`limit`): @p fallback when empty; ASCII digits only, at least 1; values
 * above @p max (however many digits) are @p max. Nullopt for anything else.
 */
std::optional<int> queryCount(const QString &text, int fallback, int max);

/** Whether any string inside @p value (object keys too) holds U+0000, which no text field may contain. */
bool containsNul(const QJsonValue &value);

/** A UUID string, normalised without braces; nullopt when @p value is not one. */
std::optional<QString> clientId(const QJsonValue &value);

} // namespace shopinbox::server::fields
