#include "report.h"

#include "analytics/groupbreakdown.h"
#include "common/dates.h"
#include "common/int128.h"
#include "providers/providercatalog.h"
#include "records/records.h"
#include "storage/queryloop.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

QJsonObject moneyJson(Money m)
{
    // Exact decimal text plus the integer, so nothing downstream has to parse a float.
    return QJsonObject{{QStringLiteral("usd"), m.toExactString()},
                       {QStringLiteral("nano_usd"), QString::number(m.nanos())}};
}

QJsonObject totalsJson(const UsageTotals &t)
{
    QJsonObject o{
        {QStringLiteral("cost"), moneyJson(t.cost)},
        {QStringLiteral("input_tokens"), t.inputTokens},
        {QStringLiteral("cached_input_tokens"), t.cachedInputTokens},
        {QStringLiteral("cache_write_tokens"), t.cacheWriteTokens},
        {QStringLiteral("output_tokens"), t.outputTokens},
        {QStringLiteral("total_tokens"), t.tokens()},
        {QStringLiteral("requests"), t.requests},
        {QStringLiteral("unpriced_tokens"), t.unpricedTokens},
        {QStringLiteral("rows"), t.rows},
    };
    if (!t.key.isEmpty()) {
        o.insert(QStringLiteral("key"), t.key);
        o.insert(QStringLiteral("label"), t.label);
    }
    return o;
}

QJsonArray listJson(const QList<UsageTotals> &list)
{
    QJsonArray a;
    for (const UsageTotals &t : list)
        a.append(totalsJson(t));
    return a;
}

const QString SumColumns =
    QStringLiteral("SUM(d.input_tokens), SUM(d.cached_input_tokens), SUM(d.cache_write_tokens), SUM(d.output_tokens), "
                   "SUM(d.requests), SUM(d.cost_nano), SUM(d.unpriced_tokens), SUM(d.row_count)");

void readSums(const QSqlQuery &q, int first, UsageTotals *t)
{
    t->inputTokens = q.value(first).toLongLong();
    t->cachedInputTokens = q.value(first + 1).toLongLong();
    t->cacheWriteTokens = q.value(first + 2).toLongLong();
    t->outputTokens = q.value(first + 3).toLongLong();
    t->requests = q.value(first + 4).toLongLong();
    t->cost = Money::fromNanos(q.value(first + 5).toLongLong());
    t->unpricedTokens = q.value(first + 6).toLongLong();
    t->rows = q.value(first + 7).toLongLong();
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sql::describeError(q.lastError());
    return false;
}

}   // namespace

std::optional<qint64> Report::priceCoverageBasisPoints() const
{
    const qint64 all = total.tokens();
    if (all <= 0)
        return std::nullopt;
    using i128 = Int128;
    const i128 scaled = static_cast<i128>(all - total.unpricedTokens) * 10000;
    i128 q = scaled / all;
    const i128 r = scaled % all;
    if (r * 2 > all || (r * 2 == all && (q & 1)))
        ++q;
    return static_cast<qint64>(q);
}

QString Report::formatBasisPoints(qint64 basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject Report::toJson() const
{
    QJsonArray unpricedJson;
    for (const UnpricedModel &u : unpriced)
        unpricedJson.append(QJsonObject{{QStringLiteral("provider"), u.provider},
                                        {QStringLiteral("model"), u.model},
                                        {QStringLiteral("tokens"), u.tokens},
                                        {QStringLiteral("rows"), u.rows}});
    const auto basisPoints = priceCoverageBasisPoints();
    const QJsonObject coverage{
        {QStringLiteral("priced_tokens"), total.tokens() - total.unpricedTokens},
        {QStringLiteral("total_tokens"), total.tokens()},
        {QStringLiteral("unattributed_tokens"), unattributedTokens},
        {QStringLiteral("percent"), basisPoints ? QJsonValue(formatBasisPoints(*basisPoints)) : QJsonValue()},
    };
    QJsonArray billedJson;
    for (const BilledTotal &b : billed)
        billedJson.append(QJsonObject{{QStringLiteral("currency"), b.currency},
                                      {QStringLiteral("amount"), b.amount.toExactString()}});
    return QJsonObject{
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), isoDay(from)},
                                               {QStringLiteral("to"), isoDay(to)},
                                               {QStringLiteral("days"), QStringLiteral("UTC")}}},
        {QStringLiteral("total"), totalsJson(total)},
        {QStringLiteral("by_provider"), listJson(byProvider)},
        {QStringLiteral("by_model"), listJson(byModel)},
        {QStringLiteral("by_account"), listJson(byAccount)},
        {QStringLiteral("billed"), billedJson},
        {QStringLiteral("unpriced_models"), unpricedJson},
        {QStringLiteral("price_coverage"), coverage},
    };
}

ReportBuilder::ReportBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool ReportBuilder::breakdown(const QString &groupSql, const QString &labelSql, const QString &joinSql, QDate from,
                              QDate to, QList<UsageTotals> *out, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2, %3 FROM usage_daily d %4 WHERE d.day BETWEEN ? AND ? "
                             "GROUP BY 1 ORDER BY SUM(d.cost_nano) DESC, 1")
                  .arg(groupSql, labelSql, SumColumns, joinSql));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec())
        return fail(q, error);
    while (q.next()) {
        UsageTotals t;
        t.key = q.value(0).toString();
        t.label = q.value(1).toString();
        readSums(q, 2, &t);
        out->append(t);
    }
    return sql::readSucceeded(q, error);
}

std::optional<QList<UsageTotals>> ReportBuilder::breakdownBy(const QString &dimension, QDate from, QDate to,
                                                             QString *error) const
{
    const QString column = dimension == u"project" ? QStringLiteral("project")
                           : dimension == u"key"   ? QStringLiteral("api_key_id")
                                                   : QString();
    if (column.isEmpty()) {
        if (error)
            *error = QStringLiteral("unknown breakdown \"%1\"").arg(dimension);
        return std::nullopt;
    }
    QVariantList binds;
    const std::optional<QString> source = groupRollupSource(m_db, from, to, &binds, error);
    if (!source)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT g.%1, SUM(g.input_tokens), SUM(g.cached_input_tokens), SUM(g.cache_write_tokens), "
                             "SUM(g.output_tokens), SUM(g.requests), SUM(g.cost_nano), SUM(g.unpriced_tokens), "
                             "SUM(g.row_count) FROM %2 g GROUP BY 1 ORDER BY 7 DESC, 1")
                  .arg(column, *source));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    QList<UsageTotals> out;
    while (q.next()) {
        UsageTotals t;
        t.key = q.value(0).toString();
        t.label = t.key.isEmpty() ? QStringLiteral("(none)") : t.key;
        readSums(q, 1, &t);
        out.append(t);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return out;
}

std::optional<Report> ReportBuilder::build(QDate from, QDate to, QString *error) const
{
    Report report;
    report.from = from;
    report.to = to;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM usage_daily d WHERE d.day BETWEEN ? AND ?").arg(SumColumns));
    q.addBindValue(isoDay(from));
    q.addBindValue(isoDay(to));
    if (!q.exec() || !q.next()) {
        fail(q, error);
        return std::nullopt;
    }
    readSums(q, 0, &report.total);

    const QString accountJoin = QStringLiteral("JOIN accounts a ON a.id = d.account_id");
    if (!breakdown(QStringLiteral("a.provider"), QStringLiteral("a.provider"), accountJoin, from, to,
                   &report.byProvider, error) ||
        !breakdown(QStringLiteral("d.model"), QStringLiteral("d.model"), QString(), from, to, &report.byModel, error) ||
        // By a.id (= d.account_id), which PostgreSQL knows determines a.label.
        !breakdown(QStringLiteral("a.id"), QStringLiteral("a.label"), accountJoin, from, to, &report.byAccount, error))
        return std::nullopt;
    for (UsageTotals &t : report.byProvider)
        t.label = providerDisplayName(t.key);

    QSqlQuery billed(m_db);
    billed.prepare(QStringLiteral("SELECT currency, SUM(amount_nano) FROM costs WHERE day BETWEEN ? AND ? "
                                  "AND source <> 'manual' GROUP BY currency ORDER BY currency = 'USD' DESC, currency"));
    billed.addBindValue(isoDay(from));
    billed.addBindValue(isoDay(to));
    if (!billed.exec()) {
        fail(billed, error);
        return std::nullopt;
    }
    while (billed.next())
        report.billed.append({billed.value(0).toString(), Money::fromNanos(billed.value(1).toLongLong())});
    if (!sql::readSucceeded(billed, error))
        return std::nullopt;

    if (!readUnpriced(from, to, &report, error))
        return std::nullopt;
    return report;
}

bool ReportBuilder::readUnpriced(QDate from, QDate to, Report *report, QString *error) const
{
    QSqlQuery unpriced(m_db);
    unpriced.prepare(QStringLiteral("SELECT a.provider, d.model, SUM(d.unpriced_tokens), SUM(d.unpriced_rows) "
                                    "FROM usage_daily d JOIN accounts a ON a.id = d.account_id "
                                    "WHERE d.day BETWEEN ? AND ? AND d.unpriced_rows > 0 "
                                    "GROUP BY a.provider, d.model ORDER BY 3 DESC, 1, 2"));
    unpriced.addBindValue(isoDay(from));
    unpriced.addBindValue(isoDay(to));
    return readUnpricedRows(unpriced, report, error);
}

bool ReportBuilder::readUnpricedEver(Report *report, QString *error) const
{
    QSqlQuery unpriced(m_db);
    unpriced.prepare(QStringLiteral("SELECT a.provider, u.model, SUM(u.unpriced_tokens), SUM(u.unpriced_rows) "
                                    "FROM usage_models u JOIN accounts a ON a.id = u.account_id "
                                    "GROUP BY a.provider, u.model HAVING SUM(u.unpriced_rows) > 0 "
                                    "ORDER BY 3 DESC, 1, 2"));
    return readUnpricedRows(unpriced, report, error);
}

bool ReportBuilder::readUnpricedRows(QSqlQuery &unpriced, Report *report, QString *error) const
{
    unpriced.setForwardOnly(true);
    if (!unpriced.exec())
        return fail(unpriced, error);
    while (unpriced.next()) {
        const UnpricedModel u{unpriced.value(0).toString(), unpriced.value(1).toString(),
                              unpriced.value(2).toLongLong(), unpriced.value(3).toLongLong()};
        if (isUnattributedModel(u.model))
            report->unattributedTokens += u.tokens;   // a part of total.unpricedTokens: cannot overflow
        else
            report->unpriced.append(u);
    }
    return sql::readSucceeded(unpriced, error);
}

}   // namespace tl
