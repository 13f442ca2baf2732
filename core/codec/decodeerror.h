#pragma once

#include <QString>

namespace shopinbox {

/**
 * @brief Why a JSON value could not be decoded.
 *
 * @ref field is the path of the offending field, e.g. "events[3].data.lifetime_spend.amount".
 */
struct DecodeError
{
    QString field;
    QString message; ///< e.g. "expected an integer, got a string".

    /** "field: message", for logs and error dialogs. */
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

} // namespace shopinbox
