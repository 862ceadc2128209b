#include "repricer.h"

#include "repricerstate.h"

#include "common/dates.h"
#include "storage/schemadialect.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tl {

namespace {

// usage's CHECK constraints left out of the statements prepared and run while it lives (PRAGMA
// ignore_check_constraints; SQLite decides when it prepares, and setting the pragma expires the
// prepared statements, so it stays on until the UPDATE has run). They hold by construction for what
// re-pricing writes: cost_nano an integer from sqlite3_result_int64() or NULL, cost_status
// 'estimated' exactly when it is not NULL (both from one pricing of the row), and no other column
// but revision. Evaluating them was 8-9% of the UPDATE's instructions (callgrind, 200k rows: 6-7%
// of the whole re-pricing's, dense and sparse).
class ChecksLeftOut final
{
public:
    explicit ChecksLeftOut(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    }
    ~ChecksLeftOut() { sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(ChecksLeftOut)

private:
    sqlite3 *m_db;
};

}   // namespace

Repricer::Repricer(QSqlDatabase db, const PricingCatalog &catalog)
    : m_db(std::move(db))
    , m_state(std::make_unique<State>(catalog))
{
    if (sql::dialectOf(m_db) == sql::Dialect::Postgres)
        m_pg = std::make_unique<PgRepricer>(m_db, catalog);
}

Repricer::~Repricer()
{
    sqlite3 *handle = sql::nativeHandle(m_db);
    if (!handle)
        return;
    repricing::unregisterFunctions(handle);
    QString ignored;
    sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.tl_reprice_keys"), &ignored);
}

qint64 Repricer::examined() const
{
    if (m_pg)
        return m_pg->examined();
    return m_state->examined;
}

bool Repricer::prepare(QString *error)
{
    sqlite3 *handle = sql::nativeHandle(m_db);
    if (!handle) {
        *error = QStringLiteral("re-pricing needs the SQLite library TokenLedger is linked with");
        return false;
    }
    return repricing::registerFunctions(handle, m_state.get(), error);
}

bool Repricer::start(const QString &provider, const QString &modelKey, QString *error)
{
    if (m_pg)
        return m_pg->start(provider, modelKey, error);
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
        // One model key: its rows are few. usage_models names every (account, model) the rows have
        // (kept by triggers), and usage_account_daily every account-day: the (day, account, model)s
        // holding them are found by a primary-key probe of usage_daily per account-day, not by
        // reading every model's daily row of the account (80 a day with dense data) or a list of
        // models taken from all of usage_daily — what grew with the ledger, not with the rows changed.
        QList<std::pair<qint64, QString>> pairs;
        sql::SqliteStatement names;
        if (!names.prepare(handle, "SELECT account_id, model FROM usage_models", error))
            return false;
        while (names.step()) {
            const auto account = m_state->accountProviders.constFind(names.int64(0));
            const QString model = names.text(1);
            if (account != m_state->accountProviders.constEnd() && m_state->coversProvider(*account) &&
                PricingCatalog::modelKey(model) == modelKey)
                pairs.append({account.key(), model});
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
                          "INSERT INTO temp.tl_reprice_keys SELECT d.day, d.account_id, ?2 FROM usage_account_daily "
                          "d WHERE d.account_id = ?1 AND EXISTS (SELECT 1 FROM usage_daily u WHERE u.day = d.day "
                          "AND u.account_id = ?1 AND u.model = ?2)",
                          error))
            return false;
        for (const auto &[accountId, model] : std::as_const(pairs)) {
            keys.reset();
            keys.bind(1, accountId);
            keys.bind(2, model);
            keys.step();
            if (!keys.ok()) {
                *error = keys.error();
                return false;
            }
        }
        sql::SqliteStatement days;
        if (!days.prepare(handle, "SELECT day, COUNT(*) FROM temp.tl_reprice_keys GROUP BY day ORDER BY day", error))
            return false;
        qint64 keyCount = 0;
        while (days.step()) {
            m_days.append(days.text(0));
            keyCount += days.int64(1);
        }
        if (!days.ok()) {
            *error = days.error();
            return false;
        }
        // The first step about as large as re-pricing every row's (4 days of ~1,000 rows): one
        // model has a few rows a day, and each step is a transaction under the profile's lock
        // (two synced files), so starting at 4 days spent most of a small override's time on those.
        if (keyCount > 0)
            m_daysPerStep = std::clamp<qsizetype>(qsizetype(1024 * qint64(m_days.size()) / keyCount), 4, 1 << 16);
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
    if (m_pg)
        return m_pg->step(ms, error);
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
    // tl_reprice_differs() sees every row of the days (by ranges of days) or of the model key's
    // (day, account, model)s, reported ones too (it leaves them alone), so that the Usage page's
    // bucket bounds are taken from what it saw (CostChanges::see) instead of reading each changed
    // bucket's rows again — for a model key, the buckets of one model.
    const QByteArray tail =
        " WHERE " + where + " AND tl_reprice_differs(" TL_REPRICE_ARGS ", cost_nano, cost_status, project, api_key_id)";
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
        m_state->changes.clear();
        m_state->changes.setSeesEveryRow(!m_byKeys);
        m_state->examined = examinedBefore;
        m_state->pending = {};
        m_state->outOfOrder = false;
        m_state->onePass = sql == fast && m_onePass;
        const ChecksLeftOut unchecked(sql::nativeHandle(m_db));
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
    m_daysPerStep = nextDaysPerStep(m_daysPerStep, elapsed.elapsed(), ms);
    return true;
}

bool Repricer::refreshRollups(QString *error)
{
    // Re-pricing changes only costs: the rollups take the differences (storage/costrollups.h).
    return m_state->changes.apply(m_db, &m_rollups, error);
}

}   // namespace tl