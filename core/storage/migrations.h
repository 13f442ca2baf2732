#pragma once

#include <QString>

namespace shopinbox {

class SqliteDatabase;

/**
 * @brief The cache schema as numbered steps, tracked with `PRAGMA user_version`.
 *
 * Step N brings a database from version N-1 to N inside one transaction, so an interrupted migration leaves
 * the previous version intact. Steps are never edited once released: change the schema by adding a step.
 */
class Migrations
{
public:
    /** The schema version this build writes. */
    static int latestVersion();
    /** Runs the missing steps; false with @p error when one fails (that step is rolled back). */
    static bool migrate(SqliteDatabase &db, QString *error);
};

} // namespace shopinbox
