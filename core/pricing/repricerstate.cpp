#include "repricerstate.h"

namespace tl {

namespace repricing {

// "2026-03-02" -> 20260302, comparable like the dates; -1 when it is not such a day.
int dayNumber(std::string_view day)
{
    if (day.size() != 10 || day[4] != '-' || day[7] != '-')
        return -1;
    int n = 0;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (day[i] < '0' || day[i] > '9')
            return -1;
        n = n * 10 + (day[i] - '0');
    }
    return QDate(n / 10000, n / 100 % 100, n % 100).isValid() ? n : -1;
}

int dayNumber(QDate day)
{
    return day.isValid() ? day.year() * 10000 + day.month() * 100 + day.day() : 0;
}

bool isLongContext(std::string_view tier)
{
    constexpr std::string_view mark = "long-context";
    return tier == mark || (tier.size() > mark.size() && tier.substr(tier.size() - mark.size()) == mark &&
                            tier[tier.size() - mark.size() - 1] == '+');
}

namespace {

// tl_reprice_cost(TL_REPRICE_ARGS): the row's new cost_nano (NULL: unpriced).
void costFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *state = static_cast<Repricer::State *>(sqlite3_user_data(context));
    qint64 nanos = 0;
    switch (state->price(Repricer::State::Row(argv), &nanos)) {
    case Repricer::State::Outcome::Priced:
        sqlite3_result_int64(context, nanos);
        return;
    case Repricer::State::Outcome::Overflow: {
        const QByteArray message = state->overflowMessage(argv);
        sqlite3_result_error(context, message.constData(), int(message.size()));
        return;
    }
    case Repricer::State::Outcome::Unwanted:   // the WHERE clause keeps these out
    case Repricer::State::Outcome::Unpriced:
        sqlite3_result_null(context);
        return;
    }
}

// tl_reprice_differs(TL_REPRICE_ARGS, cost_nano, cost_status, project, api_key_id): 1 when the row is re-priced and its
// cost changes. Counts the rows examined and notes each changed row's difference for the rollups.
// Runs for every row of the days: each argument is read once, and the rollups' notes take the
// model's interned name (no lookup by name).
void differsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *state = static_cast<Repricer::State *>(sqlite3_user_data(context));
    const Repricer::State::Row row(argv);
    sqlite3_value *old = argv[RowArgs];
    const bool hadCost = sqlite3_value_type(old) != SQLITE_NULL;
    const std::optional<qint64> oldCost = hadCost ? std::optional(sqlite3_value_int64(old)) : std::nullopt;
    const int oldStatus = CostChanges::statusCode(textOf(argv[RowArgs + 1]));
    Repricer::State::Entry &entry = state->entry(row.accountId, row.model);
    const CostChanges::ModelName model = state->internedName(entry);
    // A row that keeps its cost and status, as the rollups see it (CostChanges::see).
    const auto unchanged = [&] {
        state->changes.see(row.accountId, row.day, model, oldCost, oldStatus);
        sqlite3_result_int(context, 0);
    };
    if (oldStatus == CostChanges::statusCode("reported"))
        return unchanged();
    qint64 nanos = 0;
    const Repricer::State::Outcome outcome = state->price(row, entry, &nanos);
    if (outcome == Repricer::State::Outcome::Unwanted)
        return unchanged();
    ++state->examined;
    if (outcome == Repricer::State::Outcome::Overflow) {
        const QByteArray message = state->overflowMessage(argv);
        sqlite3_result_error(context, message.constData(), int(message.size()));
        return;
    }
    const bool hasCost = outcome == Repricer::State::Outcome::Priced;
    const std::optional<qint64> newCost = hasCost ? std::optional(nanos) : std::nullopt;
    const bool differs = oldCost != newCost;
    state->changes.see(row.accountId, row.day, model, newCost,
                       CostChanges::statusCode(hasCost ? "estimated" : "unpriced"));
    if (differs && state->onePass && state->pending.set) {
        state->outOfOrder = true;
        sqlite3_result_error(context, "re-pricing: rows evaluated out of order", -1);
        return;
    }
    if (differs && state->onePass)
        state->pending = {true, 0, newCost};
    if (differs) {
        // The rollup's unpriced tokens: all but requests (core/storage/usagerepository.cpp).
        Wide tokens = 0;
        for (int i = 0; i < 5; ++i)
            tokens += row.tokens[i];
        const int unpriced = int(!hasCost) - int(!hadCost);
        state->changes.add(row.accountId, row.day, model, textOf(argv[RowArgs + 2]), textOf(argv[RowArgs + 3]),
                           Wide(newCost.value_or(0)) - oldCost.value_or(0), unpriced, tokens);
        state->changes.move(row.accountId, row.day, model, oldCost, newCost);
    }
    sqlite3_result_int(context, differs ? 1 : 0);
}

// tl_reprice_new_cost() and tl_reprice_new_status(): the new cost_nano and cost_status of the
// row tl_reprice_differs() has just found changed (the fast statement, see State::Pending).
void takePending(sqlite3_context *context, bool status)
{
    auto *state = static_cast<Repricer::State *>(sqlite3_user_data(context));
    auto &pending = state->pending;
    if (!pending.set) {
        state->outOfOrder = true;
        sqlite3_result_error(context, "re-pricing: rows evaluated out of order", -1);
        return;
    }
    if (status)
        sqlite3_result_text(context, pending.cost ? "estimated" : "unpriced", -1, SQLITE_STATIC);
    else if (pending.cost)
        sqlite3_result_int64(context, *pending.cost);
    else
        sqlite3_result_null(context);
    if (++pending.reads == 2)
        pending.set = false;
}

void newCostFunction(sqlite3_context *context, int, sqlite3_value **)
{
    takePending(context, false);
}

void newStatusFunction(sqlite3_context *context, int, sqlite3_value **)
{
    takePending(context, true);
}

}   // namespace

bool registerFunctions(sqlite3 *db, Repricer::State *state, QString *error)
{
    // SQLITE_DIRECTONLY: only our own statements can call them, never a trigger or view in the file.
    const int flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
    if (sqlite3_create_function_v2(db, "tl_reprice_cost", RowArgs, flags, state, costFunction, nullptr, nullptr,
                                   nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(db, "tl_reprice_differs", RowArgs + 4, flags, state, differsFunction, nullptr,
                                   nullptr, nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(db, "tl_reprice_new_cost", 0, flags, state, newCostFunction, nullptr, nullptr,
                                   nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(db, "tl_reprice_new_status", 0, flags, state, newStatusFunction, nullptr, nullptr,
                                   nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void unregisterFunctions(sqlite3 *db)
{
    for (const auto &[name, args] :
         {std::pair{"tl_reprice_cost", RowArgs}, std::pair{"tl_reprice_differs", RowArgs + 4},
          std::pair{"tl_reprice_new_cost", 0}, std::pair{"tl_reprice_new_status", 0}})
        sqlite3_create_function_v2(db, name, args, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
}

}   // namespace repricing

}   // namespace tl
