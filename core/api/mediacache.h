#pragma once

#include "domain/clock.h"
#include <QHash>

#include <QObject>
#include <QSet>
#include <QString>

namespace shopinbox {

class ApiClient;

/**
 * @brief The images messages and products show (`/media/...` on the shop server), kept on disk so they stay
 * visible offline.
 *
 * A URL is fetched once; the bytes are stored only when they are an image (PNG, JPEG, GIF or WebP by their
 * magic bytes) of at most 10 MiB. `file://` URLs (an image still being uploaded) are served from the file
 * itself. A failed fetch is not retried for a minute, so a painting view never floods the server.
 */
class MediaCache : public QObject
{
    Q_OBJECT
public:
    /** @p directory is created when needed; @p api supplies the server and token. */
    /** @p clock times the pause before a failed address is asked again. */
    MediaCache(ApiClient &api, QString directory, const Clock &clock = systemClock(),
               QObject *parent = nullptr);

    /** The local file holding @p url's image, or an empty string when it is not (yet) here. */
    QString localPath(const QString &url) const;
    /** localPath() when known; otherwise starts fetching (once) and returns an empty string. */
    QString request(const QString &url);

signals:
    /** @p url's image is now at localPath(url). */
    void fetched(const QString &url);
    void failed(const QString &url, const QString &reason);

private:
    QString fileFor(const QString &url) const;

    ApiClient &m_api;
    const Clock &m_clock;
    QString m_directory;
    QSet<QString> m_inFlight;
    QHash<QString, qint64> m_failedAt; ///< msecs since epoch of the last failure per URL.
};

} // namespace shopinbox
