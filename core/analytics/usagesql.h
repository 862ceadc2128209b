#pragma once

#include "usagetable.h"

#include <QString>
#include <QVariantList>

#include <utility>

// The SQL the Usage page's statements are built from (usagetable.cpp): the sort's expressions and
// the model filter's sources. Internal to the analytics library.
namespace tl::usagesql {

// The column's value over `usage u JOIN accounts a`.
QString orderExpression(UsageColumn column);
// The page's ORDER BY over `usage u JOIN accounts a`: the column, then the natural key breaking ties
// in the same direction, so paging is stable.
QString pageOrder(UsageColumn column, const QString &direction);
// The rollup value that orders buckets of rows by their first row in the page's order (over
// usage_page_buckets b or usage_page_days b).
QString bucketOrderExpression(UsageColumn column, bool descending);
// The account-days whose models span the filter's model: `SELECT day, account_id` over
// usage_page_days b, its conditions' values appended to binds.
QString modelDays(const UsageFilter &filter, QVariantList *binds);
// `WITH d AS (modelDays) ` and a source `d <ordered join> TABLE u` of the rows of `table` on those
// account-days, sought by its key (day, account_id, model ...). On SQLite, with `dayOrder` (" ASC"
// or " DESC") the account-days come in that order of (day, account_id).
std::pair<QString, QString> modelDaysOf(const QSqlDatabase &db, const UsageFilter &filter, QLatin1String table,
                                        QVariantList *binds, const QString &dayOrder = QString());
// The totals row of one model from usage_model_months and its edge months' days; empty when the
// range holds no whole month.
QString modelTotalsSql(const QSqlDatabase &db, const UsageFilter &filter, QVariantList *binds);
// `WITH … k (day, account_id)`: the buckets holding the first `depth` rows of a model in a sort by
// any column but the day.
QString modelPageSource(const QSqlDatabase &db, const UsageFilter &filter, UsageColumn sortBy, bool descending,
                        qint64 depth, QVariantList *binds);

// Whether the filter's model has so few rows an account-day in its range (whatever their project,
// key and status: at most DirectRowsADay over the account-days modelDays names) that reading and
// sorting them all costs less than the buckets' bounds of modelPageSource. The bounds are read one
// an account-day, the model's rows a page or so an account-day, so the bounds win only with many
// rows a day — 29 a model and day sparse, where they pick about `depth` buckets of thousands. With
// three (dense) every bucket's bound held other models' rows and passed: one model of one account
// at 10M rows, 31,248 rows over 10,416 days, 125 ms through the buckets, 60 ms read and sorted.
// The rows come from the totals row's sources (usage_model_months), the days from usage_page_days'
// index (a few ms for 10,000 account-days). False if a count fails: the bounds are used.
bool fewRowsADay(const QSqlDatabase &db, const UsageFilter &filter);
constexpr qint64 DirectRowsADay = 8;

}   // namespace tl::usagesql
