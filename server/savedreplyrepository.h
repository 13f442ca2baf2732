#pragma once

#include "domain/savedreply.h"

#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/** @brief The shop's saved replies (table saved_replies): short texts staff insert with "/shortcut". */
class SavedReplyRepository
{
public:
    explicit SavedReplyRepository(ServerDatabase &db);

    /** The shop's saved replies ordered by shortcut. */
    QList<SavedReply> savedReplies(qint64 shopId);
    std::optional<SavedReply> savedReply(qint64 shopId, qint64 id);
    std::optional<SavedReply> savedReplyByShortcut(qint64 shopId, const QString &shortcut);
    std::optional<SavedReply> savedReplyByClientId(qint64 shopId, const QString &clientId);
    /** Inserts or updates; @p clientId is only written on insert (empty: none). */
    bool saveSavedReply(qint64 shopId, const SavedReply &reply, const QString &clientId = {});
    bool deleteSavedReply(qint64 shopId, qint64 id);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
