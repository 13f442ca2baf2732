#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace shopinbox {

class ComposerEdit;
class LocalActions;

/**
 * @brief Gives every conversation its own draft in the composer.
 *
 * Switching conversations stores the text typed so far as the old conversation's draft and puts the new
 * one's draft (or nothing) into the composer, so text meant for one customer never reaches another. What is
 * typed is also stored shortly after each pause (SaveDelayMs) and by flush(), so a draft survives a restart
 * and, but for its last pause, a crash. Drafts live in the cache through LocalActions (this computer only).
 * The owner calls flush() before the composer goes away (MainWindow's destructor does).
 */
class ComposerDrafts : public QObject
{
    Q_OBJECT
public:
    static constexpr int SaveDelayMs = 400;

    ComposerDrafts(ComposerEdit *composer, LocalActions &actions, QObject *parent = nullptr);

    /** Keeps the composer's text as the current conversation's draft and loads @p conversationId's. */
    void setConversation(qint64 conversationId);
    /** Stores the composer's text as the current conversation's draft now. */
    void flush();

private:
    QPointer<ComposerEdit> m_composer;
    LocalActions &m_actions;
    qint64 m_conversationId = 0;
    QTimer m_save;
    bool m_loading = false;
};

} // namespace shopinbox
