#pragma once

#include <QObject>

class QCompleter;

namespace shopinbox {

class ComposerEdit;
class SavedReplyModel;

/**
 * @brief Saved replies in the composer: typing `/` and the start of a shortcut (at the start of the text or
 * after a space) offers the matching replies; Enter or Tab (or a click) replaces the `/shortcut` with the
 * reply's text, Escape closes the list. While the list is open, Enter chooses a reply instead of sending.
 */
class SavedReplyCompleter : public QObject
{
    Q_OBJECT
public:
    /** @p editor and @p model must outlive the completer (it is a child of @p editor). */
    SavedReplyCompleter(ComposerEdit *editor, SavedReplyModel *model);

    QCompleter *completer() const { return m_completer; }
    /** Whether the list of matching replies is showing. */
    bool isPopupVisible() const;
    /** Replaces the `/shortcut` being typed with the text of the reply @p shortcut; false if there is none.
     */
    bool insertReply(const QString &shortcut);
    /** Puts the keyboard in the composer and starts a `/` there (after a space when needed): the list of
     * every saved reply opens, to narrow down by typing (the "Insert a saved reply" shortcut). */
    void start();

private:
    /** The `/word` ending at the cursor, or an empty string; @p start receives its position. */
    QString tokenAtCursor(int *start) const;
    void update();

    ComposerEdit *m_editor;
    SavedReplyModel *m_model;
    QCompleter *m_completer;
};

} // namespace shopinbox
