#pragma once

#include "decodeerror.h"

#include <utility>
#include <variant>

namespace shopinbox {

/**
 * @brief The result of decoding: either a value or a DecodeError naming the field.
 *
 * Decoding never throws or asserts; callers check ok() before value().
 */
template<typename T> class Decoded
{
public:
    Decoded(T value) // NOLINT(google-explicit-constructor): lets decoders `return value;`
        : m_result(std::move(value))
    {
    }
    Decoded(DecodeError error) // NOLINT(google-explicit-constructor)
        : m_result(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_result); }
    explicit operator bool() const { return ok(); }
    /** Only when ok(). */
    const T &value() const & { return std::get<T>(m_result); }
    T &&value() && { return std::get<T>(std::move(m_result)); }
    /** Only when !ok(). */
    const DecodeError &error() const { return std::get<DecodeError>(m_result); }

private:
    std::variant<T, DecodeError> m_result;
};

} // namespace shopinbox
