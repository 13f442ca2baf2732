#pragma once

#include <QStyledItemDelegate>

namespace shopinbox {

class PickerColumns;

/**
 * @brief What the picker delegates share: a row painted as aligned columns (PickerColumns) after the
 * style's background, check box and image, and the whole row in words as its tooltip. Subclasses say which
 * columns (setColumns()) and how a row reads (rowText()), and prepare the option (initStyleOption()).
 */
class PickerItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    /** Where paint() puts each column of @p index (for layout tests). */
    QList<QRect> columnRects(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    /** The columns, owned by this delegate; set once in the subclass's constructor. */
    void setColumns(PickerColumns *columns) { m_columns = columns; }
    /** The row in words (the tooltip). */
    virtual QString rowText(const QModelIndex &index) const = 0;

private:
    PickerColumns *m_columns = nullptr;
};

} // namespace shopinbox
