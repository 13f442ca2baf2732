#pragma once

#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <array>
#include <climits>
#include <cstddef>
#include <optional>
#include <utility>

/**
 * @file
 * @brief The codec's building blocks, shared by the per-entity codec files (not a public API): the checked
 * readers of JSON values, the field Reader that decoders are written with, and the encoders' helpers.
 */
namespace shopinbox::json::detail {

// JSON numbers are doubles for most producers; beyond 2^53 they stop being exact, so ids and amounts
// are limited to what every client can represent.
inline constexpr qint64 MaxSafeInteger = qint64(1) << 53;
inline constexpr double MaxSafeDouble = 9007199254740992.0; // 2^53

// Values quoted in error messages are cut so that a hostile 100k-character string does not end up
// in a log line or dialog.
inline constexpr qsizetype MaxQuotedLength = 40;

QString join(const QString &path, QLatin1String key);
QString indexed(const QString &path, qsizetype index);
/** @p text in quotes, cut to MaxQuotedLength characters. */
QString quoted(const QString &text);
/** The JSON type of @p value (and a cut copy of a string), for error messages. */
QString describe(const QJsonValue &value);
DecodeError typeError(const QString &field, const char *expected, const QJsonValue &got);
Decoded<qint64> readInteger(const QJsonValue &value, const QString &field, qint64 min, qint64 max);
Decoded<bool> readBool(const QJsonValue &value, const QString &field);
Decoded<QString> readString(const QJsonValue &value, const QString &field);
Decoded<QString> readNonEmptyString(const QJsonValue &value, const QString &field);
Decoded<QString> readCurrency(const QJsonValue &value, const QString &field);
Decoded<QJsonArray> readArray(const QJsonValue &value, const QString &field);
Decoded<QJsonObject> readObject(const QJsonValue &value, const QString &field);
/** Parses a complete document that must be an object. */
Decoded<QJsonObject> parseObject(const QByteArray &text);
QJsonValue nullable(const QString &text);
QJsonValue nullable(const std::optional<qint64> &id);
QJsonValue nullableTime(const QDateTime &time);

template<typename E, std::size_t N>
Decoded<E> readEnum(const QJsonValue &value, const QString &field, const std::array<E, N> &values)
{
    Decoded<QString> text = readString(value, field);
    if (!text.ok())
        return text.error();
    QStringList allowed;
    for (const E candidate : values) {
        const QString wire = toString(candidate);
        if (wire == text.value())
            return candidate;
        allowed.append(u'"' + wire + u'"');
    }
    return DecodeError{field, QLatin1String("unknown value ") + quoted(text.value()) +
                                  QLatin1String(" (expected one of ") + allowed.join(QLatin1String(", ")) +
                                  u')'};
}

template<typename T, typename Decode>
Decoded<QList<T>> readList(const QJsonValue &value, const QString &field, const Decode &decode)
{
    Decoded<QJsonArray> array = readArray(value, field);
    if (!array.ok())
        return array.error();
    QList<T> elements;
    elements.reserve(array.value().size());
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        Decoded<T> element = decode(array.value().at(i), indexed(field, i));
        if (!element.ok())
            return element.error();
        elements.append(std::move(element).value());
    }
    return elements;
}

template<typename T> QJsonArray encodeAll(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(encode(value));
    return array;
}

enum class Rule { Required, Optional, Nullable };

/**
 * Reads the fields of one JSON object under a path. The first error wins: after it every read is a
 * no-op that returns a default, so decoders read like a plain list of fields and check once at the end.
 */
class Reader
{
public:
    Reader(const QJsonValue &value, QString path)
        : m_path(std::move(path))
    {
        if (value.isObject())
            m_object = value.toObject();
        else
            m_error = typeError(m_path, "an object", value);
    }

    bool failed() const { return m_error.has_value(); }

    QString pathOf(const char *key) const { return join(m_path, QLatin1String(key)); }

    /** Records a semantic error on @p key (e.g. an ordering rule) unless an earlier error exists. */
    void fail(const char *key, const QString &message) { failAt(pathOf(key), message); }
    void failAt(const QString &field, const QString &message)
    {
        if (!m_error)
            m_error = DecodeError{field, message};
    }

    template<typename T> Decoded<T> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

    qint64 id(const char *key) { return integer(key, 1, MaxSafeInteger); }
    std::optional<qint64> nullableId(const char *key)
    {
        return read<std::optional<qint64>>(
            key, Rule::Nullable, std::nullopt,
            [](const QJsonValue &value, const QString &field) -> Decoded<std::optional<qint64>> {
                Decoded<qint64> id = readInteger(value, field, 1, MaxSafeInteger);
                if (!id.ok())
                    return id.error();
                return std::optional<qint64>(id.value());
            });
    }
    qint64 integer(const char *key, qint64 min = -MaxSafeInteger, qint64 max = MaxSafeInteger)
    {
        return read<qint64>(key, Rule::Required, 0,
                            [min, max](const QJsonValue &value, const QString &field) {
                                return readInteger(value, field, min, max);
                            });
    }
    int int32(const char *key, int min = INT_MIN, int max = INT_MAX)
    {
        return static_cast<int>(integer(key, min, max));
    }

    bool boolean(const char *key) { return read<bool>(key, Rule::Required, false, readBool); }
    bool optionalBoolean(const char *key, bool fallback)
    {
        return read<bool>(key, Rule::Optional, fallback, readBool);
    }

    QString string(const char *key) { return read<QString>(key, Rule::Required, {}, readString); }
    QString nonEmptyString(const char *key)
    {
        return read<QString>(key, Rule::Required, {}, readNonEmptyString);
    }
    QString optionalString(const char *key) { return read<QString>(key, Rule::Optional, {}, readString); }
    QString nullableString(const char *key) { return read<QString>(key, Rule::Nullable, {}, readString); }
    QString currency(const char *key) { return read<QString>(key, Rule::Required, {}, readCurrency); }

    QDateTime time(const char *key) { return read<QDateTime>(key, Rule::Required, {}, parseTime); }
    QDateTime nullableTime(const char *key) { return read<QDateTime>(key, Rule::Nullable, {}, parseTime); }

    template<typename E, std::size_t N> E enumeration(const char *key, const std::array<E, N> &values)
    {
        return enumeration(key, values, Rule::Required, values[0]);
    }
    template<typename E, std::size_t N>
    E enumeration(const char *key, const std::array<E, N> &values, Rule rule, E fallback)
    {
        return read<E>(key, rule, fallback, [&values](const QJsonValue &value, const QString &field) {
            return readEnum(value, field, values);
        });
    }

    QJsonObject rawObject(const char *key) { return read<QJsonObject>(key, Rule::Required, {}, readObject); }

    /** A nested object, decoded by @p decode(value, path). */
    template<typename T, typename Decode> T object(const char *key, Decode decode)
    {
        return read<T>(key, Rule::Required, T{}, decode);
    }

    /** An array whose elements are decoded by @p decode(value, "key[i]"). */
    template<typename T, typename Decode> QList<T> array(const char *key, Rule rule, Decode decode)
    {
        return read<QList<T>>(key, rule, {}, [&decode](const QJsonValue &value, const QString &field) {
            return readList<T>(value, field, decode);
        });
    }

private:
    template<typename T, typename Convert> T read(const char *key, Rule rule, T fallback, Convert convert)
    {
        if (m_error)
            return fallback;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (rule == Rule::Required)
                m_error = DecodeError{pathOf(key), QStringLiteral("is required")};
            return fallback;
        }
        if (value.isNull() && rule == Rule::Nullable)
            return fallback;
        Decoded<T> decoded = convert(value, pathOf(key));
        if (!decoded.ok()) {
            m_error = decoded.error();
            return fallback;
        }
        return std::move(decoded).value();
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

} // namespace shopinbox::json::detail
