#pragma once

#include "auth/account.h"

namespace shopinbox::bench {

/**
 * The account the start-up probe opens, shared with bench_ui so that both agree on the cache path
 * (Cache::pathForAccount). Port 9 (discard) on loopback refuses connections: the client runs offline on
 * its cache, as on a train.
 */
inline Account startupAccount()
{
    Account account;
    account.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    account.email = QStringLiteral("owner@demo.shop");
    account.staffId = 1;
    account.staffName = QStringLiteral("Bench Owner");
    account.shopId = 1;
    account.shopName = QStringLiteral("Bench Shop");
    return account;
}

} // namespace shopinbox::bench
