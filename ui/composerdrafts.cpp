#include "composerdrafts.h"

#include "composeredit.h"
#include "sync/localactions.h"

namespace shopinbox {

ComposerDrafts::ComposerDrafts(ComposerEdit *composer, LocalActions &actions, QObject *parent)
    : QObject(parent)
    , m_composer(composer)
    , m_actions(actions)
{
    m_save.setSingleShot(true);
    m_save.setInterval(SaveDelayMs);
    connect(&m_save, &QTimer::timeout, this, &ComposerDrafts::flush);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_conversationId)
            m_save.start();
    });
}

void ComposerDrafts::flush()
{
    m_save.stop();
    if (m_conversationId && m_composer)
        m_actions.saveDraft(m_conversationId, m_composer->toPlainText());
}

void ComposerDrafts::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    flush();
    m_conversationId = conversationId;
    m_loading = true;
    m_composer->setPlainText(conversationId ? m_actions.draft(conversationId) : QString());
    m_composer->moveCursor(QTextCursor::End);
    m_loading = false;
}

} // namespace shopinbox
