#pragma once

#include <QString>

#include <map>
#include <set>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// usage_models (schema 13: each (account, model) the usage rows have named, with its unpriced
// tokens and rows) kept by the SQLite writers of usage_daily's rows, since schema 20 dropped the
// row trigger that did it for each inserted usage_daily row. That trigger ran a sub-program and an
// upsert of usage_models for every row: 80 a day in the dense shape, about a third of the daily
// rollup's insert and a tenth of an append's writing thread (issue 15). The delete and update
// triggers stay (a removal or a re-pricing moves few rows); PostgreSQL keeps its statement
// triggers, once per statement. Every SQLite writer that inserts usage_daily rows calls add() for
// each row, in the same transaction: NewDayWriter (a sync's or an import's new days), DetailRollups
// (a day recomputed from its rows) and UsageRepository::rebuildRollups (one grouped statement).
// Must not outlive its connection.
class UsageModels final
{
public:
    // remember: a pair once named is not written again while its unpriced sums do not move. Only
    // for a writer used within one transaction, or whose transactions all commit (a rolled-back
    // transaction takes its pairs back): forget() after a failure.
    explicit UsageModels(bool remember = false)
        : m_remember(remember)
    {}
    ~UsageModels();
    UsageModels(const UsageModels &) = delete;
    UsageModels &operator=(const UsageModels &) = delete;

    // A usage_daily row inserted with these unpriced sums: names the pair and adds them, as the
    // trigger did. False with *error.
    bool add(sqlite3 *db, qint64 accountId, std::string_view model, qint64 unpricedTokens, qint64 unpricedRows,
             QString *error);
    void forget() { m_known.clear(); }

    // The same for every usage_daily row at once, grouped (a rebuild of the daily rollup).
    static bool addAll(sqlite3 *db, QString *error);

private:
    bool m_remember;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_add = nullptr;
    static constexpr size_t MaxKnown = 65536;   // names of a file of unique models: memory stays flat
    size_t m_knownCount = 0;
    std::map<qint64, std::set<std::string, std::less<>>> m_known;   // per account, the models named
};

}   // namespace tl
