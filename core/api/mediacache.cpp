#include "mediacache.h"

#include "apilog.h"
#include "codec/imagetype.h"
#include "shopapi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace shopinbox {

namespace {
constexpr qint64 MaxBytes = qint64{10} * 1024 * 1024;
constexpr qint64 RetryAfterMs = qint64{60} * 1000;
} // namespace

MediaCache::MediaCache(ApiClient &api, QString directory, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_directory(std::move(directory))
{
}

QString MediaCache::fileFor(const QString &url) const
{
    return m_directory + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString MediaCache::localPath(const QString &url) const
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url);
    if (parsed.isLocalFile()) {
        const QString path = parsed.toLocalFile();
        return QFileInfo::exists(path) ? path : QString();
    }
    const QString path = fileFor(url);
    return QFileInfo::exists(path) ? path : QString();
}

QString MediaCache::request(const QString &url)
{
    QString path = localPath(url);
    if (!path.isEmpty() || url.isEmpty() || QUrl(url).isLocalFile() || m_inFlight.contains(url))
        return path;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (now - m_failedAt.value(url, -RetryAfterMs) < RetryAfterMs)
        return {};
    // Only the server's own media: an absolute URL elsewhere would send our token to a stranger.
    const QUrl parsed(url);
    if (!parsed.isRelative() || !parsed.path().startsWith(QStringLiteral("/media/"))) {
        m_failedAt.insert(url, now);
        emit failed(url, tr("not a shop media address"));
        return {};
    }
    m_inFlight.insert(url);
    ShopApi(m_api).media(parsed.path(), [this, url](const ApiResponse &response) {
        m_inFlight.remove(url);
        QString reason;
        if (!response.ok())
            reason = response.errorMessage;
        else if (response.body.size() > MaxBytes)
            reason = tr("larger than 10 MiB");
        else if (imageMimeType(response.body).isEmpty())
            reason = tr("not a PNG, JPEG, GIF or WebP image");
        if (reason.isEmpty()) {
            QDir().mkpath(m_directory);
            QSaveFile file(fileFor(url));
            if (!file.open(QIODevice::WriteOnly) || file.write(response.body) != response.body.size() ||
                !file.commit())
                reason = tr("cannot be stored: %1").arg(file.errorString());
        }
        if (!reason.isEmpty()) {
            qCInfo(lcApi).noquote() << "media" << url << "not fetched:" << reason;
            m_failedAt.insert(url, m_clock.nowUtc().toMSecsSinceEpoch());
            emit failed(url, reason);
            return;
        }
        emit fetched(url);
    });
    return {};
}

} // namespace shopinbox
