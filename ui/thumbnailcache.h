#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace shopinbox {

class MediaCache;

/**
 * @brief Decoded, scaled images for the delegates, from the session's MediaCache.
 *
 * pixmap() never blocks on the network: it returns a null pixmap and asks MediaCache to fetch; changed()
 * tells the views to repaint once the image is here. Decoded thumbnails are kept in a bounded QCache.
 */
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(MediaCache &media, QObject *parent = nullptr);

    /** @p url's image scaled to fit @p box (never enlarged), or a null pixmap while it is not available. */
    QPixmap pixmap(const QString &url, const QSize &box);
    /** The full-size image at @p url, or a null pixmap. */
    QPixmap fullSize(const QString &url);
    /** Whether fetching @p url failed (the delegate then shows "image unavailable" instead of "loading"). */
    bool failed(const QString &url) const { return m_failed.contains(url); }

signals:
    void changed();

private:
    MediaCache &m_media;
    QCache<QString, QPixmap> m_pixmaps;
    QSet<QString> m_failed;
};

} // namespace shopinbox
