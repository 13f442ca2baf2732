#include "emailqueuerepository.h"

#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

namespace shopinbox::server {

namespace {

enum class MailColumn {
    Id,
    ShopId,
    MessageId,
    Sender,
    Recipient,
    Content,
    Status,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    LastError,
    CreatedAt,
    SentAt,
    Count
};
constexpr SqlTable<MailColumn> Mails{"email_queue",
                                     {"id", "shop_id", "message_id", "sender", "recipient", "content",
                                      "status", "attempts", "next_attempt_at", "locked_until", "last_error",
                                      "created_at", "sent_at"}};

QString pending()
{
    return MailStatuses.wire(MailStatus::Pending);
}

} // namespace

EmailQueueRepository::EmailQueueRepository(ServerDatabase &db)
    : m_db(db)
{
}

bool EmailQueueRepository::enqueue(const QueuedMail &mail, qint64 dueMs, qint64 createdAtMs)
{
    using C = MailColumn;
    static const QString statement = Mails.insert();
    SqlTable<MailColumn>::Row row;
    row.set(C::Id, mail.id)
        .set(C::ShopId, mail.shopId)
        .set(C::MessageId, mail.messageId)
        .set(C::Sender, mail.sender)
        .set(C::Recipient, mail.recipient)
        .set(C::Content, QString::fromLatin1(mail.content))
        .set(C::Status, pending())
        .set(C::Attempts, 0)
        .set(C::NextAttemptAt, dueMs)
        .set(C::LockedUntil, 0)
        .set(C::LastError, sql::nullableText(QString()))
        .set(C::CreatedAt, createdAtMs)
        .set(C::SentAt, sql::nullableTime(QDateTime()));
    return m_db.run(statement, row.values());
}

bool EmailQueueRepository::makeWaitingDue(qint64 nowMs)
{
    static const QString statement = Mails.update(
        {MailColumn::NextAttemptAt}, "WHERE status = ? AND locked_until <= ? AND next_attempt_at > ?");
    return m_db.run(statement, {nowMs, pending(), nowMs, nowMs});
}

std::optional<QueuedMail> EmailQueueRepository::nextDue(qint64 nowMs)
{
    using C = MailColumn;
    static const QString statement = Mails.select("WHERE status = ? AND next_attempt_at <= ? AND "
                                                  "locked_until <= ? ORDER BY next_attempt_at, id LIMIT 1");
    std::optional<QueuedMail> mail;
    m_db.run(statement, {pending(), nowMs, nowMs}, [&](const QSqlQuery &q) {
        mail = QueuedMail{
            Mails.value(q, C::Id).toLongLong(),        Mails.value(q, C::ShopId).toLongLong(),
            Mails.value(q, C::MessageId).toLongLong(), Mails.value(q, C::Sender).toString(),
            Mails.value(q, C::Recipient).toString(),   Mails.value(q, C::Content).toString().toLatin1(),
            Mails.value(q, C::Attempts).toInt()};
    });
    return mail;
}

qint64 EmailQueueRepository::nextDueAt()
{
    qint64 next = 0;
    m_db.run(QStringLiteral("SELECT MIN(next_attempt_at) FROM email_queue WHERE status = ?"), {pending()},
             [&](const QSqlQuery &q) { next = q.value(0).toLongLong(); });
    return next;
}

bool EmailQueueRepository::claim(qint64 id, qint64 nowMs, qint64 untilMs)
{
    static const QString statement =
        Mails.update({MailColumn::LockedUntil}, "WHERE id = ? AND locked_until <= ? AND status = ?");
    QSqlQuery &claim = m_db.prepare(statement);
    claim.addBindValue(untilMs);
    claim.addBindValue(id);
    claim.addBindValue(nowMs);
    claim.addBindValue(pending());
    const bool claimed = m_db.exec(claim) && claim.numRowsAffected() == 1;
    claim.finish();
    return claimed;
}

bool EmailQueueRepository::markSent(qint64 id, int attempts, qint64 sentAtMs)
{
    using C = MailColumn;
    static const QString statement =
        Mails.update({C::Status, C::Attempts, C::SentAt, C::LockedUntil, C::LastError}, "WHERE id = ?");
    return m_db.run(statement, {MailStatuses.wire(MailStatus::Sent), attempts, sentAtMs, 0,
                                sql::nullableText(QString()), id});
}

bool EmailQueueRepository::markFailed(qint64 id, int attempts, const QString &error)
{
    using C = MailColumn;
    static const QString statement =
        Mails.update({C::Status, C::Attempts, C::LockedUntil, C::LastError}, "WHERE id = ?");
    return m_db.run(statement, {MailStatuses.wire(MailStatus::Failed), attempts, 0, error, id});
}

bool EmailQueueRepository::scheduleRetry(qint64 id, int attempts, qint64 dueMs, const QString &error)
{
    using C = MailColumn;
    static const QString statement =
        Mails.update({C::Attempts, C::NextAttemptAt, C::LockedUntil, C::LastError}, "WHERE id = ?");
    return m_db.run(statement, {attempts, dueMs, 0, error, id});
}

} // namespace shopinbox::server
