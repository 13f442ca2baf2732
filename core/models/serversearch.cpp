#include "serversearch.h"

#include "modelslog.h"

#include <QJsonDocument>
#include <QPointer>

namespace shopinbox {

ServerSearch::ServerSearch(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_wait.setSingleShot(true);
    m_wait.setInterval(DefaultWaitMs);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        ++m_generation; // the late answer is dropped
        qCInfo(lcModels) << "search: no answer from the server in time, the cache answers";
        setSearching(false);
        emit failed(tr("The server did not answer in time."));
    });
}

void ServerSearch::start(const QString &what, const Request &request)
{
    const quint64 generation = ++m_generation;
    m_wait.stop();
    if (!m_api) {
        setSearching(false);
        emit failed(QString());
        return;
    }
    setSearching(true);
    m_wait.start();
    QPointer<ServerSearch> self(this);
    request(ShopApi(*m_api), [self, generation, what](const ApiResponse &response) {
        if (!self || generation != self->m_generation)
            return; // gone, or an answer to an older query
        self->m_wait.stop();
        self->setSearching(false);
        if (!response.ok()) {
            const QString reason = response.errorMessage.isEmpty() ? tr("The server could not be reached.")
                                                                   : response.errorMessage;
            qCInfo(lcModels).noquote() << "search" << what << "falls back to the cache:" << reason;
            emit self->failed(reason);
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (!document.isArray()) {
            emit self->failed(tr("The server's answer could not be read."));
            return;
        }
        emit self->answered(document.array());
    });
}

void ServerSearch::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
}

} // namespace shopinbox
