#include "discountitemdelegate.h"

#include "models/discountsearchmodel.h"
#include "pickercolumns.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPalette>
#include <QToolTip>

namespace shopinbox {

DiscountItemDelegate::DiscountItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    PickerColumns::Column code;
    code.text = [](const QModelIndex &index) { return index.data(DiscountSearchModel::CodeRole).toString(); };
    code.bold = true;
    PickerColumns::Column summary;
    summary.text = [](const QModelIndex &index) {
        return index.data(DiscountSearchModel::SummaryRole).toString().simplified();
    };
    summary.flexible = true;
    PickerColumns::Column state;
    state.text = &DiscountItemDelegate::stateText;
    state.muted = true;
    state.alignRight = true;
    m_columns = new PickerColumns({code, summary, state}, this);
}

QString DiscountItemDelegate::stateText(const QModelIndex &index)
{
    return index.data(DiscountSearchModel::ActiveRole).toBool() ? tr("Active") : tr("Inactive");
}

QString DiscountItemDelegate::displayText(const QModelIndex &index)
{
    return QStringList{index.data(DiscountSearchModel::CodeRole).toString(),
                       index.data(DiscountSearchModel::SummaryRole).toString().simplified(), stateText(index)}
        .join(QStringLiteral(" · "));
}

void DiscountItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text.clear(); // the columns are painted by PickerColumns
    if (!index.data(DiscountSearchModel::ActiveRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
    }
}

QList<QRect> DiscountItemDelegate::columnRects(const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect text = PickerColumns::textArea(opt);
    QList<QRect> rects;
    for (const auto &[left, width] : m_columns->layout(opt, text, index))
        rects.append(QRect(left, text.top(), width, text.height()));
    return rects;
}

void DiscountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    m_columns->paint(painter, opt, PickerColumns::textArea(opt), index);
}

QSize DiscountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2));
    size.setWidth(200); // the columns take the view's width; never a horizontal scroll bar
    return size;
}

bool DiscountItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), displayText(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace shopinbox
