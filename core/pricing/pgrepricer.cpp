#include "pgrepricer.h"

#include "common/dates.h"
#include "storage/queryloop.h"
#include "storage/sqlutil.h"
#include "storage/usagerepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <set>

namespace tl {

PgRepricer::PgRepricer(QSqlDatabase db, const PricingCatalog &catalog)
    : m_db(std::move(db))
    , m_calculator(catalog)
{}

bool PgRepricer::start(const QString &provider, const QString &modelKey, QString *error)
{
    m_providers.clear();
    m_wanted.clear();
    m_models.clear();
    m_days.clear();
    m_next = 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::prepare(q, QStringLiteral("SELECT id, provider FROM accounts"), error) || !sql::exec(q, error))
        return false;
    while (q.next()) {
        // A provider's prices (and overrides) also price the coding agents billed at them.
        const QString accountProvider = q.value(1).toString();
        if (provider.isEmpty() || accountProvider == provider ||
            PricingCatalog::pricingProviderId(accountProvider) == provider)
            m_providers.insert(q.value(0).toLongLong(), accountProvider);
    }
    if (!sql::readSucceeded(q, error))
        return false;
    // The daily rollup names every (day, account, model) that holds rows: no read of the rows.
    if (!sql::prepare(q, QStringLiteral("SELECT day, account_id, model FROM usage_daily"), error) ||
        !sql::exec(q, error))
        return false;
    std::set<QString> days;
    QSet<QString> models;
    while (q.next()) {
        const qint64 account = q.value(1).toLongLong();
        const QString model = q.value(2).toString();
        if (!m_providers.contains(account) || (!modelKey.isEmpty() && PricingCatalog::modelKey(model) != modelKey))
            continue;
        m_wanted.insert({account, model});
        models.insert(model);
        days.insert(q.value(0).toString());
    }
    if (!sql::readSucceeded(q, error))
        return false;
    if (!modelKey.isEmpty())
        m_models = QStringList(models.cbegin(), models.cend());
    m_days = QStringList(days.cbegin(), days.cend());
    return true;
}

bool PgRepricer::step(int ms, QString *error)
{
    if (atEnd())
        return true;
    QElapsedTimer elapsed;
    elapsed.start();
    const qsizetype last = std::min(m_next + m_daysPerStep, m_days.size()) - 1;
    QString statement = QStringLiteral(
        "SELECT account_id, day, model, project, api_key_id, service_tier, source, input_tokens, "
        "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, cost_nano, "
        "cost_status FROM usage WHERE day BETWEEN ? AND ? AND cost_status <> 'reported'");
    if (!m_models.isEmpty())
        statement += QStringLiteral(" AND model IN (%1)")
                         .arg(QStringList(m_models.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::prepare(q, statement, error))
        return false;
    q.addBindValue(m_days.at(m_next));
    q.addBindValue(m_days.at(last));
    for (const QString &model : std::as_const(m_models))
        q.addBindValue(model);
    if (!sql::exec(q, error))
        return false;
    QList<UsageRecord> changed;
    while (q.next()) {
        UsageRecord r;
        r.accountId = q.value(0).toLongLong();
        r.model = q.value(2).toString();
        if (!m_wanted.contains({r.accountId, r.model}))
            continue;
        r.day = parseIsoDay(q.value(1).toString()).value_or(QDate());
        r.project = q.value(3).toString();
        r.apiKeyId = q.value(4).toString();
        r.serviceTier = q.value(5).toString();
        r.source = q.value(6).toString();
        r.inputTokens = q.value(7).toLongLong();
        r.cachedInputTokens = q.value(8).toLongLong();
        r.cacheWrite5mTokens = q.value(9).toLongLong();
        r.cacheWrite1hTokens = q.value(10).toLongLong();
        r.outputTokens = q.value(11).toLongLong();
        r.requests = q.value(12).toLongLong();
        ++m_examined;
        const CostResult priced =
            m_calculator.price(m_providers.value(r.accountId), r, CostCalculator::Reason::OnlyOverflow);
        if (priced.overflow) {
            *error = priced.reason;
            return false;
        }
        const std::optional<qint64> old =
            q.value(13).isNull() ? std::nullopt : std::optional<qint64>(q.value(13).toLongLong());
        const std::optional<qint64> now = priced.cost ? std::optional<qint64>(priced.cost->nanos()) : std::nullopt;
        if (old == now && q.value(14).toString() == costStatusName(priced.status))
            continue;
        r.cost = priced.cost;
        r.costStatus = priced.status;
        changed.append(r);
    }
    if (!sql::readSucceeded(q, error))
        return false;
    const UpsertResult written = UsageRepository(m_db).updateCosts(changed);
    if (!written.ok) {
        *error = written.error;
        return false;
    }
    m_changed += written.updated;
    m_next = last + 1;
    m_daysPerStep = nextDaysPerStep(m_daysPerStep, elapsed.elapsed(), ms);
    return true;
}

}   // namespace tl
