#include "discountitemdelegate.h"

#include "models/discountsearchmodel.h"
#include "pickercolumns.h"

#include <QPalette>

namespace shopinbox {

DiscountItemDelegate::DiscountItemDelegate(QObject *parent)
    : PickerItemDelegate(parent)
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
    setColumns(new PickerColumns({code, summary, state}, this));
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
    PickerItemDelegate::initStyleOption(option, index);
    option->text.clear(); // the columns are painted by PickerColumns
    if (!index.data(DiscountSearchModel::ActiveRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
    }
}

QSize DiscountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = PickerItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2));
    size.setWidth(200); // the columns take the view's width; never a horizontal scroll bar
    return size;
}

QString DiscountItemDelegate::rowText(const QModelIndex &index) const
{
    return displayText(index);
}

} // namespace shopinbox
