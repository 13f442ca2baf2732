#pragma once

#include "domain/discountcode.h"
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
 * @brief The discount picker's results: the shop's discount codes (active and inactive) matching a search.
 *
 * Online (an ApiClient is given) a search asks the server (`GET /api/v1/discounts`); when that fails, or
 * offline, the cached codes answer (Source::Cache). A new query replaces the rows with one model reset when
 * its results are in; live changes from the Cache (a code turned active or inactive, a new summary) update
 * rows with dataChanged, never with a reset.
 */
class DiscountSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        SummaryRole,
        ActiveRole, ///< bool: only active codes can be shared.
    };
    Q_ENUM(Role)

    /** Where the current rows come from. */
    enum class Source {
        None,   ///< No search has completed yet.
        Server, ///< The shop server answered.
        Cache,  ///< The codes saved on this computer (offline, or the server could not be asked).
    };
    Q_ENUM(Source)

    /** Most codes a search shows. */
    static constexpr int ResultLimit = 200;

    /** Default of setServerWait(). */
    static constexpr int ServerWaitMs = ServerSearch::DefaultWaitMs;

    /** @p api may be null: offline, the cache answers every search. */
    DiscountSearchModel(Cache &cache, ApiClient *api, QObject *parent = nullptr);
    ~DiscountSearchModel() override;

    /**
     * Starts searching for @p query (a case-insensitive part of the code or summary; empty lists every code).
     * Offline the results are in at once; online when the server answers (searchFinished()). Answers to an
     * older query are ignored.
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

    int rowOf(const QString &code) const;
    /** The code at @p row; an empty DiscountCode when out of range. */
    DiscountCode discountAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /** The results of the current query are in (source() tells from where). */
    void searchFinished();
    void searchingChanged(bool searching);

private:
    /** @p index is a row of this model (not the invalid root). */
    bool isRow(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.column() == 0 && index.row() < m_rows.size();
    }
    void applyResults(QList<DiscountCode> codes, Source source);
    void searchCache();
    void onCacheChanged(const CacheChanges &changes);
    void onServerAnswer(const QJsonArray &items);

    Cache &m_cache;
    QString m_query;
    ServerSearch *m_search;
    Source m_source = Source::None;
    QString m_serverError;
    QList<DiscountCode> m_rows;
};

} // namespace shopinbox
