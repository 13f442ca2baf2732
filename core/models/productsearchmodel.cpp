#include "productsearchmodel.h"

#include "api/apiclient.h"
#include "codec/jsoncodec.h"
#include "modelslog.h"
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
    , m_api(api)
{
    connect(&m_cache, &Cache::changed, this, &ProductSearchModel::onCacheChanged);
    m_serverWait.setSingleShot(true);
    m_serverWait.setInterval(ServerWaitMs);
    connect(&m_serverWait, &QTimer::timeout, this, [this] {
        // No answer yet (a dead connection): the cache answers, and the server's late answer is dropped.
        ++m_generation;
        qCInfo(lcModels) << "product search: no answer from the server, the cache answers";
        m_serverError = tr("The server did not answer in time.");
        setSearching(false);
        searchCache();
    });
}

ProductSearchModel::~ProductSearchModel() = default;

void ProductSearchModel::setQuery(const QString &query)
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
    params.addQueryItem(QStringLiteral("limit"), QString::number(ResultLimit));
    QPointer<ProductSearchModel> self(this);
    m_api->get(QStringLiteral("/api/v1/products"), params, [self, generation](const ApiResponse &response) {
        if (!self || generation != self->m_generation)
            return; // gone, or an answer to an older query
        self->m_serverWait.stop();
        self->setSearching(false);
        QString error;
        QList<Product> products;
        if (response.ok()) {
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            if (!document.isArray()) {
                error = tr("The server's answer could not be read.");
            } else {
                const QJsonArray array = document.array();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    Decoded<Product> product =
                        json::decodeProduct(array.at(i), QStringLiteral("[%1]").arg(i));
                    if (!product.ok()) {
                        error = tr("The server's answer could not be read.");
                        break;
                    }
                    if (product.value().publishedOnlineStore && !product.value().variants.isEmpty())
                        products.append(std::move(product).value());
                }
            }
        } else {
            error = response.errorMessage.isEmpty() ? tr("The server could not be reached.")
                                                    : response.errorMessage;
        }
        if (!error.isEmpty()) {
            qCInfo(lcModels) << "product search falls back to the cache:" << error;
            self->m_serverError = error;
            self->searchCache();
            return;
        }
        self->m_serverError.clear();
        // Products the sync has not brought yet are kept, so that they can be shared (and found offline).
        for (const Product &product : std::as_const(products)) {
            if (!self->m_cache.products().get(product.id))
                self->m_cache.products().upsert(product);
        }
        self->applyResults(std::move(products), Source::Server);
    });
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

void ProductSearchModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
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
