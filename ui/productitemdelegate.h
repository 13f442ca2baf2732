#pragma once

#include "pickeritemdelegate.h"

namespace shopinbox {

class ThumbnailCache;

/**
 * @brief Draws a ProductSearchModel row: check box, thumbnail, then title | price | stock in columns that
 * line up from row to row (PickerColumns); a title too long for its column is elided and shown whole in the
 * tooltip.
 *
 * The thumbnail comes from the ThumbnailCache (never blocking on the network); the view repaints when the
 * cache reports a new image. Without a ThumbnailCache the rows have no thumbnails.
 */
class ProductItemDelegate : public PickerItemDelegate
{
    Q_OBJECT
public:
    /** Side of the square thumbnail box, in pixels. */
    static constexpr int ThumbnailSize = 48;

    explicit ProductItemDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    /** The row in words: "title · price · stock" (the tooltip and the accessible text). */
    static QString displayText(const QModelIndex &index);
    /** "12 in stock" or "Out of stock". */
    static QString stockText(int stock);
    /** The price in the shop's currency, or empty when the product has none. */
    static QString priceText(const QModelIndex &index);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    QString rowText(const QModelIndex &index) const override;

private:
    ThumbnailCache *m_thumbnails;
};

} // namespace shopinbox
