#pragma once

#include "pickeritemdelegate.h"

namespace shopinbox {

/**
 * @brief Draws a DiscountSearchModel row as code | summary | state in columns that line up from row to row
 * (PickerColumns): the code in bold, a summary too long for its column elided (whole in the tooltip), and
 * codes that cannot be shared in the disabled text colour, "Inactive".
 */
class DiscountItemDelegate : public PickerItemDelegate
{
    Q_OBJECT
public:
    explicit DiscountItemDelegate(QObject *parent = nullptr);

    /** The row in words: "code · summary · state" (the tooltip and the accessible text). */
    static QString displayText(const QModelIndex &index);
    /** "Active" or "Inactive". */
    static QString stateText(const QModelIndex &index);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    QString rowText(const QModelIndex &index) const override;
};

} // namespace shopinbox
