#pragma once

#include "money/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace tl {

// Totals of one group (a provider, a model, an account) over the report's period.
struct UsageTotals
{
    QString key;     // provider id, model name or account id
    QString label;   // what a person reads
    Money cost;      // estimated + reported usage cost; unpriced rows are not in it
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;
    qint64 unpricedTokens = 0;
    qint64 rows = 0;

    qint64 tokens() const { return inputTokens + cachedInputTokens + cacheWriteTokens + outputTokens; }
};

// What providers billed in one currency. Only USD is ever summed into USD figures.
struct BilledTotal
{
    QString currency;
    Money amount;   // 1e-9 units of `currency`
};

// A model in the data that no price covers: excluded from every money total, listed loudly.
struct UnpricedModel
{
    QString provider;
    QString model;
    qint64 tokens = 0;
    qint64 rows = 0;
};

// Spend over an inclusive range of UTC days, from the rollups.
struct Report
{
    QDate from;
    QDate to;
    UsageTotals total;
    QList<UsageTotals> byProvider;
    QList<UsageTotals> byModel;
    QList<UsageTotals> byAccount;
    QList<BilledTotal> billed;
    QList<UnpricedModel> unpriced;   // never "(unattributed)": no price could cover it
    // Tokens of usage providers reported without a model name ("(unattributed)"): not a model to
    // price; their cost is the provider's billed amount, or cannot be estimated.
    qint64 unattributedTokens = 0;

    // Share of tokens that carry a cost, in hundredths of a percent (9952 = 99.52 %), rounded
    // half-even; nullopt when there are no tokens.
    std::optional<qint64> priceCoverageBasisPoints() const;
    static QString formatBasisPoints(qint64 basisPoints);   // "99.52"

    QJsonObject toJson() const;
};

// Builds Reports from the database. Reads only: safe on a reader connection in any thread
// that owns it.
class ReportBuilder final
{
public:
    explicit ReportBuilder(QSqlDatabase db);

    std::optional<Report> build(QDate from, QDate to, QString *error = nullptr) const;
    // Only the report's models no price covers (unpriced, unattributedTokens): the Pricing page's
    // banner, without the totals and breakdowns of build().
    bool readUnpriced(QDate from, QDate to, Report *report, QString *error = nullptr) const;
    // The same over the whole history, from the per-model rollup (usage_models): as many
    // rows as accounts × unpriced models, however long the history.
    bool readUnpricedEver(Report *report, QString *error = nullptr) const;

    // Totals by project/workspace ("project") or API key ("key"), from the rollups kept per day
    // and month, account, project and key (groupRollupSource).
    std::optional<QList<UsageTotals>> breakdownBy(const QString &dimension, QDate from, QDate to,
                                                  QString *error = nullptr) const;

private:
    bool readUnpricedRows(QSqlQuery &q, Report *report, QString *error) const;
    bool breakdown(const QString &groupSql, const QString &labelSql, const QString &joinSql, QDate from, QDate to,
                   QList<UsageTotals> *out, QString *error) const;

    QSqlDatabase m_db;
};

}   // namespace tl
