#include "repricer.h"

#include "repricerstate.h"

#include "common/dates.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QElapsedTimer>

namespace tl {

namespace {

using repricing::RowArgs;
using repricing::Wide;

// The same rollup as UsageRepository keeps (core/storage/usagerepository.cpp, TL_ROLLUP_*): the two
// must compute the same figures.
#define TL_REPRICE_ROLLUP                                                                                              \
    "INSERT INTO usage_daily (day, account_id, model, input_tokens, cached_input_tokens, cache_write_tokens, "         \
    "output_tokens, requests, cost_nano, unpriced_tokens, unpriced_rows, row_count) "                                  \
    "SELECT day, account_id, model, SUM(input_tokens), SUM(cached_input_tokens), "                                     \
    "SUM(cache_write_5m_tokens + cache_write_1h_tokens), SUM(output_tokens), SUM(requests), "                          \
    "COALESCE(SUM(cost_nano), 0), "                                                                                    \
    "SUM(CASE WHEN cost_nano IS NULL THEN input_tokens + cached_input_tokens + cache_write_5m_tokens "                 \
    "+ cache_write_1h_tokens + output_tokens ELSE 0 END), "                                                            \
    "SUM(cost_nano IS NULL), COUNT(*) FROM usage "                                                                     \
    "WHERE (day, account_id) IN (SELECT day, account_id FROM temp.tl_reprice_touched) GROUP BY day, account_id, model"

}   // namespace

Repricer::Repricer(QSqlDatabase db, const PricingCatalog &catalog)
    : m_db(std::move(db))
    , m_state(std::make_unique<State>(catalog))
{}

Repricer::~Repricer()
{
    sqlite3 *handle = sql::nativeHandle(m_db);
    if (!handle)
        return;
    repricing::unregisterFunctions(handle);
    QString ignored;
    sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.tl_reprice_keys"), &ignored);
    sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.tl_reprice_touched"), &ignored);
}

qint64 Repricer::examined() const
{
    return m_state->examined;
}

bool Repricer::prepare(QString *error)
{
    sqlite3 *handle = sql::nativeHandle(m_db);
    if (!handle) {
        *error = QStringLiteral("re-pricing needs the SQLite library TokenLedger is linked with");
        return false;
    }
    if (!repricing::registerFunctions(handle, m_state.get(), error))
        return false;
    return sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.tl_reprice_touched"), error) &&
           sql::exec(m_db,
                     QStringLiteral("CREATE TEMP TABLE tl_reprice_touched (day TEXT NOT NULL, account_id INTEGER "
                                    "NOT NULL, PRIMARY KEY (day, account_id)) WITHOUT ROWID"),
                     error);
}

bool Repricer::start(const QString &provider, const QString &modelKey, QString *error)
{
    m_state->provider = provider;
    m_state->modelKey = modelKey;
    if (!prepare(error))
        return false;
    sqlite3 *handle = sql::nativeHandle(m_db);
    sql::SqliteStatement accounts;
    if (!accounts.prepare(handle, "SELECT id, provider FROM accounts", error))
        return false;
    while (accounts.step())
        m_state->accountProviders.insert(accounts.int64(0), accounts.text(1));
    if (!accounts.ok()) {
        *error = accounts.error();
        return false;
    }

    m_days.clear();
    m_next = 0;
    m_byKeys = !modelKey.isEmpty();
    if (m_byKeys) {
        // One model key: its rows are few, and the daily rollup names the (day, account, model)s
        // that hold them — reached by primary key instead of reading the whole table.
        QStringList models;
        sql::SqliteStatement names;
        if (!names.prepare(handle, "SELECT DISTINCT model FROM usage_daily", error))
            return false;
        while (names.step()) {
            const QString model = names.text(0);
            if (PricingCatalog::modelKey(model) == modelKey)
                models.append(model);
        }
        if (!names.ok()) {
            *error = names.error();
            return false;
        }
        if (!sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.tl_reprice_keys"), error) ||
            !sql::exec(m_db,
                       QStringLiteral("CREATE TEMP TABLE tl_reprice_keys (day TEXT NOT NULL, account_id INTEGER "
                                      "NOT NULL, model TEXT NOT NULL, PRIMARY KEY (day, account_id, model)) "
                                      "WITHOUT ROWID"),
                       error))
            return false;
        sql::SqliteStatement keys;
        if (!keys.prepare(handle,
                          "INSERT INTO temp.tl_reprice_keys SELECT day, account_id, model FROM usage_daily "
                          "WHERE account_id = ?1 AND model = ?2",
                          error))
            return false;
        for (auto account = m_state->accountProviders.cbegin(); account != m_state->accountProviders.cend();
             ++account) {
            if (!m_state->coversProvider(account.value()))
                continue;
            for (const QString &model : std::as_const(models)) {
                keys.reset();
                keys.bind(1, account.key());
                keys.bind(2, model);
                keys.step();
                if (!keys.ok()) {
                    *error = keys.error();
                    return false;
                }
            }
        }
        sql::SqliteStatement days;
        if (!days.prepare(handle, "SELECT DISTINCT day FROM temp.tl_reprice_keys ORDER BY day", error))
            return false;
        while (days.step())
            m_days.append(days.text(0));
        if (!days.ok()) {
            *error = days.error();
            return false;
        }
        return true;
    }
    // Every day that has rows, one primary-key seek each (not a read of every row).
    sql::SqliteStatement nextDay;
    if (!nextDay.prepare(handle, "SELECT day FROM usage WHERE day > ?1 ORDER BY day LIMIT 1", error))
        return false;
    QString day;
    for (;;) {
        nextDay.reset();
        nextDay.bind(1, day);
        if (!nextDay.step())
            break;
        day = nextDay.text(0);
        m_days.append(day);
    }
    if (!nextDay.ok()) {
        *error = nextDay.error();
        return false;
    }
    return true;
}

bool Repricer::step(int ms, QString *error)
{
    if (atEnd())
        return true;
    QElapsedTimer elapsed;
    elapsed.start();
    const qsizetype last = std::min(m_next + m_daysPerStep, m_days.size()) - 1;
    const QByteArray where =
        m_byKeys ? "(day, account_id, model) IN (SELECT day, account_id, model FROM temp.tl_reprice_keys "
                   "WHERE day BETWEEN ?1 AND ?2)"
                 : "day BETWEEN ?1 AND ?2";
    // The cost is computed in SQL's own pass over the rows; nothing goes back and forth per row.
    // The fast statement computes it once per row (in the WHERE clause); the safe one, should
    // SQLite ever not update in one pass, again for each changed column.
    const QByteArray tail = " WHERE " + where +
                            " AND cost_status <> 'reported' AND tl_reprice_differs(" TL_REPRICE_ARGS
                            ", cost_nano, cost_status)";
    const QByteArray fast = "UPDATE usage SET cost_nano = tl_reprice_new_cost(), "
                            "cost_status = tl_reprice_new_status(), revision = revision + 1" +
                            tail;
    const QByteArray safe = "UPDATE usage SET cost_nano = tl_reprice_cost(" TL_REPRICE_ARGS "), "
                            "cost_status = CASE WHEN tl_reprice_cost(" TL_REPRICE_ARGS ") IS NULL "
                            "THEN 'unpriced' ELSE 'estimated' END, revision = revision + 1" +
                            tail;
    const qint64 examinedBefore = m_state->examined;
    bool done = false;
    for (const QByteArray &sql : {m_onePass ? fast : safe, safe}) {
        m_state->deltas.clear();
        m_state->examined = examinedBefore;
        m_state->pending = {};
        m_state->outOfOrder = false;
        m_state->onePass = sql == fast && m_onePass;
        sql::SqliteStatement update;
        if (!update.prepare(sql::nativeHandle(m_db), sql, error))
            return false;
        update.bind(1, m_days.at(m_next));
        update.bind(2, m_days.at(last));
        update.step();
        if (update.ok()) {
            m_changed += update.changes();
            done = true;
            break;
        }
        // A failed statement undoes its own changes: the safe one starts from the same rows.
        if (!m_state->outOfOrder) {
            *error = update.error();
            return false;
        }
    }
    if (!done) {
        *error = QStringLiteral("re-pricing could not update the rows in order");
        return false;
    }
    if (!refreshRollups(error))
        return false;
    m_next = last + 1;
    // Aim at about `ms` a step: as many days as the last step's pace allows.
    const qint64 took = std::max<qint64>(elapsed.elapsed(), 1);
    if (took < ms / 2)
        m_daysPerStep = std::min<qsizetype>(m_daysPerStep * 2, 1 << 16);
    else if (took > ms && m_daysPerStep > 1)
        m_daysPerStep /= 2;
    return true;
}

bool Repricer::refreshRollups(QString *error)
{
    // Re-pricing changes only costs: each changed (day, account, model) rollup row takes the
    // difference, exact in 64 bits. A difference that does not fit, or a rollup row that is not
    // there, has its (account, day) summed again from the rows instead.
    sqlite3 *handle = sql::nativeHandle(m_db);
    const auto failed = [error](const QString &why) {
        *error = QStringLiteral("could not update the daily totals: %1").arg(why);
        return false;
    };
    sql::SqliteStatement add;
    if (!add.prepare(handle,
                     "UPDATE usage_daily SET cost_nano = cost_nano + ?4, unpriced_tokens = unpriced_tokens + ?5, "
                     "unpriced_rows = unpriced_rows + ?6 WHERE day = ?1 AND account_id = ?2 AND model = ?3 "
                     // A sum past 64 bits would turn into a float: recounted instead (and refused there).
                     "AND typeof(cost_nano + ?4) = 'integer' AND typeof(unpriced_tokens + ?5) = 'integer'",
                     error))
        return false;
    std::vector<std::pair<qint64, std::string>> recount;
    const auto fits = [](Wide v) {
        return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
    };
    for (const State::RollupDelta &d : m_state->deltas) {
        if (d.cost == 0 && d.unpricedRows == 0 && d.unpricedTokens == 0)
            continue;
        bool applied = false;
        if (fits(d.cost) && fits(d.unpricedTokens)) {
            add.reset();
            add.bind(1, QString::fromUtf8(d.day.data(), qsizetype(d.day.size())));
            add.bind(2, d.accountId);
            add.bind(3, QString::fromUtf8(d.model.data(), qsizetype(d.model.size())));
            add.bind(4, qint64(d.cost));
            add.bind(5, qint64(d.unpricedTokens));
            add.bind(6, d.unpricedRows);
            add.step();
            if (!add.ok())
                return failed(add.error());
            applied = add.changes() == 1;
        }
        if (!applied)
            recount.emplace_back(d.accountId, d.day);
    }
    m_state->deltas.clear();
    if (recount.empty())
        return true;
    QString why;
    if (!sql::exec(m_db, QStringLiteral("DELETE FROM temp.tl_reprice_touched"), &why))
        return failed(why);
    sql::SqliteStatement insert;
    if (!insert.prepare(handle, "INSERT OR IGNORE INTO temp.tl_reprice_touched (day, account_id) VALUES (?1, ?2)",
                        error))
        return false;
    for (const auto &[accountId, day] : recount) {
        insert.reset();
        insert.bind(1, QString::fromUtf8(day.data(), qsizetype(day.size())));
        insert.bind(2, accountId);
        insert.step();
        if (!insert.ok())
            return failed(insert.error());
    }
    if (!sql::exec(m_db,
                   QStringLiteral("DELETE FROM usage_daily WHERE (day, account_id) IN "
                                  "(SELECT day, account_id FROM temp.tl_reprice_touched)"),
                   &why) ||
        !sql::exec(m_db, QStringLiteral(TL_REPRICE_ROLLUP), &why))
        return failed(why);
    return true;
}

}   // namespace tl