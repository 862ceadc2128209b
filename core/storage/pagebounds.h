#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

class QString;
struct sqlite3;
struct sqlite3_stmt;

// The columns PageBounds::bind() fills, in its order, of usage_page_buckets and usage_page_days;
// and the statement that writes a day's bounds (account ?1, day ?2, the bounds from ?3).
#define TL_PAGE_BOUND_COLUMNS                                                                                          \
    "model_lo, model_hi, input_lo, input_hi, cached_lo, cached_hi, write_lo, write_hi, output_lo, output_hi, "         \
    "requests_lo, requests_hi, cost_lo, cost_hi, project_lo, project_hi, key_lo, key_hi, status_lo, status_hi"
#define TL_PAGE_DAY_INSERT                                                                                             \
    "INSERT INTO usage_page_days (account_id, day, " TL_PAGE_BOUND_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "    \
    "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"

namespace tl {

// The smallest and largest values of the columns the Usage page sorts by over some rows (a bucket
// of usage_page_buckets, or a whole day of usage_page_days; see DetailRollups). Texts compare as
// SQLite's BINARY collation does (bytes, then length: std::string's order); a NULL cost is the
// smallest. Texts are kept in strings whose capacity stays: a row allocates nothing. add() and
// merge() are inline: the CSV import's reading thread calls them for every record.
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
             const std::array<std::string_view, 4> &texts)
    {
        const bool first = rows++ == 0;
        for (size_t i = 0; i < lo.size(); ++i) {
            lo[i] = first ? values[i] : std::min(lo[i], values[i]);
            hi[i] = first ? values[i] : std::max(hi[i], values[i]);
        }
        costNull = costNull || !cost;
        if (cost && (!costLo || *cost < *costLo))
            costLo = cost;
        if (cost && (!costHi || *cost > *costHi))
            costHi = cost;
        for (size_t i = 0; i < texts.size(); ++i) {
            if (first || texts[i] < std::string_view(textLo[i]))
                textLo[i].assign(texts[i]);
            if (first || texts[i] > std::string_view(textHi[i]))
                textHi[i].assign(texts[i]);
        }
    }

    // No rows again; the texts keep their capacity (add() sets every bound at its first row).
    void clear()
    {
        rows = 0;
        costNull = false;
        costLo.reset();
        costHi.reset();
    }

    void merge(const PageBounds &o)
    {
        const bool first = rows == 0;
        for (size_t i = 0; i < lo.size(); ++i) {
            lo[i] = first ? o.lo[i] : std::min(lo[i], o.lo[i]);
            hi[i] = first ? o.hi[i] : std::max(hi[i], o.hi[i]);
        }
        costNull = costNull || o.costNull;
        if (o.costLo && (!costLo || *o.costLo < *costLo))
            costLo = o.costLo;
        if (o.costHi && (!costHi || *o.costHi > *costHi))
            costHi = o.costHi;
        for (size_t i = 0; i < textLo.size(); ++i) {
            if (first || o.textLo[i] < textLo[i])
                textLo[i] = o.textLo[i];
            if (first || o.textHi[i] > textHi[i])
                textHi[i] = o.textHi[i];
        }
        rows += o.rows;
    }

    // At ?first .. ?first + 19 (by default ?3 .. ?22), in the order of DetailRollups' bound columns
    // (model, the five counts, cost, project, key, status: each low, then high).
    void bind(sqlite3_stmt *s, int first = 3) const;
};

// Inserts an account-day's buckets into usage_page_buckets several rows to a statement, the
// largest first: an 80-model day has about 11 buckets, and one INSERT each was a tenth of the
// day's rollup writes (issue 15). Each size is prepared on first use (a re-sync makes one writer
// per account). Must not outlive the connection.
class PageBucketInserts final
{
public:
    PageBucketInserts() = default;
    ~PageBucketInserts();
    Q_DISABLE_COPY_MOVE(PageBucketInserts)

    // False with *error (SQLite's message) when a statement fails; the caller rolls back.
    bool insert(sqlite3 *db, qint64 accountId, std::string_view day, std::span<const PageBounds> buckets,
                QString *error);

    static constexpr std::array<int, 4> Rows = {8, 4, 2, 1};

private:
    std::array<sqlite3_stmt *, Rows.size()> m_statements = {};
};

}   // namespace tl
