#pragma once

#include "enumdescription.h"

namespace shopinbox {

/** @brief What an event of the shop's log reports (docs/protocol.md, "Events"). */
enum class EventType {
    MessageCreated,
    MessageUpdated,
    ConversationUpserted,
    CustomerUpserted,
    PresenceChanged,
    CartUpdated,
    OrderUpserted,
    StaffUpserted,
    ProductUpserted,
    DiscountUpserted,
    SavedReplyUpserted,
    SavedReplyDeleted,
    SettingsUpdated,
};

/**
 * The one description of the event types: the wire string is what `type` holds on the wire and in the
 * server's event log (stored by name, so the integers are not stored anywhere). A type this version does not
 * know is ignored by the client (a newer server may send more), never mistaken for another.
 */
inline constexpr EnumDescription<EventType, 13> EventTypes{{{
    {EventType::MessageCreated, "message.created", 0},
    {EventType::MessageUpdated, "message.updated", 1},
    {EventType::ConversationUpserted, "conversation.upserted", 2},
    {EventType::CustomerUpserted, "customer.upserted", 3},
    {EventType::PresenceChanged, "presence.changed", 4},
    {EventType::CartUpdated, "cart.updated", 5},
    {EventType::OrderUpserted, "order.upserted", 6},
    {EventType::StaffUpserted, "staff.upserted", 7},
    {EventType::ProductUpserted, "product.upserted", 8},
    {EventType::DiscountUpserted, "discount.upserted", 9},
    {EventType::SavedReplyUpserted, "saved_reply.upserted", 10},
    {EventType::SavedReplyDeleted, "saved_reply.deleted", 11},
    {EventType::SettingsUpdated, "settings.updated", 12},
}}};

} // namespace shopinbox
