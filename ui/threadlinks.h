#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

class QListView;

namespace shopinbox {

class MessageDelegate;

/**
 * @brief Makes the links in the thread's bubbles clickable: a pointing hand and the address as tooltip over
 * a link, and a click (press and release on the same link) asks for it to be opened.
 *
 * Only links MessageDelegate::linkAt() finds are offered (http, https and mailto: findLinks()); the text
 * itself stays plain. Opening is the receiver's business (MainWindow uses QDesktopServices).
 */
class ThreadLinks : public QObject
{
    Q_OBJECT
public:
    ThreadLinks(QListView *view, MessageDelegate *delegate);

    /** The link at @p pos in the view's viewport, or empty. */
    QString linkAt(const QPoint &pos) const;

signals:
    void linkActivated(const QString &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListView *m_view;
    MessageDelegate *m_delegate;
    QString m_pressed; ///< The link the left button went down on.
};

} // namespace shopinbox
