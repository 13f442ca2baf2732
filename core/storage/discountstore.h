#pragma once

#include "domain/discountcode.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief The shop's discount codes in the cache. */
class DiscountStore
{
public:
    explicit DiscountStore(SqliteDatabase &db);

    bool upsert(const DiscountCode &discount);
    std::optional<DiscountCode> get(const QString &code);
    /** Codes whose code or summary contains @p query (case-insensitive); active ones first. */
    QList<DiscountCode> search(const QString &query, int limit);

private:
    SqliteStatement m_upsert;
    SqliteStatement m_get;
    SqliteStatement m_search;
};

} // namespace shopinbox
