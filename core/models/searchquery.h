#pragma once

#include <QString>
#include <QStringList>

namespace shopinbox {

/**
 * @brief What the merchant typed in the inbox's search box, turned into what the cache can look up.
 *
 * - Words are ANDed (an `AND` typed between them changes nothing); `OR` and `NOT` typed in capitals between
 *   two words are kept as operators.
 * - A quoted text is a phrase. Only the word (or unclosed phrase) still being typed — the last one, with no
 *   space after it — matches as a prefix: a finished word is looked up exactly, which lets SQLite's FTS5
 *   stop after the first page of hits instead of merging every word that starts with it.
 * - Everything the merchant types is quoted, so FTS5 syntax (`*`, `(`, `:`, `^`, `NEAR`) never errors.
 * - A single order number, with or without `#`, also finds the conversations of the order's customer.
 */
class SearchQuery
{
public:
    SearchQuery() = default;
    static SearchQuery parse(const QString &text);

    /** An FTS5 MATCH expression; empty when nothing searchable was typed. */
    QString fts() const { return m_fts; }
    /** Order numbers to look up (`#1239` and `1239`); empty unless the search is one number. */
    QStringList orderNumbers() const { return m_orderNumbers; }
    /** Something other than blanks was typed (searching, even if nothing can match). */
    bool isActive() const { return m_active; }

private:
    QString m_fts;
    QStringList m_orderNumbers;
    bool m_active = false;
};

} // namespace shopinbox
