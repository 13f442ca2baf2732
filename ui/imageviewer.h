#pragma once

#include <QDialog>
#include <QPixmap>

class QLabel;
class QScrollArea;

namespace shopinbox {

/**
 * @brief Shows one image at full size: scaled down to fit the window, 1:1 on request (double-click or
 * the "Actual size" button), scrollable when larger than the screen.
 */
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    ImageViewer(const QPixmap &pixmap, const QString &title, QWidget *parent = nullptr);

    /** True while the image is shown at its own size rather than fitted to the window. */
    bool actualSize() const { return m_actualSize; }
    void setActualSize(bool actualSize);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QPixmap m_pixmap;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_label = nullptr;
    bool m_actualSize = false;
};

} // namespace shopinbox
