#pragma once

#include <QStyledItemDelegate>

namespace shopinbox {

class PickerColumns;

/**
 * @brief Draws a DiscountSearchModel row as code | summary | state in columns that line up from row to row
 * (PickerColumns): the code in bold, a summary too long for its column elided (whole in the tooltip), and
 * codes that cannot be shared in the disabled text colour, "Inactive".
 */
class DiscountItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DiscountItemDelegate(QObject *parent = nullptr);

    /** The row in words: "code · summary · state" (the tooltip and the accessible text). */
    static QString displayText(const QModelIndex &index);
    /** "Active" or "Inactive". */
    static QString stateText(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    /** Where paint() puts the code, summary and state columns of @p index (for layout tests). */
    QList<QRect> columnRects(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    PickerColumns *m_columns;
};

} // namespace shopinbox
