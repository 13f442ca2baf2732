#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace shopinbox {

/**
 * @brief One entry of the shop's event log, as sent by `GET /api/v1/sync` and the stream.
 *
 * @ref data holds the entity named by @ref type (see docs/protocol.md); it is decoded by EventApplier.
 */
struct ServerEvent
{
    qint64 seq = 0; ///< Strictly increasing per shop, gap-free.
    QString type;   ///< e.g. "message.created".
    QDateTime at;   ///< UTC time the change was committed.
    QJsonObject data;

    friend bool operator==(const ServerEvent &, const ServerEvent &) = default;
};

} // namespace shopinbox
