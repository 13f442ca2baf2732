#pragma once

#include "conversationservice.h"
#include "customerservice.h"
#include "mailoutbox.h"
#include "mailservice.h"
#include "servicecontext.h"
#include "shopsettingsservice.h"
#include "staffservice.h"
#include "storefrontservice.h"
#include "teamservice.h"
#include "verificationservice.h"

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief The shop server's domain, shared by the HTTP API, the streams, the mail queue and the demo: one
 * service per area over one ServiceContext.
 *
 * Every write is one UnitOfWork that changes the data and appends its events to the shop's event log; after
 * the commit, context().committed() tells the streams. Inputs are validated in the services, so every
 * refusal (a ServiceError) is the same whether it comes from the staff API, the storefront or the demo
 * traffic; the HTTP layer alone turns it into a status.
 */
class ShopService
{
public:
    /** @p clock is where every "now" of the server comes from; it must outlive the service. */
    ShopService(ServerDatabase &db, const Clock &clock, QString mediaDirectory);
    ShopService(const ShopService &) = delete;
    ShopService &operator=(const ShopService &) = delete;

    ServiceContext &context() { return m_context; }
    QDateTime now() const { return m_context.now(); }
    QString mediaDirectory() const { return m_context.mediaDirectory(); }

    ConversationService &conversations() { return m_conversations; }
    CustomerService &customers() { return m_customers; }
    StorefrontService &storefront() { return m_storefront; }
    VerificationService &verification() { return m_verification; }
    StaffService &staff() { return m_staff; }
    TeamService &team() { return m_team; }
    ShopSettingsService &shopSettings() { return m_shopSettings; }
    MailService &mail() { return m_mail; }

    /** The single shop of this server (the demo and a merchant's install have one); 0 when none yet. */
    qint64 defaultShopId();

private:
    ServiceContext m_context;
    MailOutbox m_outbox;
    ConversationService m_conversations;
    CustomerService m_customers;
    StorefrontService m_storefront;
    VerificationService m_verification;
    StaffService m_staff;
    TeamService m_team;
    ShopSettingsService m_shopSettings;
    MailService m_mail;
};

} // namespace shopinbox::server
