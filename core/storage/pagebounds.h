#pragma once

#include <QtGlobal>

#include <array>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace tl {

// The smallest and largest values of the columns the Usage page sorts by over some rows (a bucket
// of usage_page_buckets, or a whole day of usage_page_days; see DetailRollups). Texts compare as
// SQLite's BINARY collation does (bytes, then length: std::string's order); a NULL cost is the
// smallest. Texts are kept in strings whose capacity stays: a row allocates nothing.
struct PageBounds
{
    qint64 rows = 0;
    std::array<qint64, 5> lo{};   // input, cached, cache writes, output, requests
    std::array<qint64, 5> hi{};
    bool costNull = false;          // some row is unpriced: the lowest cost is NULL
    std::optional<qint64> costLo;   // over the priced rows
    std::optional<qint64> costHi;
    std::array<std::string, 4> textLo;   // model, project, API key, cost status
    std::array<std::string, 4> textHi;

    void add(const std::array<qint64, 5> &values, std::optional<qint64> cost,
             const std::array<std::string_view, 4> &texts);
    void merge(const PageBounds &o);
    // At ?3 .. ?22, in the order of the bound columns (model, the five counts, cost, project, key,
    // status; each lowest then highest).
    void bind(sqlite3_stmt *s) const;
};

}   // namespace tl
