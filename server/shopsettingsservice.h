#pragma once

#include "domain/discountcode.h"
#include "domain/product.h"
#include "domain/savedreply.h"
#include "serviceresult.h"
#include "staffrepository.h"

#include <QJsonObject>
#include <QList>

namespace shopinbox::server {

class ServiceContext;

/**
 * @brief The shop's settings (storefront chat, automated messages, business hours), its saved replies and
 * the product and discount lists staff pick from.
 */
class ShopSettingsService
{
public:
    explicit ShopSettingsService(ServiceContext &context);

    /** The settings document of @p shopId (staff and storefront read the same). */
    ServiceResult<QJsonObject> settings(qint64 shopId);
    /** Merges the keys of @p body into the settings, each checked; the whole document after the change. */
    ServiceResult<QJsonObject> putSettings(const StaffAccount &staff, const QJsonObject &body);

    /** Saved replies ordered by shortcut. */
    ServiceResult<QList<SavedReply>> savedReplies(const StaffAccount &staff);
    /** Idempotent by client_id: a retry gets the reply it created. */
    ServiceResult<Stored<SavedReply>> createSavedReply(const StaffAccount &staff, const QJsonObject &body);
    ServiceResult<SavedReply> updateSavedReply(const StaffAccount &staff, qint64 id, const QJsonObject &body);
    /** The id of the deleted reply. */
    ServiceResult<qint64> deleteSavedReply(const StaffAccount &staff, qint64 id);

    /** Published products whose title contains @p query; @p limit is text (empty: 50, at most 200). */
    ServiceResult<QList<Product>> products(const StaffAccount &staff, const QString &query,
                                           const QString &limit);
    ServiceResult<QList<DiscountCode>> discounts(const StaffAccount &staff, const QString &query);

private:
    ServiceContext &m_context;
};

} // namespace shopinbox::server
