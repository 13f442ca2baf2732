#pragma once

#include <QString>

namespace shopinbox {

/** @brief How a change that needs the server at once (the storefront settings) ended. */
struct ServerAnswer
{
    bool ok = false;      ///< Done: the cache holds the server's answer.
    bool reached = false; ///< The server answered (false: no connection, nothing was stored).
    QString error;        ///< For people: the server's reason or the network's.
};

} // namespace shopinbox
