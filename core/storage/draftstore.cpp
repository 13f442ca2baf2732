#include "draftstore.h"

#include "sqlitedatabase.h"

namespace shopinbox {

DraftStore::DraftStore(SqliteDatabase &db)
    : m_get(db.prepare(QStringLiteral("SELECT text FROM drafts WHERE conversation_id = ?1")))
    , m_set(db.prepare(
          QStringLiteral("INSERT INTO drafts(conversation_id, text, updated_at) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT(conversation_id) DO UPDATE SET text = excluded.text, "
                         "updated_at = excluded.updated_at")))
    , m_remove(db.prepare(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?1")))
{
}

QString DraftStore::get(qint64 conversationId)
{
    m_get.bind(1, conversationId);
    if (!m_get.step())
        return {};
    QString text = m_get.text(0);
    m_get.reset();
    return text;
}

bool DraftStore::set(qint64 conversationId, const QString &text, qint64 updatedAtMs)
{
    if (text.trimmed().isEmpty()) {
        m_remove.bind(1, conversationId);
        return m_remove.exec();
    }
    m_set.bind(1, conversationId);
    m_set.bindText(2, text);
    m_set.bind(3, updatedAtMs);
    return m_set.exec();
}

} // namespace shopinbox
