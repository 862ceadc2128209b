#pragma once

// The part of Repricer that SQLite calls back into, row by row: the state the SQL functions share
// and their registration. Only repricer.cpp and repricerstate.cpp include this.

#include "common/dates.h"
#include "repricer.h"
#include "storage/costrollups.h"
#include "storage/sqlitestatement.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl {

namespace repricing {

using Wide = Int128;   // sums of 64-bit values that cannot overflow

// The row columns the pricing SQL functions take, in this order.
#define TL_REPRICE_ARGS                                                                                                \
    "account_id, model, day, service_tier, input_tokens, cached_input_tokens, cache_write_5m_tokens, "                 \
    "cache_write_1h_tokens, output_tokens, requests"
constexpr int RowArgs = 10;

inline std::string_view textOf(sqlite3_value *v)
{
    return sql::valueText(v);
}
int dayNumber(std::string_view day);
int dayNumber(QDate day);
bool isLongContext(std::string_view tier);

// Registers tl_reprice_cost, tl_reprice_differs, tl_reprice_new_cost and tl_reprice_new_status on
// the connection, calling into `state`; unregister() removes them.
bool registerFunctions(sqlite3 *db, Repricer::State *state, QString *error);
void unregisterFunctions(sqlite3 *db);

}   // namespace repricing

struct Repricer::State
{
    using Wide = repricing::Wide;
    static constexpr int RowArgs = repricing::RowArgs;

    explicit State(const PricingCatalog &c)
        : catalog(c)
        , calculator(c)
    {
        for (const QDate day : catalog.priceChangeDays())
            breaks.push_back(repricing::dayNumber(day));
    }

    // One (account, model) of the rows: whether it is re-priced, and its rates per price period
    // (index: how many change days lie on or before the row's day), looked up when first needed.
    struct Period
    {
        bool known[2] = {};                   // [long-context]
        std::optional<TokenRates> rates[2];   // empty: unpriced
    };
    struct Entry
    {
        bool wanted = false;
        QString provider;
        QString model;
        std::vector<Period> periods;
        qint64 accountId = 0;
        std::string stored;                               // the model's name as stored (UTF-8)
        std::optional<CostChanges::ModelName> interned;   // in `changes`, once a row of it is noted
        // The entry the rows came to after this one last time: dense data changes model every few
        // rows, in the same order day after day, so most changes of model find it here.
        Entry *next = nullptr;
    };
    // The columns of TL_REPRICE_ARGS, each read once.
    struct Row
    {
        qint64 accountId = 0;
        std::string_view model;
        std::string_view day;
        std::string_view tier;
        qint64 tokens[6] = {};   // input, cached input, cache writes 5m and 1h, output, requests

        explicit Row(sqlite3_value **argv)
            : accountId(sqlite3_value_int64(argv[0]))
            , model(repricing::textOf(argv[1]))
            , day(repricing::textOf(argv[2]))
            , tier(repricing::textOf(argv[3]))
        {
            for (int i = 0; i < 6; ++i)
                tokens[i] = sqlite3_value_int64(argv[4 + i]);
        }
    };
    enum class Outcome
    {
        Unwanted,
        Unpriced,
        Priced,
        Overflow,
    };

    Entry &entry(qint64 accountId, std::string_view model)
    {
        const auto is = [accountId, model](const Entry *e) {
            return e && e->accountId == accountId && e->stored == model;
        };
        if (is(last))
            return *last;
        if (last && is(last->next)) {
            last = last->next;
            return *last;
        }
        // The key built in the same buffer each time: dense data changes model every few rows.
        std::string &key = entryKey;
        key.clear();
        char digits[24];
        key.append(digits, std::to_chars(std::begin(digits), std::end(digits), accountId).ptr);
        key += '\n';
        key += model;
        auto it = entries.find(key);
        if (it == entries.end()) {
            Entry e;
            e.model = QString::fromUtf8(model.data(), qsizetype(model.size()));
            const auto account = accountProviders.constFind(accountId);
            e.provider = account == accountProviders.constEnd() ? QString() : *account;
            e.wanted = account != accountProviders.constEnd() && coversProvider(e.provider) &&
                       (modelKey.isEmpty() || PricingCatalog::modelKey(e.model) == modelKey);
            e.periods.resize(breaks.size() + 1);
            e.accountId = accountId;
            e.stored.assign(model);
            it = entries.emplace(key, std::move(e)).first;
        }
        if (last)
            last->next = &it->second;
        last = &it->second;
        return *last;
    }

    // The name `changes` notes the entry's rows by.
    CostChanges::ModelName internedName(Entry &e)
    {
        if (!e.interned)
            e.interned = changes.intern(e.stored);
        return *e.interned;
    }

    // Whether an account of `accountProvider` is among the rows: a provider's prices (and overrides)
    // also price the coding agents billed at them ("claude-code" at "anthropic").
    bool coversProvider(const QString &accountProvider) const
    {
        return provider.isEmpty() || accountProvider == provider ||
               PricingCatalog::pricingProviderId(accountProvider) == provider;
    }

    // The row priced as CostCalculator::price() prices it.
    Outcome price(const Row &row, qint64 *nanos) { return price(row, entry(row.accountId, row.model), nanos); }
    Outcome price(const Row &row, Entry &e, qint64 *nanos)
    {
        if (!e.wanted)
            return Outcome::Unwanted;
        const bool longContext = repricing::isLongContext(row.tier);
        // Rows come by day: the last day's number and price period are taken again, not parsed,
        // checked and looked up again.
        if (row.day != lastDayText) {
            lastDayText.assign(row.day);
            lastDayNumber = repricing::dayNumber(row.day);
            lastPeriod = size_t(std::upper_bound(breaks.cbegin(), breaks.cend(), lastDayNumber) - breaks.cbegin());
        }
        const int day = lastDayNumber;
        std::optional<TokenRates> uncached;
        const std::optional<TokenRates> *rates = &uncached;
        if (day < 0) {
            // Not a real day: looked up as CostCalculator would (an invalid date), never cached.
            const auto quote = catalog.price(e.provider, e.model, QDate());
            if (quote)
                uncached = TokenRates::of(quote->prices, longContext);
        } else {
            Period &p = e.periods[lastPeriod];
            if (!p.known[longContext]) {
                const auto quote = catalog.price(e.provider, e.model, QDate(day / 10000, day / 100 % 100, day % 100));
                if (quote)
                    p.rates[longContext] = TokenRates::of(quote->prices, longContext);
                p.known[longContext] = true;
            }
            rates = &p.rates[longContext];
        }
        if (!*rates)
            return Outcome::Unpriced;
        const TokenCost cost = TokenCost::of(**rates, row.tokens[0], row.tokens[1], row.tokens[2], row.tokens[3],
                                             row.tokens[4], row.tokens[5]);
        if (cost.overflow)
            return Outcome::Overflow;
        if (!cost.cost)
            return Outcome::Unpriced;
        *nanos = cost.cost->nanos();
        return Outcome::Priced;
    }

    // The message CostCalculator gives for a cost too large to represent.
    QByteArray overflowMessage(sqlite3_value **argv) const
    {
        UsageRecord r;
        r.accountId = sqlite3_value_int64(argv[0]);
        r.model = QString::fromUtf8(repricing::textOf(argv[1]).data(), qsizetype(repricing::textOf(argv[1]).size()));
        r.day = parseIsoDay(
                    QString::fromUtf8(repricing::textOf(argv[2]).data(), qsizetype(repricing::textOf(argv[2]).size())))
                    .value_or(QDate());
        r.serviceTier =
            QString::fromUtf8(repricing::textOf(argv[3]).data(), qsizetype(repricing::textOf(argv[3]).size()));
        r.inputTokens = sqlite3_value_int64(argv[4]);
        r.cachedInputTokens = sqlite3_value_int64(argv[5]);
        r.cacheWrite5mTokens = sqlite3_value_int64(argv[6]);
        r.cacheWrite1hTokens = sqlite3_value_int64(argv[7]);
        r.outputTokens = sqlite3_value_int64(argv[8]);
        r.requests = sqlite3_value_int64(argv[9]);
        return calculator.price(last ? last->provider : QString(), r).reason.toUtf8();
    }

    const PricingCatalog &catalog;
    const CostCalculator calculator;
    QString provider;
    QString modelKey;
    QHash<qint64, QString> accountProviders;
    std::vector<int> breaks;   // priceChangeDays() as day numbers
    std::unordered_map<std::string, Entry> entries;
    Entry *last = nullptr;
    std::string entryKey;
    std::string lastDayText;
    int lastDayNumber = -1;
    size_t lastPeriod = 0;
    qint64 examined = 0;
    // The fast UPDATE's SET reads the cost tl_reprice_differs() has just computed for the same row
    // (SQLite updates in one pass: a row's WHERE, then its SET). Should it ever test a second row
    // before the first one's SET, `outOfOrder` is raised and the step runs the safe statement.
    struct Pending
    {
        bool set = false;
        int reads = 0;
        std::optional<qint64> cost;
    } pending;
    bool outOfOrder = false;
    bool onePass = true;   // the fast statement runs: tl_reprice_differs() leaves its cost pending
    CostChanges changes;   // of the rows changed by the running step
};

}   // namespace tl
