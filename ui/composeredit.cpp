#include "composeredit.h"

#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

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

namespace {
/** The local files among @p source's URLs, when every URL is one (a file manager's drop); else empty. */
QStringList localFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    for (const QUrl &url : source->urls()) {
        if (!url.isLocalFile())
            return {};
        files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !localFiles(source).isEmpty() ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    // Files and pictures are offered to send as images (with the same checks as the Image button), never
    // typed into the reply as a path.
    if (const QStringList files = localFiles(source); !files.isEmpty()) {
        emit imageFilesOffered(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            emit imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
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
