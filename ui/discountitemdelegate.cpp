#include "discountitemdelegate.h"

#include "models/discountsearchmodel.h"

#include <QPalette>

namespace shopinbox {

DiscountItemDelegate::DiscountItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString DiscountItemDelegate::displayText(const QModelIndex &index)
{
    const QString code = index.data(DiscountSearchModel::CodeRole).toString();
    const QString summary = index.data(DiscountSearchModel::SummaryRole).toString();
    if (index.data(DiscountSearchModel::ActiveRole).toBool())
        return tr("%1\n%2 · Active").arg(code, summary);
    return tr("%1\n%2 · Inactive").arg(code, summary);
}

void DiscountItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = displayText(index);
    if (!index.data(DiscountSearchModel::ActiveRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
    }
}

} // namespace shopinbox
