#include "thumbnailcache.h"

#include "api/mediacache.h"

#include <QImageReader>

namespace shopinbox {

ThumbnailCache::ThumbnailCache(MediaCache &media, QObject *parent)
    : QObject(parent)
    , m_media(media)
    , m_pixmaps(qsizetype{32} * 1024) // cost in KiB: about 32 MiB of decoded thumbnails
{
    connect(&m_media, &MediaCache::fetched, this, [this](const QString &url) {
        m_failed.remove(url);
        emit changed();
    });
    connect(&m_media, &MediaCache::failed, this, [this](const QString &url) {
        m_failed.insert(url);
        emit changed();
    });
}

QPixmap ThumbnailCache::pixmap(const QString &url, const QSize &box)
{
    const QString key = url + QLatin1Char('@') + QString::number(box.width()) + QLatin1Char('x') +
                        QString::number(box.height());
    if (const QPixmap *cached = m_pixmaps.object(key))
        return *cached;
    const QString path = m_media.request(url);
    if (path.isEmpty())
        return {};
    // Decode straight to the thumbnail size: a 4000 px photo never becomes a full-size image in memory.
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && (size.width() > box.width() || size.height() > box.height())) {
        size.scale(box, Qt::KeepAspectRatio);
        reader.setScaledSize(size);
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        m_failed.insert(url);
        return {};
    }
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    QPixmap result = *pixmap;
    m_pixmaps.insert(key, pixmap, qMax<qsizetype>(1, pixmap->width() * pixmap->height() * 4 / 1024));
    return result;
}

QPixmap ThumbnailCache::fullSize(const QString &url)
{
    const QString path = m_media.request(url);
    if (path.isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return QPixmap::fromImage(reader.read());
}

} // namespace shopinbox
