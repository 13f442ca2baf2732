#include "composeredit.h"

#include <QKeyEvent>

namespace shopinbox {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

bool ComposerEdit::focusNextPrevChild(bool next)
{
    // With the completion open, Tab chooses a saved reply (keyPressEvent hands it to the popup).
    if (m_popup && m_popup->isVisible())
        return false;
    return QPlainTextEdit::focusNextPrevChild(next);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (m_popup && m_popup->isVisible() &&
        (enter || key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Escape)) {
        event->ignore();
        return;
    }
    if (key == Qt::Key_Tab && (event->modifiers() & Qt::ControlModifier)) {
        insertPlainText(QStringLiteral("\t"));
        event->accept();
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
