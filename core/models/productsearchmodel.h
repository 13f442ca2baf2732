#pragma once

#include "domain/product.h"
#include "storage/cachechanges.h"

#include "serversearch.h"
#include <QAbstractListModel>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace shopinbox {

class ApiClient;

class Cache;

/**
 * @brief The product picker's results: products published to the online store matching a search, with a
 * selection of up to three products to share.
 *
 * Online (an ApiClient is given) a search asks the server (`GET /api/v1/products`); when that fails, or
 * offline, the cached catalogue answers (Source::Cache). A new query replaces the rows with one model reset
 * when its results are in; live catalogue changes from the Cache update rows with dataChanged or remove rows
 * that are no longer published, never with a reset.
 *
 * The selection is kept by product id across queries, in the order products were selected; it is shown with
 * Qt::CheckStateRole and changed with setData(Qt::CheckStateRole) or setSelected(). Selecting a fourth
 * product is refused (selectionRefused()).
 */
class ProductSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        TitleRole,
        ImageUrlRole,   ///< Relative media URL (e.g. "/media/demo/product-12.png"); may be empty.
        UrlRole,        ///< The product's page in the online store.
        PriceMinorRole, ///< qint64 minor units of the first variant's price (what the customer's card shows).
        CurrencyRole,   ///< ISO 4217 code of PriceMinorRole.
        StockRole,      ///< Units available over all variants (negative inventories count as 0).
        VariantCountRole,
        SelectedRole, ///< bool; the same as Qt::CheckStateRole == Qt::Checked.
    };
    Q_ENUM(Role)

    /** Where the current rows come from. */
    enum class Source {
        None,   ///< No search has completed yet.
        Server, ///< The shop server answered.
        Cache,  ///< The catalogue saved on this computer (offline, or the server could not be asked).
    };
    Q_ENUM(Source)

    /** Most products one message can share. */
    static constexpr int MaxSelected = 3;
    /** Most results a search shows. */
    static constexpr int ResultLimit = 50;

    /** Default of setServerWait(). */
    static constexpr int ServerWaitMs = ServerSearch::DefaultWaitMs;

    /** @p api may be null: offline, the cache answers every search. */
    ProductSearchModel(Cache &cache, ApiClient *api, QObject *parent = nullptr);
    ~ProductSearchModel() override;

    /**
     * Starts searching for @p query (a case-insensitive part of the title; empty lists everything). Offline
     * the results are in at once; online when the server answers (searchFinished()). Results of an older
     * query that arrive later are ignored.
     */
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    Source source() const { return m_source; }
    /**
     * Milliseconds to wait for the server before the cache answers instead (default ServerWaitMs); a later
     * answer of the server to that query is then dropped.
     */
    void setServerWait(int milliseconds);
    /** A server search is under way. */
    bool isSearching() const;
    /** Why the server could not be asked, when the cache answered although online; empty otherwise. */
    QString serverError() const { return m_serverError; }

    /** The selected product ids in the order they were selected (at most MaxSelected). */
    QList<qint64> selectedProductIds() const;
    /** The selected products (also those not in the current results). */
    QList<Product> selectedProducts() const { return m_selected; }
    /** Selects or deselects @p productId (which must be among the rows); false when refused or unknown. */
    bool setSelected(qint64 productId, bool selected);
    void clearSelection();

    int rowOf(qint64 productId) const;
    qint64 productIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Units available over all of @p product's variants (negative inventories count as 0). */
    static int stockOf(const Product &product);

signals:
    /** The results of the current query are in (source() tells from where). */
    void searchFinished();
    void searchingChanged(bool searching);
    void selectionChanged();
    /** A product could not be selected because MaxSelected are already selected. */
    void selectionRefused();

private:
    /** @p index is a row of this model (not the invalid root). */
    bool isRow(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.column() == 0 && index.row() < m_rows.size();
    }
    void applyResults(QList<Product> products, Source source);
    void searchCache();
    void onCacheChanged(const CacheChanges &changes);
    void onServerAnswer(const QJsonArray &items);
    int selectedIndex(qint64 productId) const;

    Cache &m_cache;
    QString m_query;
    ServerSearch *m_search;
    Source m_source = Source::None;
    QString m_serverError;
    QList<Product> m_rows;
    QList<Product> m_selected;
};

} // namespace shopinbox
