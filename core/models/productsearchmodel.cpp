#include "productsearchmodel.h"

#include "api/apiclient.h"
#include "codec/jsoncodec.h"
#include "modelslog.h"
#include "serversearch.h"
#include "storage/cache.h"
#include "storage/productstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

#include <limits>

namespace shopinbox {

ProductSearchModel::ProductSearchModel(Cache &cache, ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_search(new ServerSearch(api, this))
{
    connect(&m_cache, &Cache::changed, this, &ProductSearchModel::onCacheChanged);
    connect(m_search, &ServerSearch::searchingChanged, this, &ProductSearchModel::searchingChanged);
    connect(m_search, &ServerSearch::failed, this, [this](const QString &reason) {
        m_serverError = reason;
        searchCache();
    });
    connect(m_search, &ServerSearch::answered, this, &ProductSearchModel::onServerAnswer);
}

ProductSearchModel::~ProductSearchModel() = default;

void ProductSearchModel::setQuery(const QString &query)
{
    m_query = query;
    m_search->start(QStringLiteral("products"), [query](const ShopApi &api, const ApiClient::Callback &done) {
        api.products(query, ResultLimit, done);
    });
}

void ProductSearchModel::onServerAnswer(const QJsonArray &items)
{
    QList<Product> results;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Decoded<Product> decoded = json::decodeProduct(items.at(i), QStringLiteral("[%1]").arg(i));
        if (!decoded.ok()) {
            m_serverError = tr("The server's answer could not be read.");
            searchCache();
            return;
        }
        const Product &product = decoded.value();
        if (product.publishedOnlineStore && !product.variants.isEmpty())
            results.append(product);
    }
    m_serverError.clear();
    // What the sync has not brought yet is kept, so that it can be shared (and found offline).
    for (const Product &result : std::as_const(results)) {
        if (!m_cache.products().get(result.id))
            m_cache.products().upsert(result);
    }
    applyResults(std::move(results), Source::Server);
}

void ProductSearchModel::setServerWait(int milliseconds)
{
    m_search->setWait(milliseconds);
}

bool ProductSearchModel::isSearching() const
{
    return m_search->isSearching();
}

void ProductSearchModel::searchCache()
{
    applyResults(m_cache.isOpen() ? m_cache.products().searchPublished(m_query, ResultLimit)
                                  : QList<Product>(),
                 Source::Cache);
}

void ProductSearchModel::applyResults(QList<Product> products, Source source)
{
    beginResetModel();
    m_rows = std::move(products);
    m_source = source;
    endResetModel();
    emit searchFinished();
}

void ProductSearchModel::onCacheChanged(const CacheChanges &changes)
{
    if (!changes.products || !m_cache.isOpen())
        return;
    bool selectionChangedNow = false;
    for (qsizetype i = m_selected.size() - 1; i >= 0; --i) {
        const std::optional<Product> current = m_cache.products().get(m_selected.at(i).id);
        if (!current)
            continue;
        if (!current->publishedOnlineStore || current->variants.isEmpty()) {
            m_selected.removeAt(i);
            selectionChangedNow = true;
        } else {
            m_selected[i] = *current;
        }
    }
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        const std::optional<Product> current = m_cache.products().get(m_rows.at(row).id);
        if (!current || *current == m_rows.at(row))
            continue;
        if (!current->publishedOnlineStore || current->variants.isEmpty()) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else {
            m_rows[row] = *current;
            emit dataChanged(index(row), index(row));
        }
    }
    if (selectionChangedNow)
        emit selectionChanged();
}

int ProductSearchModel::selectedIndex(qint64 productId) const
{
    for (qsizetype i = 0; i < m_selected.size(); ++i) {
        if (m_selected.at(i).id == productId)
            return static_cast<int>(i);
    }
    return -1;
}

QList<qint64> ProductSearchModel::selectedProductIds() const
{
    QList<qint64> ids;
    ids.reserve(m_selected.size());
    for (const Product &product : m_selected)
        ids.append(product.id);
    return ids;
}

bool ProductSearchModel::setSelected(qint64 productId, bool selected)
{
    const int row = rowOf(productId);
    const int at = selectedIndex(productId);
    if (selected) {
        if (at >= 0)
            return true;
        if (row < 0)
            return false;
        if (m_selected.size() >= MaxSelected) {
            emit selectionRefused();
            return false;
        }
        m_selected.append(m_rows.at(row));
    } else {
        if (at < 0)
            return true;
        m_selected.removeAt(at);
    }
    if (row >= 0)
        emit dataChanged(index(row), index(row), {Qt::CheckStateRole, SelectedRole});
    emit selectionChanged();
    return true;
}

void ProductSearchModel::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    const QList<qint64> ids = selectedProductIds();
    m_selected.clear();
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::CheckStateRole, SelectedRole});
    }
    emit selectionChanged();
}

int ProductSearchModel::rowOf(qint64 productId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == productId)
            return static_cast<int>(i);
    }
    return -1;
}

qint64 ProductSearchModel::productIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProductSearchModel::stockOf(const Product &product)
{
    qint64 stock = 0;
    for (const Variant &variant : product.variants)
        stock += qMax(0, variant.inventory);
    return static_cast<int>(qMin<qint64>(stock, std::numeric_limits<int>::max()));
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Product &product = m_rows.at(index.row());
    const bool selected = selectedIndex(product.id) >= 0;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return product.title;
    case Qt::ToolTipRole:
        return product.url.isEmpty() ? product.title : product.url;
    case Qt::CheckStateRole:
        return selected ? Qt::Checked : Qt::Unchecked;
    case ProductIdRole:
        return product.id;
    case ImageUrlRole:
        return product.imageUrl;
    case UrlRole:
        return product.url;
    case PriceMinorRole:
        return product.variants.isEmpty() ? QVariant()
                                          : QVariant(product.variants.constFirst().price.minorUnits);
    case CurrencyRole:
        return product.variants.isEmpty() ? QVariant()
                                          : QVariant(product.variants.constFirst().price.currency);
    case StockRole:
        return stockOf(product);
    case VariantCountRole:
        return static_cast<int>(product.variants.size());
    case SelectedRole:
        return selected;
    default:
        return {};
    }
}

bool ProductSearchModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isRow(index))
        return false;
    if (role != Qt::CheckStateRole && role != SelectedRole)
        return false;
    const bool selected = role == SelectedRole ? value.toBool() : value.toInt() == Qt::Checked;
    return setSelected(m_rows.at(index.row()).id, selected);
}

Qt::ItemFlags ProductSearchModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ProductSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProductIdRole, "productId");
    names.insert(TitleRole, "title");
    names.insert(ImageUrlRole, "imageUrl");
    names.insert(UrlRole, "url");
    names.insert(PriceMinorRole, "priceMinor");
    names.insert(CurrencyRole, "currency");
    names.insert(StockRole, "stock");
    names.insert(VariantCountRole, "variantCount");
    names.insert(SelectedRole, "selected");
    return names;
}

} // namespace shopinbox
