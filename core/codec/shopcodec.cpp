// The shop and its people on the wire: shop, staff, saved replies (docs/protocol.md).
#include "jsonreader.h"

namespace shopinbox::json {

using namespace detail;

QJsonObject encode(const Shop &shop)
{
    return {
        {QStringLiteral("id"), shop.id},
        {QStringLiteral("name"), shop.name},
        {QStringLiteral("currency"), shop.currency},
        {QStringLiteral("time_zone"), shop.timeZone},
        {QStringLiteral("admin_url"), shop.adminUrl},
    };
}

Decoded<Shop> decodeShop(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Shop shop;
    shop.id = r.id("id");
    shop.name = r.string("name");
    shop.currency = r.currency("currency");
    shop.timeZone = r.string("time_zone");
    shop.adminUrl = r.optionalString("admin_url");
    return r.finish(std::move(shop));
}

QJsonObject encode(const Staff &staff)
{
    return {
        {QStringLiteral("id"), staff.id},
        {QStringLiteral("name"), staff.name},
        {QStringLiteral("email"), staff.email},
        {QStringLiteral("chat_permission"), staff.chatPermission},
        {QStringLiteral("manage_shop_permission"), staff.manageShopPermission},
        {QStringLiteral("owner"), staff.owner},
        {QStringLiteral("active"), staff.active},
    };
}

Decoded<Staff> decodeStaff(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Staff staff;
    staff.id = r.id("id");
    staff.name = r.string("name");
    staff.email = r.string("email");
    staff.chatPermission = r.boolean("chat_permission");
    // Servers before the roles (issue 17) sent none of these: nobody managed the shop from the client.
    staff.manageShopPermission = r.optionalBoolean("manage_shop_permission", false);
    staff.owner = r.optionalBoolean("owner", false);
    staff.active = r.optionalBoolean("active", true);
    return r.finish(std::move(staff));
}

QJsonObject encode(const SavedReply &reply)
{
    return {
        {QStringLiteral("id"), reply.id},
        {QStringLiteral("shortcut"), reply.shortcut},
        {QStringLiteral("text"), reply.text},
        {QStringLiteral("updated_at"), formatTime(reply.updatedAt)},
    };
}

Decoded<SavedReply> decodeSavedReply(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SavedReply reply;
    reply.id = r.id("id");
    reply.shortcut = r.nonEmptyString("shortcut");
    reply.text = r.nonEmptyString("text");
    reply.updatedAt = r.time("updated_at");
    return r.finish(std::move(reply));
}

QJsonObject encode(const SavedReplyDeletion &deletion)
{
    return {{QStringLiteral("id"), deletion.id}};
}

Decoded<SavedReplyDeletion> decodeSavedReplyDeletion(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SavedReplyDeletion deletion;
    deletion.id = r.id("id");
    return r.finish(deletion);
}

Decoded<QList<SavedReply>> decodeSavedReplyList(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    QList<SavedReply> replies = r.array<SavedReply>("saved_replies", Rule::Required, decodeSavedReply);
    return r.finish(std::move(replies));
}

} // namespace shopinbox::json
