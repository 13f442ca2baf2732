#pragma once

#include <QAbstractListModel>
#include <QList>

#include <functional>

namespace shopinbox {

/**
 * @brief A list model base for small panels whose rows have a stable key (cart lines by variant, orders by
 * id): replaceRows() turns a fresh list into row removals, insertions and dataChanged, never a reset, so a
 * view keeps its selection and scroll position when a live change arrives.
 */
template<typename Row> class KeyedRowsModel : public QAbstractListModel
{
public:
    using KeyFunction = std::function<qint64(const Row &)>;

    KeyedRowsModel(KeyFunction key, QObject *parent)
        : QAbstractListModel(parent)
        , m_key(std::move(key))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }

protected:
    /** A different subject (another customer): the old rows have nothing to do with the new ones. */
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    /** The same subject, changed: the minimal removals and insertions by key, dataChanged for the rest. */
    void replaceRows(const QList<Row> &fresh)
    {
        int i = 0;
        for (; i < fresh.size(); ++i) {
            const qint64 key = m_key(fresh.at(i));
            // Rows before the match that are gone, or moved further down, are removed here.
            int found = -1;
            for (int j = i; j < m_rows.size(); ++j) {
                if (m_key(m_rows.at(j)) == key) {
                    found = j;
                    break;
                }
            }
            if (found > i) {
                beginRemoveRows({}, i, found - 1);
                m_rows.remove(i, found - i);
                endRemoveRows();
            }
            if (found < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, fresh.at(i));
                endInsertRows();
            } else if (!(m_rows.at(i) == fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                emit dataChanged(index(i), index(i));
            }
        }
        if (i < m_rows.size()) {
            beginRemoveRows({}, i, static_cast<int>(m_rows.size()) - 1);
            m_rows.remove(i, m_rows.size() - i);
            endRemoveRows();
        }
    }

private:
    KeyFunction m_key;
    QList<Row> m_rows;
};

} // namespace shopinbox
