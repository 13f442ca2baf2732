#pragma once

#include "money.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace shopinbox {

/**
 * @brief A storefront customer.
 *
 * A customer without a name is an anonymous visitor: the UI shows @ref visitorName (unique per shop,
 * e.g. "Visitor 4821") with a default avatar.
 */
struct Customer
{
    qint64 id = 0;
    QString name;        ///< Empty for an anonymous visitor.
    QString visitorName; ///< Always set by the server; unique within the shop.
    QString email;       ///< May be empty for a visitor who has not given one.
    QString phone;
    QString location;        ///< Human readable, e.g. "Utrecht, Netherlands".
    QString timeZone;        ///< IANA time zone, e.g. "Europe/Amsterdam"; empty when unknown.
    QDateTime customerSince; ///< UTC; invalid when the customer has never ordered.
    Money lifetimeSpend;
    int orderCount = 0;
    bool emailMarketing = false; ///< Subscribed to email marketing.
    bool smsMarketing = false;   ///< Subscribed to SMS marketing.
    QString note;                ///< Internal note, visible to staff only.
    QDateTime noteUpdatedAt;     ///< UTC; when the note was last changed.
    bool online = false;         ///< In the store right now (storefront chat connected).

    /** The name the UI shows: the customer's name, or the visitor name for an anonymous visitor. */
    QString displayName() const { return name.isEmpty() ? visitorName : name; }
    bool isAnonymous() const { return name.isEmpty(); }

    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace shopinbox
