#include "discountsearchmodel.h"

#include "api/apiclient.h"
#include "codec/jsoncodec.h"
#include "modelslog.h"
#include "serversearch.h"
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
    , m_search(new ServerSearch(api, this))
{
    connect(&m_cache, &Cache::changed, this, &DiscountSearchModel::onCacheChanged);
    connect(m_search, &ServerSearch::searchingChanged, this, &DiscountSearchModel::searchingChanged);
    connect(m_search, &ServerSearch::failed, this, [this](const QString &reason) {
        m_serverError = reason;
        searchCache();
    });
    connect(m_search, &ServerSearch::answered, this, &DiscountSearchModel::onServerAnswer);
}

DiscountSearchModel::~DiscountSearchModel() = default;

void DiscountSearchModel::setQuery(const QString &query)
{
    m_query = query;
    m_search->start(
        QStringLiteral("discounts"),
        [query](const ShopApi &api, const ApiClient::Callback &done) { api.discounts(query, done); });
}

void DiscountSearchModel::onServerAnswer(const QJsonArray &items)
{
    QList<DiscountCode> results;
    for (qsizetype i = 0; i < items.size() && results.size() < ResultLimit; ++i) {
        Decoded<DiscountCode> decoded = json::decodeDiscountCode(items.at(i), QStringLiteral("[%1]").arg(i));
        if (!decoded.ok()) {
            m_serverError = tr("The server's answer could not be read.");
            searchCache();
            return;
        }
        const DiscountCode &item = decoded.value();
        results.append(item);
    }
    m_serverError.clear();
    // What the sync has not brought yet is kept, so that it can be shared (and found offline).
    for (const DiscountCode &result : std::as_const(results)) {
        if (!m_cache.discounts().get(result.code))
            m_cache.discounts().upsert(result);
    }
    applyResults(std::move(results), Source::Server);
}

void DiscountSearchModel::setServerWait(int milliseconds)
{
    m_search->setWait(milliseconds);
}

bool DiscountSearchModel::isSearching() const
{
    return m_search->isSearching();
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
