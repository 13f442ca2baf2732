#pragma once

#include "codec/decoded.h"
#include "serverlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>

/**
 * @file
 * @brief How the repositories write and read the values of columns: NULL for empty text, ids and times,
 * times as UTC milliseconds, JSON documents as compact text.
 */
namespace shopinbox::server::sql {

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

inline QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

/** Ids as bind values. */
inline QVariantList ids(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

inline QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

/**
 * A column holding a whole wire object (messages, products, carts keep theirs beside the columns queries
 * need: reading is one decode, and the stored form is exactly what the API returns). Nullopt, logged, when
 * it does not decode.
 */
template<typename T, typename Decoder>
std::optional<T> decodeDocument(const QVariant &column, Decoder decoder, const char *what)
{
    const Decoded<T> decoded = decoder(QJsonValue(jsonObject(column)), QString());
    if (!decoded.ok()) {
        qCWarning(lcServerDb) << "stored" << what << "does not decode:" << decoded.error().toString();
        return std::nullopt;
    }
    return decoded.value();
}

} // namespace shopinbox::server::sql
