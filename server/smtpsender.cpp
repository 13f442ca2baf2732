#include "smtpsender.h"

#include "serverlog.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace shopinbox::server {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const std::size_t bytes = size * count;
    const qsizetype room = static_cast<qsizetype>(bytes);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = qMin(room, left);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, static_cast<size_t>(n));
    upload->offset += n;
    return static_cast<size_t>(n);
}

} // namespace

void SmtpSender::initialize()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString SmtpSender::send(const SmtpSettings &settings, const QString &from, const QStringList &recipients,
                         const QByteArray &message)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return QStringLiteral("libcurl could not be initialised");
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = settings.url.toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    curl_slist *rcpt = nullptr;
    for (const QString &recipient : recipients)
        rcpt = curl_slist_append(rcpt, ('<' + recipient.toUtf8() + '>').constData());
    Upload upload{&message, 0};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(settings.timeoutMs));
    if (settings.url.startsWith(QLatin1String("smtp://"), Qt::CaseInsensitive))
        curl_easy_setopt(curl, CURLOPT_USE_SSL,
                         static_cast<long>(settings.requireStartTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    if (!settings.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));

    const CURLcode code = curl_easy_perform(curl);
    QString error;
    if (code != CURLE_OK) {
        long response = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
        error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        if (response > 0)
            error += QStringLiteral(" (SMTP %1)").arg(response);
    }
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    return error;
}

} // namespace shopinbox::server
