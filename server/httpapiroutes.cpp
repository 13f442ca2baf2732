// The route table of HttpApi: every route with the principal it accepts and the permission it needs, in one
// place (docs/security.md lists it; test_server_access calls every route as every principal).
#include "fieldcheck.h"
#include "httpanswers.h"
#include "httpapi.h"
#include "shopservice.h"
#include "streamhub.h"

#include <QUrlQuery>

namespace shopinbox::server {

using namespace answers;

namespace {

using Principal = HttpApi::Principal;
using Permission = HttpApi::Permission;

const auto notFound = [] {
    return ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
};

const auto settingsObject = [](const QJsonObject &object) { return object; };

QJsonObject encodeMember(const TeamMember &member)
{
    QJsonObject object = json::encode(member.staff);
    object.insert(QStringLiteral("invited"), member.invited);
    return object;
}

} // namespace

void HttpApi::addRoutes()
{
    ShopService &s = m_service;
    const auto id = [](Request &r, int i) { return fields::pathId(r.params.value(i)); };
    const Access anyone{Principal::None};
    const Access staff{Principal::Staff};
    const Access chat{Principal::Staff, Permission::Chat};
    const Access manager{Principal::Staff, Permission::ManageShop};
    const Access customer{Principal::Storefront};
    const Access relay{Principal::MailRelay};

    // The password check runs on a worker (PasswordWorkers): 40 sign-ins at once must not stall the API.
    addAsyncRoute(
        "POST", QStringLiteral("/api/v1/login"), anyone, Body::Json,
        [this, &s](Request &r, const std::function<void(ApiResult)> &reply) {
            const auto signedIn = [](const SignedIn &in) {
                return QJsonObject{{QStringLiteral("token"), in.token},
                                   {QStringLiteral("staff"), json::encode(in.staff)},
                                   {QStringLiteral("shop"), json::encode(in.shop)},
                                   {QStringLiteral("password_change_required"), in.passwordChangeRequired}};
            };
            ServiceResult<LoginAttempt> attempt = s.staff().beginLogin(r.json, r.http.remoteAddress());
            if (!attempt) {
                reply(errorResult(attempt.error()));
                return;
            }
            const LoginAttempt started = attempt.value();
            const QString hash = started.account ? started.account->passwordHash : QString();
            const bool queued =
                m_passwords.verify(hash, started.password, [&s, started, reply, signedIn](bool matches) {
                    reply(answer(s.staff().finishLogin(started, matches), signedIn));
                });
            if (!queued) {
                s.staff().finishLogin(started, false); // counted like a failure: a flood is one
                reply(ApiResult::error(503, QStringLiteral("unavailable"),
                                       QStringLiteral("too many sign-ins at once; try again shortly")));
            }
        });
    addRoute("POST", QStringLiteral("/api/v1/logout"), Access{Principal::Staff, Permission::None, true},
             Body::None, [&s](Request &r) {
                 return answer(s.staff().logout(bearerToken(r.http)), [](std::monostate) {
                     return QJsonObject{{QStringLiteral("signed_out"), true}};
                 });
             });
    addRoute("GET", QStringLiteral("/api/v1/sync"), staff, Body::None, [&s](Request &r) {
        const QUrlQuery query = r.http.query();
        const ServiceResult<SyncFrames> page =
            s.staff().sync(*r.staff, query.queryItemValue(QStringLiteral("since")),
                           query.queryItemValue(QStringLiteral("limit")));
        return page ? ApiResult::json(syncPageBody(page.value())) : errorResult(page.error());
    });
    addRoute(
        "POST", QStringLiteral("/api/v1/conversations/{}/messages"), chat, Body::Json, [&s, id](Request &r) {
            const auto conversation = id(r, 0);
            return conversation ? answerStored(s.conversations().postMessage(*r.staff, *conversation, r.json))
                                : notFound();
        });
    addRoute("PATCH", QStringLiteral("/api/v1/conversations/{}"), chat, Body::Json, [&s, id](Request &r) {
        const auto conversation = id(r, 0);
        return conversation
                   ? answer(s.conversations().patchConversation(*r.staff, *conversation, r.json), encodeOne)
                   : notFound();
    });
    addRoute("PUT", QStringLiteral("/api/v1/customers/{}/note"), chat, Body::Json, [&s, id](Request &r) {
        const auto customer = id(r, 0);
        return customer ? answer(s.customers().putNote(*r.staff, *customer, r.json), encodeOne) : notFound();
    });
    addRoute("GET", QStringLiteral("/api/v1/customers/{}/orders"), staff, Body::None, [&s, id](Request &r) {
        const auto customer = id(r, 0);
        return customer ? answerList(s.customers().customerOrders(*r.staff, *customer)) : notFound();
    });
    addRoute("GET", QStringLiteral("/api/v1/products"), staff, Body::None, [&s](Request &r) {
        return answerList(s.shopSettings().products(
            *r.staff, r.http.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
            r.http.query().queryItemValue(QStringLiteral("limit"))));
    });
    addRoute("GET", QStringLiteral("/api/v1/discounts"), staff, Body::None, [&s](Request &r) {
        return answerList(s.shopSettings().discounts(
            *r.staff, r.http.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded)));
    });
    addRoute("GET", QStringLiteral("/api/v1/staff"), staff, Body::None,
             [&s](Request &r) { return answerList(s.staff().staffList(*r.staff)); });
    addRoute(
        "POST", QStringLiteral("/api/v1/media"), chat, Body::Raw,
        [&s](Request &r) {
            return answer(
                s.conversations().uploadMedia(*r.staff, r.http.body()),
                [](const UploadedImage &image) {
                    return QJsonObject{{QStringLiteral("image_id"), image.id},
                                       {QStringLiteral("url"), image.url}};
                },
                201);
        },
        m_limits.mediaBodyBytes);
    addRoute("GET", QStringLiteral("/api/v1/settings"), staff, Body::None,
             [&s](Request &r) { return answer(s.shopSettings().settings(r.staff->shopId), settingsObject); });
    addRoute("PUT", QStringLiteral("/api/v1/settings"), manager, Body::Json, [&s](Request &r) {
        return answer(s.shopSettings().putSettings(*r.staff, r.json), settingsObject);
    });
    addRoute("GET", QStringLiteral("/api/v1/saved-replies"), staff, Body::None, [&s](Request &r) {
        return answer(s.shopSettings().savedReplies(*r.staff), [](const QList<SavedReply> &replies) {
            QJsonArray items;
            for (const SavedReply &reply : replies)
                items.append(json::encode(reply));
            return QJsonObject{{QStringLiteral("saved_replies"), items}};
        });
    });
    addRoute("POST", QStringLiteral("/api/v1/saved-replies"), manager, Body::Json,
             [&s](Request &r) { return answerStored(s.shopSettings().createSavedReply(*r.staff, r.json)); });
    addRoute("PUT", QStringLiteral("/api/v1/saved-replies/{}"), manager, Body::Json, [&s, id](Request &r) {
        const auto reply = id(r, 0);
        return reply ? answer(s.shopSettings().updateSavedReply(*r.staff, *reply, r.json), encodeOne)
                     : notFound();
    });
    addRoute("DELETE", QStringLiteral("/api/v1/saved-replies/{}"), manager, Body::None, [&s, id](Request &r) {
        const auto reply = id(r, 0);
        return reply ? answer(s.shopSettings().deleteSavedReply(*r.staff, *reply),
                              [](qint64 deleted) {
                                  return QJsonObject{{QStringLiteral("id"), deleted},
                                                     {QStringLiteral("deleted"), true}};
                              })
                     : notFound();
    });
    addTeamRoutes();

    // Storefront: the customer's side. A session token (from /sessions) grants one conversation.
    addRoute("GET", QStringLiteral("/storefront/v1/settings"), anyone, Body::None, [&s](Request &) {
        return answer(s.shopSettings().settings(s.defaultShopId()), settingsObject);
    });
    addRoute("POST", QStringLiteral("/storefront/v1/sessions"), anyone, Body::Json, [&s](Request &r) {
        return answer(
            s.storefront().createSession(s.defaultShopId(), r.json, r.http.remoteAddress().toString()),
            [](const NewSession &session) {
                return QJsonObject{{QStringLiteral("session_token"), session.token},
                                   {QStringLiteral("conversation_id"), session.conversation.id},
                                   {QStringLiteral("customer_id"), session.customer.id},
                                   {QStringLiteral("visitor_name"), session.customer.visitorName},
                                   {QStringLiteral("name"), session.shownName},
                                   {QStringLiteral("confirmed"), session.confirmed}};
            },
            201);
    });
    addRoute("POST", QStringLiteral("/storefront/v1/cart"), customer, Body::Json,
             [&s](Request &r) { return answer(s.customers().cart(*r.session, r.json), encodeOne); });
    // A linked session proves the customer's address: a code by mail, then the code.
    addRoute("POST", QStringLiteral("/storefront/v1/verification"), customer, Body::None, [&s](Request &r) {
        return answer(
            s.verification().sendCode(*r.session, bearerToken(r.http)),
            [](const CodeSent &sent) {
                return QJsonObject{{QStringLiteral("sent_to"), sent.sentTo},
                                   {QStringLiteral("valid_minutes"), sent.validMinutes}};
            },
            202);
    });
    addRoute("POST", QStringLiteral("/storefront/v1/verification/confirm"), customer, Body::Json,
             [&s](Request &r) {
                 return answer(s.verification().confirm(*r.session, bearerToken(r.http), r.json),
                               [](const AddressConfirmed &confirmed) {
                                   return QJsonObject{
                                       {QStringLiteral("conversation_id"), confirmed.conversationId},
                                       {QStringLiteral("customer_id"), confirmed.customerId},
                                       {QStringLiteral("visitor_name"), confirmed.visitorName},
                                       {QStringLiteral("name"), confirmed.name}};
                               });
             });
    addRoute("POST", QStringLiteral("/storefront/v1/order-status"), anyone, Body::Json, [&s](Request &r) {
        return answer(s.storefront().orderStatus(s.defaultShopId(), r.json, r.http.remoteAddress().toString(),
                                                 bearerToken(r.http)),
                      [](const OrderStatus &status) {
                          const Order &order = status.order;
                          QJsonObject result{{QStringLiteral("order_number"), order.number},
                                             {QStringLiteral("fulfillment_status"), order.fulfillmentStatus},
                                             {QStringLiteral("financial_status"), order.financialStatus}};
                          if (status.showTracking)
                              result.insert(QStringLiteral("tracking_url"), order.trackingUrl);
                          else
                              result.insert(QStringLiteral("status_page_url"), order.statusPageUrl);
                          return result;
                      });
    });
    // Mail relay: a customer's reply mail, authenticated with the inbound secret (not a staff token).
    addRoute(
        "POST", QStringLiteral("/api/v1/inbound-email"), relay, Body::Raw,
        [&s](Request &r) { return answerStored(s.mail().inboundEmail(r.http.body())); },
        m_limits.mailBodyBytes);
}

void HttpApi::addTeamRoutes()
{
    ShopService &s = m_service;
    const Access manager{Principal::Staff, Permission::ManageShop};
    const Access staff{Principal::Staff};

    addRoute("GET", QStringLiteral("/api/v1/team"), manager, Body::None, [&s](Request &r) {
        return answer(s.team().team(*r.staff), [](const QList<TeamMember> &members) {
            QJsonArray items;
            for (const TeamMember &member : members)
                items.append(encodeMember(member));
            return QJsonObject{{QStringLiteral("staff"), items}};
        });
    });
    // The one-time password is hashed on a worker, like every password.
    addAsyncRoute("POST", QStringLiteral("/api/v1/team"), manager, Body::Json,
                  [this, &s](Request &r, const std::function<void(ApiResult)> &reply) {
                      const ServiceResult<Invitation> checked = s.team().checkInvitation(*r.staff, r.json);
                      if (!checked) {
                          reply(errorResult(checked.error()));
                          return;
                      }
                      const Invitation &invitation = checked.value();
                      const StaffAccount caller = *r.staff;
                      const bool queued = m_passwords.rehash(
                          {}, {}, invitation.password, [&s, caller, invitation, reply](const QString &hash) {
                              reply(answer(
                                  s.team().invite(caller, invitation, hash),
                                  [&invitation](const TeamMember &member) {
                                      return QJsonObject{{QStringLiteral("staff"), encodeMember(member)},
                                                         {QStringLiteral("password"), invitation.password}};
                                  },
                                  201));
                          });
                      if (!queued)
                          reply(errorResult(ServiceError::unavailable()));
                  });
    addRoute("PATCH", QStringLiteral("/api/v1/team/{}"), manager, Body::Json, [&s](Request &r) {
        const auto member = fields::pathId(r.params.value(0));
        return member ? answer(s.team().updateMember(*r.staff, *member, r.json), encodeMember) : notFound();
    });
    addAsyncRoute("POST", QStringLiteral("/api/v1/password"),
                  Access{Principal::Staff, Permission::None, true}, Body::Json,
                  [this, &s](Request &r, const std::function<void(ApiResult)> &reply) {
                      const ServiceResult<QString> password = s.team().checkPasswordChange(r.json);
                      if (!password) {
                          reply(errorResult(password.error()));
                          return;
                      }
                      const StaffAccount caller = *r.staff;
                      const bool queued = m_passwords.rehash(
                          caller.passwordHash, r.json.value(QStringLiteral("current_password")).toString(),
                          password.value(), [&s, caller, reply](const QString &hash) {
                              reply(answer(s.team().changePassword(caller, hash), [](std::monostate) {
                                  return QJsonObject{{QStringLiteral("changed"), true}};
                              }));
                          });
                      if (!queued)
                          reply(errorResult(ServiceError::unavailable()));
                  });
    addRoute("GET", QStringLiteral("/api/v1/devices"), staff, Body::None, [&s](Request &r) {
        QJsonArray items;
        for (const StaffDevice &device : s.team().devices(*r.staff))
            items.append(QJsonObject{{QStringLiteral("id"), device.id},
                                     {QStringLiteral("device"), device.device},
                                     {QStringLiteral("created_at"), json::formatTime(device.createdAt)},
                                     {QStringLiteral("last_used_at"), json::formatTime(device.lastUsedAt)},
                                     {QStringLiteral("current"), device.current}});
        return ApiResult::list(items);
    });
    addRoute("POST", QStringLiteral("/api/v1/devices/revoke"), staff, Body::Json, [&s](Request &r) {
        return answer(s.team().revokeDevice(*r.staff, r.json), [](std::monostate) {
            return QJsonObject{{QStringLiteral("revoked"), true}};
        });
    });
}

} // namespace shopinbox::server
