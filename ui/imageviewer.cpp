#include "imageviewer.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace shopinbox {

ImageViewer::ImageViewer(const QPixmap &pixmap, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_pixmap(pixmap)
{
    setWindowTitle(title);
    setAccessibleName(tr("Image"));
    auto *layout = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_label = new QLabel(m_scroll);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setAccessibleName(title);
    m_label->installEventFilter(this);
    m_scroll->setWidget(m_label);
    layout->addWidget(m_scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *actual = buttons->addButton(tr("Actual size"), QDialogButtonBox::ActionRole);
    actual->setCheckable(true);
    connect(actual, &QPushButton::toggled, this, &ImageViewer::setActualSize);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Start at the image's size when it fits on the screen, else at most 80% of the screen.
    const QSize available = (screen() ? screen()->availableSize() : QSize(1280, 800)) * 0.8;
    resize(m_pixmap.size().boundedTo(available).expandedTo(QSize(320, 240)) + QSize(40, 80));
    refresh();
}

void ImageViewer::setActualSize(bool actualSize)
{
    m_actualSize = actualSize;
    refresh();
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    refresh();
}

void ImageViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The scroll area has its final size only once the layout ran after showing.
    QTimer::singleShot(0, this, &ImageViewer::refresh);
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonDblClick) {
        setActualSize(!m_actualSize);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ImageViewer::refresh()
{
    if (m_pixmap.isNull()) {
        m_label->setText(tr("The image is not available."));
        m_label->adjustSize();
        return;
    }
    const QSize viewport = m_scroll->viewport()->size();
    const QPixmap shown =
        m_actualSize || (m_pixmap.width() <= viewport.width() && m_pixmap.height() <= viewport.height())
            ? m_pixmap
            : m_pixmap.scaled(viewport, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_label->setPixmap(shown);
    m_label->resize(shown.size());
}

} // namespace shopinbox
