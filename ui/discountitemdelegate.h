#pragma once

#include <QStyledItemDelegate>

namespace shopinbox {

/**
 * @brief Draws a DiscountSearchModel row: the code, its summary and, for codes that cannot be shared,
 * "Inactive" in the disabled text colour.
 */
class DiscountItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DiscountItemDelegate(QObject *parent = nullptr);

    /** The row's text: the code, then the summary (and the state when inactive) on a second line. */
    static QString displayText(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace shopinbox
