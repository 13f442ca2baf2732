#include "pickercolumns.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionViewItem>

#include <algorithm>

namespace shopinbox {

namespace {

QFont columnFont(const QFont &base, bool bold)
{
    QFont font = base;
    font.setBold(bold);
    return font;
}

} // namespace

PickerColumns::PickerColumns(QList<Column> columns, QObject *parent)
    : QObject(parent)
    , m_columns(std::move(columns))
{
}

void PickerColumns::watch(const QAbstractItemModel *model) const
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_dirty = true;
    const auto invalidate = [this] { m_dirty = true; };
    connect(model, &QAbstractItemModel::modelReset, this, invalidate);
    connect(model, &QAbstractItemModel::rowsInserted, this, invalidate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this, invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, this, invalidate);
    connect(model, &QObject::destroyed, this, [this] {
        m_model = nullptr;
        m_dirty = true;
    });
}

const QList<int> &PickerColumns::widths(const QStyleOptionViewItem &option,
                                        const QAbstractItemModel *model) const
{
    watch(model);
    // Upright and italic (inactive codes) rows measure alike: the widths do not flip from row to row.
    QFont upright = option.font;
    upright.setItalic(false);
    if (!m_dirty && m_font == upright)
        return m_widths;
    m_font = upright;
    m_widths = QList<int>(m_columns.size(), 0);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).flexible)
            continue;
        QFont italic = columnFont(upright, m_columns.at(c).bold);
        const QFontMetrics metrics(italic);
        italic.setItalic(true);
        const QFontMetrics italicMetrics(italic);
        int widest = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = m_columns.at(c).text(model->index(row, 0));
            widest =
                std::max({widest, metrics.horizontalAdvance(text), italicMetrics.horizontalAdvance(text)});
        }
        m_widths[c] = widest;
    }
    m_dirty = false;
    return m_widths;
}

QList<QPair<int, int>> PickerColumns::layout(const QStyleOptionViewItem &option, const QRect &rect,
                                             const QModelIndex &index) const
{
    const QList<int> &natural = widths(option, index.model());
    QList<int> width = natural;
    const int gaps = Gap * static_cast<int>(std::max<qsizetype>(m_columns.size() - 1, 0));
    int fixed = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (!m_columns.at(c).flexible) {
            width[c] = std::min(natural.at(c), rect.width() / 3);
            fixed += width.at(c);
        }
    }
    const int rest = std::max(rect.width() - fixed - gaps, 0);
    QList<QPair<int, int>> placed;
    int x = rect.left();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const int w = m_columns.at(c).flexible ? rest : width.at(c);
        placed.append({x, w});
        x += w + Gap;
    }
    return placed;
}

void PickerColumns::paintRow(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
    paint(painter, option, textArea(option), index);
}

QList<QRect> PickerColumns::rects(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect text = textArea(option);
    QList<QRect> rects;
    for (const auto &[left, width] : layout(option, text, index))
        rects.append(QRect(left, text.top(), width, text.height()));
    return rects;
}

QRect PickerColumns::textArea(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, option.widget) + 4;
    int left = option.rect.left();
    if (option.features & QStyleOptionViewItem::HasCheckIndicator)
        left = std::max(
            left,
            style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, option.widget).right());
    if (option.features & QStyleOptionViewItem::HasDecoration)
        left = std::max(
            left, style->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, option.widget).right());
    return QRect(QPoint(left + margin, option.rect.top()),
                 QPoint(option.rect.right() - margin, option.rect.bottom()));
}

QStringList PickerColumns::texts(const QModelIndex &index) const
{
    QStringList texts;
    for (const Column &column : m_columns)
        texts.append(column.text(index));
    return texts;
}

void PickerColumns::paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                          const QModelIndex &index) const
{
    const QList<QPair<int, int>> placed = layout(option, rect, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const QFont font = columnFont(option.font, column.bold);
        painter->setFont(font);
        QColor colour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (column.muted && !selected)
            colour = option.palette.color(group, QPalette::PlaceholderText);
        painter->setPen(colour);
        const QRect cell(placed.at(c).first, rect.top(), placed.at(c).second, rect.height());
        const QString text = QFontMetrics(font).elidedText(column.text(index), Qt::ElideRight, cell.width());
        painter->drawText(
            cell, static_cast<int>(Qt::AlignVCenter | (column.alignRight ? Qt::AlignRight : Qt::AlignLeft)),
            text);
    }
    painter->restore();
}

} // namespace shopinbox
