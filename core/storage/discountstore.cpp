#include "discountstore.h"

#include "likepattern.h"
#include "sqlitedatabase.h"

namespace shopinbox {

DiscountStore::DiscountStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO discounts(code, summary, active) VALUES (?1, ?2, ?3) "
          "ON CONFLICT(code) DO UPDATE SET summary = excluded.summary, active = excluded.active")))
    , m_get(db.prepare(QStringLiteral("SELECT code, summary, active FROM discounts WHERE code = ?1")))
    , m_search(db.prepare(QStringLiteral(
          "SELECT code, summary, active FROM discounts WHERE code LIKE ?1 ESCAPE '\\' "
          "OR summary LIKE ?1 ESCAPE '\\' ORDER BY active DESC, code COLLATE NOCASE LIMIT ?2")))
{
}

bool DiscountStore::upsert(const DiscountCode &d)
{
    m_upsert.bindText(1, d.code);
    m_upsert.bindText(2, d.summary);
    m_upsert.bind(3, d.active);
    return m_upsert.exec();
}

std::optional<DiscountCode> DiscountStore::get(const QString &code)
{
    m_get.bindText(1, code);
    if (!m_get.step())
        return std::nullopt;
    DiscountCode d{m_get.text(0), m_get.text(1), m_get.boolean(2)};
    m_get.reset();
    return d;
}

QList<DiscountCode> DiscountStore::search(const QString &query, int limit)
{
    m_search.bind(1, containsPattern(query));
    m_search.bind(2, limit);
    QList<DiscountCode> result;
    while (m_search.step())
        result.append(DiscountCode{m_search.text(0), m_search.text(1), m_search.boolean(2)});
    return result;
}

} // namespace shopinbox
