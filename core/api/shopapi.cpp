#include "shopapi.h"

namespace shopinbox {

namespace {

QString conversationPath(qint64 conversationId, const char *suffix = "")
{
    return QStringLiteral("/api/v1/conversations/%1").arg(conversationId) + QLatin1String(suffix);
}

QString savedReplyPath(qint64 id)
{
    return QStringLiteral("/api/v1/saved-replies/%1").arg(id);
}

} // namespace

void ShopApi::login(const QString &email, const QString &password, Callback callback) const
{
    m_client.post(QStringLiteral("/api/v1/login"),
                  {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}},
                  std::move(callback));
}

void ShopApi::logout(Callback callback) const
{
    m_client.post(QStringLiteral("/api/v1/logout"), {}, std::move(callback));
}

void ShopApi::syncPage(qint64 since, int limit, Callback callback) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_client.get(QStringLiteral("/api/v1/sync"), query, std::move(callback));
}

void ShopApi::postMessage(qint64 conversationId, const QJsonObject &message, Callback callback) const
{
    m_client.post(conversationPath(conversationId, "/messages"), message, std::move(callback));
}

void ShopApi::patchConversation(qint64 conversationId, const QJsonObject &changes, Callback callback) const
{
    m_client.patch(conversationPath(conversationId), changes, std::move(callback));
}

void ShopApi::uploadMedia(const QByteArray &bytes, Callback callback, Progress progress) const
{
    // The server sniffs the image type from the bytes; the declared type is not trusted.
    m_client.postBytes(QStringLiteral("/api/v1/media"), bytes, "application/octet-stream",
                       std::move(callback), std::move(progress));
}

void ShopApi::media(const QString &path, Callback callback) const
{
    m_client.get(path, {}, std::move(callback));
}

void ShopApi::putNote(qint64 customerId, const QString &note, const QString &editedAt,
                      Callback callback) const
{
    QJsonObject body{{QStringLiteral("note"), note}};
    if (!editedAt.isEmpty())
        body.insert(QStringLiteral("edited_at"), editedAt);
    m_client.put(QStringLiteral("/api/v1/customers/%1/note").arg(customerId), body, std::move(callback));
}

void ShopApi::createSavedReply(const QString &clientId, const QString &shortcut, const QString &text,
                               Callback callback) const
{
    m_client.post(QStringLiteral("/api/v1/saved-replies"),
                  {{QStringLiteral("client_id"), clientId},
                   {QStringLiteral("shortcut"), shortcut},
                   {QStringLiteral("text"), text}},
                  std::move(callback));
}

void ShopApi::updateSavedReply(qint64 id, const QString &shortcut, const QString &text,
                               Callback callback) const
{
    m_client.put(savedReplyPath(id), {{QStringLiteral("shortcut"), shortcut}, {QStringLiteral("text"), text}},
                 std::move(callback));
}

void ShopApi::deleteSavedReply(qint64 id, Callback callback) const
{
    m_client.remove(savedReplyPath(id), std::move(callback));
}

void ShopApi::products(const QString &query, int limit, Callback callback) const
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), query);
    params.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_client.get(QStringLiteral("/api/v1/products"), params, std::move(callback));
}

void ShopApi::discounts(const QString &query, Callback callback) const
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), query);
    m_client.get(QStringLiteral("/api/v1/discounts"), params, std::move(callback));
}

void ShopApi::settings(Callback callback) const
{
    m_client.get(QStringLiteral("/api/v1/settings"), {}, std::move(callback));
}

void ShopApi::putSettings(const QJsonObject &changes, Callback callback) const
{
    m_client.put(QStringLiteral("/api/v1/settings"), changes, std::move(callback));
}

void ShopApi::inviteMember(const QString &name, const QString &email, bool chat, bool manageShop,
                           Callback callback) const
{
    m_client.post(QStringLiteral("/api/v1/team"),
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("email"), email},
                   {QStringLiteral("chat_permission"), chat},
                   {QStringLiteral("manage_shop_permission"), manageShop}},
                  std::move(callback));
}

void ShopApi::updateMember(qint64 staffId, const QJsonObject &changes, Callback callback) const
{
    m_client.patch(QStringLiteral("/api/v1/team/%1").arg(staffId), changes, std::move(callback));
}

void ShopApi::changePassword(const QString &current, const QString &newPassword, Callback callback) const
{
    m_client.post(
        QStringLiteral("/api/v1/password"),
        {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), newPassword}},
        std::move(callback));
}

} // namespace shopinbox
