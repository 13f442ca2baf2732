#pragma once

#include <QStyledItemDelegate>

namespace shopinbox {

class ThumbnailCache;

/**
 * @brief Draws a ProductSearchModel row: check box, thumbnail, title, price and stock.
 *
 * The thumbnail comes from the ThumbnailCache (never blocking on the network); the view repaints when the
 * cache reports a new image. Without a ThumbnailCache the rows have no thumbnails.
 */
class ProductItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /** Side of the square thumbnail box, in pixels. */
    static constexpr int ThumbnailSize = 48;

    explicit ProductItemDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    /** The row's text: the title, then "price · stock" on a second line. */
    static QString displayText(const QModelIndex &index);
    /** "12 in stock" or "Out of stock". */
    static QString stockText(int stock);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ThumbnailCache *m_thumbnails;
};

} // namespace shopinbox
