#include "threadlinks.h"

#include "messagedelegate.h"

#include <QHelpEvent>
#include <QListView>
#include <QMouseEvent>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace shopinbox {

ThreadLinks::ThreadLinks(QListView *view, MessageDelegate *delegate)
    : QObject(view)
    , m_view(view)
    , m_delegate(delegate)
{
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
}

QString ThreadLinks::linkAt(const QPoint &pos) const
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return {};
    // The option as the view paints the row: its rect, font and widget.
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.widget = m_view;
    option.font = m_view->font();
    option.rect = m_view->visualRect(index);
    return m_delegate->linkAt(option, index, pos);
}

bool ThreadLinks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (linkAt(mouse->position().toPoint()).isEmpty())
            m_view->viewport()->unsetCursor();
        else
            m_view->viewport()->setCursor(Qt::PointingHandCursor);
        break;
    }
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString link = linkAt(help->pos());
        if (!link.isEmpty()) {
            QToolTip::showText(help->globalPos(), link, m_view->viewport());
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = mouse->button() == Qt::LeftButton ? linkAt(mouse->position().toPoint()) : QString();
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || m_pressed.isEmpty())
            break;
        const QString link = linkAt(mouse->position().toPoint());
        const bool same = link == m_pressed;
        m_pressed.clear();
        if (same) {
            emit linkActivated(link);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return false;
}

} // namespace shopinbox
