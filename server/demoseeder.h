#pragma once

#include <QString>

namespace shopinbox::server {

class ShopService;

/**
 * @brief Seeds the demo shop from resources/demo/demo-shop.json (format: resources/demo/README.md).
 *
 * Relative times in the file ("minutes_ago", "placed_days_ago") become absolute at seed time, so the demo
 * always looks recent. Everything is written in one transaction with its events, so a client syncing from
 * seq 0 sees the whole shop.
 */
class DemoSeeder
{
public:
    /** Seeds when the database holds no shop yet. Empty on success (or when already seeded), else why not. */
    static QString seedIfEmpty(ShopService &service, const QString &jsonFile);
    /** Where the demo file is: next to the executable's share dir, or in the source tree. */
    static QString defaultDataFile();
};

} // namespace shopinbox::server
