#include "shopsettingsservice.h"
#include "domain/eventtype.h"

#include "businesshours.h"
#include "codec/jsoncodec.h"
#include "fieldcheck.h"
#include "servicecontext.h"
#include "unitofwork.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace shopinbox::server {

namespace {

// Reads and checks the fields of a saved reply body (POST and PUT); nullopt when valid, else the refusal.
// The shortcut is trimmed, never lower-cased: upper case is refused so the stored name is what was typed.
std::optional<ServiceError> readSavedReply(const QJsonObject &body, bool withClientId, SavedReply &reply,
                                           QString &clientId)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("shortcut") && it.key() != QLatin1String("text") &&
            !(withClientId && it.key() == QLatin1String("client_id")))
            return ServiceError::invalid(QStringLiteral("unknown field %1").arg(it.key().left(40)));
    }
    const QJsonValue shortcut = body.value(QStringLiteral("shortcut"));
    if (shortcut.isUndefined() || shortcut.isNull())
        return ServiceError::invalid(QStringLiteral("shortcut is required"));
    if (!shortcut.isString())
        return ServiceError::invalid(QStringLiteral("shortcut must be a string"));
    reply.shortcut = shortcut.toString().trimmed();
    if (!isValidSavedReplyShortcut(reply.shortcut))
        return ServiceError::invalid(
            QStringLiteral("shortcut must be 1 to %1 characters of lower-case letters "
                           "a-z, digits, - and _")
                .arg(MaxSavedReplyShortcutLength));
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (text.isUndefined() || text.isNull())
        return ServiceError::invalid(QStringLiteral("text is required"));
    if (!text.isString())
        return ServiceError::invalid(QStringLiteral("text must be a string"));
    reply.text = text.toString();
    if (reply.text.size() > MaxSavedReplyTextLength)
        return ServiceError::invalid(
            QStringLiteral("text is longer than %1 characters").arg(MaxSavedReplyTextLength));
    if (reply.text.trimmed().isEmpty())
        return ServiceError::invalid(QStringLiteral("text must not be blank"));
    const QJsonValue clientIdValue = body.value(QStringLiteral("client_id"));
    if (!clientIdValue.isUndefined()) {
        const std::optional<QString> normalized = fields::clientId(clientIdValue);
        if (!normalized)
            return ServiceError::invalid(QStringLiteral("client_id must be a UUID string"));
        clientId = *normalized;
    }
    return std::nullopt;
}

ServiceError shortcutTaken(const QString &shortcut)
{
    return ServiceError::make(ServiceError::Kind::Conflict, QStringLiteral("conflict"),
                              QStringLiteral("a saved reply /%1 already exists").arg(shortcut));
}

// Checks one key of a settings change; empty when the value is accepted.
QString settingProblem(const QString &key, const QJsonValue &value)
{
    static const QStringList textKeys{QStringLiteral("greeting"), QStringLiteral("follow_up"),
                                      QStringLiteral("away")};
    if (key == QLatin1String("visible")) {
        if (!value.isBool())
            return QStringLiteral("visible must be a boolean");
    } else if (key == QLatin1String("position")) {
        if (value.toString() != QLatin1String("bottom-right") &&
            value.toString() != QLatin1String("bottom-left"))
            return QStringLiteral("position must be \"bottom-right\" or \"bottom-left\"");
    } else if (key == QLatin1String("color")) {
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!colour.match(value.toString()).hasMatch())
            return QStringLiteral("color must look like #2f6f4e");
    } else if (textKeys.contains(key)) {
        if (!value.isString() || value.toString().size() > 1000)
            return QStringLiteral("%1 must be a string of at most 1000 characters").arg(key);
    } else if (key == QLatin1String("allowed_origins")) {
        // Origins of the sites the widget may run on; empty: any. "https://shop.example" or with a port.
        static const QRegularExpression origin(
            QStringLiteral("^https?://[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?$"));
        const QJsonArray list = value.toArray();
        if (!value.isArray() || list.size() > 20)
            return QStringLiteral("allowed_origins must be a list of at most 20 origins");
        for (const auto &entry : list) {
            if (!entry.isString() || !origin.match(entry.toString()).hasMatch())
                return QStringLiteral(
                    "allowed_origins: each must look like https://shop.example (lower case, "
                    "no path)");
        }
    } else if (key == QLatin1String("business_hours")) {
        if (!value.isObject() && !value.isNull())
            return QStringLiteral("business_hours must be an object");
        return BusinessHours::problem(value.toObject());
    } else {
        return QStringLiteral("unknown setting %1").arg(key);
    }
    return {};
}

} // namespace

ShopSettingsService::ShopSettingsService(ServiceContext &context)
    : m_context(context)
{
}

ServiceResult<QJsonObject> ShopSettingsService::settings(qint64 shopId)
{
    return m_context.shops().settings(shopId);
}

ServiceResult<QJsonObject> ShopSettingsService::putSettings(const StaffAccount &staff,
                                                            const QJsonObject &body)
{
    // Read, merge and write under the shop lock, so two concurrent edits of different keys both survive.
    UnitOfWork work(m_context, staff.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    QJsonObject settings = m_context.shops().settings(staff.shopId);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString problem = settingProblem(it.key(), it.value());
        if (!problem.isEmpty())
            return ServiceError::invalid(problem);
        settings.insert(it.key(), it.value());
    }
    if (!m_context.shops().setSettings(staff.shopId, settings))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::SettingsUpdated), settings);
    if (!work.commit())
        return ServiceError::unavailable();
    return settings;
}

ServiceResult<QList<SavedReply>> ShopSettingsService::savedReplies(const StaffAccount &staff)
{
    return m_context.savedReplies().savedReplies(staff.shopId);
}

ServiceResult<Stored<SavedReply>> ShopSettingsService::createSavedReply(const StaffAccount &staff,
                                                                        const QJsonObject &body)
{
    SavedReply reply;
    QString clientId;
    if (std::optional<ServiceError> refused = readSavedReply(body, true, reply, clientId))
        return *refused;
    SavedReplyRepository &replies = m_context.savedReplies();
    UnitOfWork work(m_context, staff.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    // A retry of a create whose answer was lost gets the reply it created, not a conflict with itself.
    if (!clientId.isEmpty()) {
        if (const std::optional<SavedReply> existing = replies.savedReplyByClientId(staff.shopId, clientId))
            return Stored<SavedReply>{*existing, false};
    }
    if (replies.savedReplyByShortcut(staff.shopId, reply.shortcut))
        return shortcutTaken(reply.shortcut);
    const std::optional<qint64> id = m_context.eventLog().nextId();
    if (!id)
        return ServiceError::unavailable();
    reply.id = *id;
    reply.updatedAt = m_context.now();
    if (!replies.saveSavedReply(staff.shopId, reply, clientId))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::SavedReplyUpserted), json::encode(reply));
    if (!work.commit())
        return ServiceError::unavailable();
    return Stored<SavedReply>{reply, true};
}

ServiceResult<SavedReply> ShopSettingsService::updateSavedReply(const StaffAccount &staff, qint64 id,
                                                                const QJsonObject &body)
{
    SavedReply reply;
    QString clientId;
    if (std::optional<ServiceError> refused = readSavedReply(body, false, reply, clientId))
        return *refused;
    SavedReplyRepository &replies = m_context.savedReplies();
    UnitOfWork work(m_context, staff.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    if (!replies.savedReply(staff.shopId, id))
        return ServiceError::notFound(QStringLiteral("saved reply"));
    const std::optional<SavedReply> owner = replies.savedReplyByShortcut(staff.shopId, reply.shortcut);
    if (owner && owner->id != id)
        return shortcutTaken(reply.shortcut);
    reply.id = id;
    reply.updatedAt = m_context.now();
    if (!replies.saveSavedReply(staff.shopId, reply))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::SavedReplyUpserted), json::encode(reply));
    if (!work.commit())
        return ServiceError::unavailable();
    return reply;
}

ServiceResult<qint64> ShopSettingsService::deleteSavedReply(const StaffAccount &staff, qint64 id)
{
    SavedReplyRepository &replies = m_context.savedReplies();
    UnitOfWork work(m_context, staff.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    if (!replies.savedReply(staff.shopId, id))
        return ServiceError::notFound(QStringLiteral("saved reply"));
    if (!replies.deleteSavedReply(staff.shopId, id))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::SavedReplyDeleted), json::encode(json::SavedReplyDeletion{id}));
    if (!work.commit())
        return ServiceError::unavailable();
    return id;
}

ServiceResult<QList<Product>> ShopSettingsService::products(const StaffAccount &staff, const QString &query,
                                                            const QString &limitText)
{
    const std::optional<int> limit = fields::queryCount(limitText, 50, 200);
    if (!limit)
        return ServiceError::invalid(QStringLiteral("limit must be a positive integer"));
    return m_context.catalog().publishedProducts(staff.shopId, query.left(200), *limit);
}

ServiceResult<QList<DiscountCode>> ShopSettingsService::discounts(const StaffAccount &staff,
                                                                  const QString &query)
{
    return m_context.catalog().discounts(staff.shopId, query.left(200));
}

} // namespace shopinbox::server
