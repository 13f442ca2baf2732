#pragma once

#include "domain/customer.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace shopinbox::server {

/**
 * @brief Why a server operation refused or failed: a kind (what sort of refusal), a stable machine-readable
 * code and a sentence for people.
 *
 * The domain services return these; the HTTP layer maps the kind to a status in one place (httpstatus.h).
 */
struct ServiceError
{
    enum class Kind {
        Invalid,          ///< The input is malformed (a field missing, of the wrong type or out of range).
        Unauthorized,     ///< No or wrong credentials.
        Forbidden,        ///< Known, but not allowed here.
        NotFound,         ///< The entity does not exist (for this caller).
        Conflict,         ///< The change collides with what is stored.
        TooLarge,         ///< The input is larger than accepted.
        UnsupportedMedia, ///< The bytes are not of a type accepted.
        Unprocessable,    ///< Well formed, but a rule of the shop refuses it.
        RateLimited,      ///< Too many attempts; try again later.
        Unavailable,      ///< The database failed: the one condition that is not the caller's fault.
    };

    Kind kind = Kind::Unavailable;
    QString code;
    QString message;
    /** A refused note (a newer one was kept): the customer as stored, so the caller shows the note that won.
     */
    std::optional<Customer> currentCustomer;

    static ServiceError make(Kind kind, const QString &code, const QString &message)
    {
        return ServiceError{kind, code, message, std::nullopt};
    }
    /** `bad_request` with @p message. */
    static ServiceError invalid(const QString &message)
    {
        return make(Kind::Invalid, QStringLiteral("bad_request"), message);
    }
    /** `not_found`: "<what> not found". */
    static ServiceError notFound(const QString &what)
    {
        return make(Kind::NotFound, QStringLiteral("not_found"), QStringLiteral("%1 not found").arg(what));
    }
    static ServiceError unprocessable(const QString &code, const QString &message)
    {
        return make(Kind::Unprocessable, code, message);
    }
    /** The database is not available. */
    static ServiceError unavailable()
    {
        return make(Kind::Unavailable, QStringLiteral("unavailable"),
                    QStringLiteral("the shop database is not available; try again shortly"));
    }
};

/** @brief A value or the ServiceError that prevented it. */
template<typename T> class ServiceResult
{
public:
    // Implicit on purpose: an operation returns either its value or an error.
    ServiceResult(T value) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    ServiceResult(ServiceError error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_state); }
    T &value() { return std::get<0>(m_state); }
    const T *operator->() const { return &value(); }
    const ServiceError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ServiceError> m_state;
};

/** @brief The result of an operation that has nothing to return but success. */
using ServiceStatus = ServiceResult<std::monostate>;

/**
 * @brief An entity as stored by a create, and whether this call created it (false: an earlier call with the
 * same client_id did, and this is its result again).
 */
template<typename T> struct Stored
{
    T value;
    bool created = true;
};

} // namespace shopinbox::server
