#pragma once

#include "apiclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace shopinbox {

/**
 * @brief The staff API of docs/protocol.md, one typed call per endpoint.
 *
 * The one place that knows each endpoint's verb, path and request body: the sync engine, the outbox, the
 * account manager, the search models and the settings all call it rather than spelling out paths. Answers
 * arrive as ApiResponse (the callers decode the bodies they need with the codec). The client is not owned.
 */
class ShopApi
{
public:
    using Callback = ApiClient::Callback;
    using Progress = ApiClient::Progress;

    explicit ShopApi(ApiClient &client)
        : m_client(client)
    {
    }

    ApiClient &client() const { return m_client; }

    /// @name Session
    ///@{
    /** `POST /api/v1/login` with e-mail and password; the answer holds the token. */
    void login(const QString &email, const QString &password, Callback callback) const;
    /** `POST /api/v1/logout`: revokes the client's token. */
    void logout(Callback callback) const;
    ///@}

    /// @name Sync
    ///@{
    /** `GET /api/v1/sync?since=&limit=`: one page of the event log after @p since. */
    void syncPage(qint64 since, int limit, Callback callback) const;
    ///@}

    /// @name Conversations
    ///@{
    /** `POST /api/v1/conversations/{id}/messages` with the message body (text, products, discount or
     * image_id, and client_id). */
    void postMessage(qint64 conversationId, const QJsonObject &message, Callback callback) const;
    /** `PATCH /api/v1/conversations/{id}` with the changed fields (status, unread, assignee_id). */
    void patchConversation(qint64 conversationId, const QJsonObject &changes, Callback callback) const;
    /** `POST /api/v1/media`: uploads image bytes; the answer holds the image_id. */
    void uploadMedia(const QByteArray &bytes, Callback callback, Progress progress = {}) const;
    /** `GET` of a shop media path (`/media/...`) as the server gave it. */
    void media(const QString &path, Callback callback) const;
    ///@}

    /// @name Customers
    ///@{
    /** `PUT /api/v1/customers/{id}/note`; @p editedAt, when valid, lets the server keep a newer note. */
    void putNote(qint64 customerId, const QString &note, const QString &editedAt, Callback callback) const;
    ///@}

    /// @name Saved replies
    ///@{
    void createSavedReply(const QString &clientId, const QString &shortcut, const QString &text,
                          Callback callback) const;
    void updateSavedReply(qint64 id, const QString &shortcut, const QString &text, Callback callback) const;
    void deleteSavedReply(qint64 id, Callback callback) const;
    ///@}

    /// @name Catalogue (the pickers ask the server when the cache has too little)
    ///@{
    /** `GET /api/v1/products?query=&limit=` */
    void products(const QString &query, int limit, Callback callback) const;
    /** `GET /api/v1/discounts?query=` */
    void discounts(const QString &query, Callback callback) const;
    ///@}

    /// @name Shop settings
    ///@{
    /** `GET /api/v1/settings` */
    void settings(Callback callback) const;
    /** `PUT /api/v1/settings` with the changed fields only. */
    void putSettings(const QJsonObject &changes, Callback callback) const;
    ///@}

    /// @name Team (staff who manage the shop) and the own password
    ///@{
    /** `POST /api/v1/team`: `{"staff": Staff, "password": one-time password}`. */
    void inviteMember(const QString &name, const QString &email, bool chat, bool manageShop,
                      Callback callback) const;
    /** `PATCH /api/v1/team/{id}` with any of chat_permission, manage_shop_permission, active. */
    void updateMember(qint64 staffId, const QJsonObject &changes, Callback callback) const;
    /** `POST /api/v1/password` */
    void changePassword(const QString &current, const QString &newPassword, Callback callback) const;
    ///@}

private:
    ApiClient &m_client;
};

} // namespace shopinbox
