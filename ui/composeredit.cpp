#include "composeredit.h"

#include <QKeyEvent>

namespace shopinbox {

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (m_popup && m_popup->isVisible() &&
        (enter || key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Escape)) {
        event->ignore();
        return;
    }
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit sendRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace shopinbox
