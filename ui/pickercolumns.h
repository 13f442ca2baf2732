#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QModelIndex;
class QPainter;
class QRect;
class QStyleOptionViewItem;

namespace shopinbox {

/**
 * @brief Aligned text columns for the picker rows (code | summary | state, title | price | stock).
 *
 * Every column but the flexible one is as wide as its widest text among the model's rows (measured once per
 * change of the model), at most a third of the row, so the columns line up from row to row; the flexible
 * column takes the rest. A text that does not fit is elided (the delegates give the whole text as a
 * tooltip) — columns never run into each other.
 */
class PickerColumns : public QObject
{
    Q_OBJECT
public:
    struct Column
    {
        std::function<QString(const QModelIndex &)> text;
        bool flexible = false;
        bool bold = false;
        bool muted = false; ///< Drawn in the placeholder colour (secondary information).
        bool alignRight = false;
    };
    /** Space between two columns, in pixels. */
    static constexpr int Gap = 12;

    explicit PickerColumns(QList<Column> columns, QObject *parent = nullptr);

    /** Paints the columns of @p index side by side in @p rect, vertically centred. */
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
               const QModelIndex &index) const;
    /** Left edge and width of each column within @p rect, as paint() places them. */
    QList<QPair<int, int>> layout(const QStyleOptionViewItem &option, const QRect &rect,
                                  const QModelIndex &index) const;
    /**
     * Paints a whole row from @p option as the delegate prepared it (initStyleOption, without text): the
     * style's background, check box and image, then the columns in textArea().
     */
    void paintRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** The columns' rectangles in a row prepared like paintRow()'s (for layout tests). */
    QList<QRect> rects(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** The part of the row right of its check box and image, where the columns go. */
    static QRect textArea(const QStyleOptionViewItem &option);
    /** The texts of the row, in column order (for tooltips and accessibility). */
    QStringList texts(const QModelIndex &index) const;

private:
    const QList<int> &widths(const QStyleOptionViewItem &option, const QAbstractItemModel *model) const;
    void watch(const QAbstractItemModel *model) const;

    QList<Column> m_columns;
    mutable const QAbstractItemModel *m_model = nullptr;
    mutable QList<int> m_widths;
    mutable QFont m_font;
    mutable bool m_dirty = true;
};

} // namespace shopinbox
