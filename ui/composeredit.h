#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace shopinbox {

/**
 * @brief The reply editor: Enter sends (sendRequested()), Shift+Enter starts a new line, Tab and Shift+Tab
 * move on to the next control (the pickers, Send, the profile dock), Ctrl+Tab types a tab. While a completion
 * popup (saved replies) is open, Enter, Tab and Escape belong to the popup: QCompleter hands them to the
 * editor first and only acts when the editor ignores them.
 */
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    void setCompletionPopup(QWidget *popup) { m_popup = popup; }

signals:
    void sendRequested();
    /** Image files were dropped or pasted (nothing was inserted as text); the window checks and sends them.
     */
    void imageFilesOffered(const QStringList &paths);
    /** A picture was pasted (a screenshot from the clipboard, say). */
    void imagePasted(const QImage &image);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QPointer<QWidget> m_popup;
};

} // namespace shopinbox
