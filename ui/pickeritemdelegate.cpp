#include "pickeritemdelegate.h"

#include "pickercolumns.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace shopinbox {

void PickerItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    m_columns->paintRow(painter, opt, index);
}

QList<QRect> PickerItemDelegate::columnRects(const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return m_columns->rects(opt, index);
}

bool PickerItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), rowText(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace shopinbox
