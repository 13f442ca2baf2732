#pragma once

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>

/**
 * @brief Closes the next modal dialog as soon as it is shown (a dialog's exec() blocks the test otherwise).
 *
 * Armed on construction; it looks for QApplication::activeModalWidget() on every turn of the event loop
 * that the dialog's exec() runs, so it works however late the dialog comes. appeared() tells afterwards
 * whether a dialog was shown at all, text() what a message box said. With Answer::Accept the dialog is
 * accepted (an "OK"/"Send" click) instead of closed.
 */
class ModalCloser
{
public:
    enum class Answer { Close, Accept };

    explicit ModalCloser(Answer answer = Answer::Close)
    {
        m_poll.setInterval(1);
        QObject::connect(&m_poll, &QTimer::timeout, [this, answer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            m_appeared = true;
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                m_text = box->text();
            m_poll.stop();
            auto *dialog = qobject_cast<QDialog *>(modal);
            if (answer == Answer::Accept && dialog)
                dialog->accept();
            else
                modal->close();
        });
        m_poll.start();
    }
    bool appeared() const { return m_appeared; }
    QString text() const { return m_text; }

private:
    QTimer m_poll;
    bool m_appeared = false;
    QString m_text;
};
