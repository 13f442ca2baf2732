#include "discountsearchmodel.h"

#include "api/apiclient.h"
#include "codec/jsoncodec.h"
#include "modelslog.h"
#include "storage/cache.h"
#include "storage/discountstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace shopinbox {

DiscountSearchModel::DiscountSearchModel(Cache &cache, ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_api(api)
{
    connect(&m_cache, &Cache::changed, this, &DiscountSearchModel::onCacheChanged);
    m_serverWait.setSingleShot(true);
    m_serverWait.setInterval(ServerWaitMs);
    connect(&m_serverWait, &QTimer::timeout, this, [this] {
        // No answer yet (a dead connection): the cache answers, and the server's late answer is dropped.
        ++m_generation;
        qCInfo(lcModels) << "discount search: no answer from the server, the cache answers";
        m_serverError = tr("The server did not answer in time.");
        setSearching(false);
        searchCache();
    });
}

DiscountSearchModel::~DiscountSearchModel() = default;

void DiscountSearchModel::setQuery(const QString &query)
{
    m_query = query;
    const quint64 generation = ++m_generation;
    m_serverWait.stop();
    if (!m_api) {
        m_serverError.clear();
        setSearching(false);
        searchCache();
        return;
    }
    setSearching(true);
    m_serverWait.start();
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), query);
    QPointer<DiscountSearchModel> self(this);
    m_api->get(QStringLiteral("/api/v1/discounts"), params, [self, generation](const ApiResponse &response) {
        if (!self || generation != self->m_generation)
            return; // gone, or an answer to an older query
        self->m_serverWait.stop();
        self->setSearching(false);
        QString error;
        QList<DiscountCode> codes;
        if (response.ok()) {
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            if (!document.isArray()) {
                error = tr("The server's answer could not be read.");
            } else {
                const QJsonArray array = document.array();
                for (qsizetype i = 0; i < array.size() && codes.size() < ResultLimit; ++i) {
                    Decoded<DiscountCode> code =
                        json::decodeDiscountCode(array.at(i), QStringLiteral("[%1]").arg(i));
                    if (!code.ok()) {
                        error = tr("The server's answer could not be read.");
                        break;
                    }
                    codes.append(std::move(code).value());
                }
            }
        } else {
            error = response.errorMessage.isEmpty() ? tr("The server could not be reached.")
                                                    : response.errorMessage;
        }
        if (!error.isEmpty()) {
            qCInfo(lcModels) << "discount search falls back to the cache:" << error;
            self->m_serverError = error;
            self->searchCache();
            return;
        }
        self->m_serverError.clear();
        // Codes the sync has not brought yet are kept, so that they can be shared (and found offline).
        for (const DiscountCode &code : std::as_const(codes)) {
            if (!self->m_cache.discounts().get(code.code))
                self->m_cache.discounts().upsert(code);
        }
        self->applyResults(std::move(codes), Source::Server);
    });
}

void DiscountSearchModel::searchCache()
{
    applyResults(m_cache.isOpen() ? m_cache.discounts().search(m_query, ResultLimit) : QList<DiscountCode>(),
                 Source::Cache);
}

void DiscountSearchModel::applyResults(QList<DiscountCode> codes, Source source)
{
    beginResetModel();
    m_rows = std::move(codes);
    m_source = source;
    endResetModel();
    emit searchFinished();
}

void DiscountSearchModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
}

void DiscountSearchModel::onCacheChanged(const CacheChanges &changes)
{
    if (!changes.discounts || !m_cache.isOpen())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        const std::optional<DiscountCode> current = m_cache.discounts().get(m_rows.at(row).code);
        if (!current || *current == m_rows.at(row))
            continue;
        m_rows[row] = *current;
        emit dataChanged(index(row), index(row));
    }
}

int DiscountSearchModel::rowOf(const QString &code) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

DiscountCode DiscountSearchModel::discountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : DiscountCode();
}

int DiscountSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DiscountSearchModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const DiscountCode &code = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return code.code;
    case Qt::ToolTipRole:
    case SummaryRole:
        return code.summary;
    case ActiveRole:
        return code.active;
    default:
        return {};
    }
}

Qt::ItemFlags DiscountSearchModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    // Inactive codes stay selectable: the picker explains why they cannot be shared.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> DiscountSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(SummaryRole, "summary");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace shopinbox
