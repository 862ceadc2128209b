#include "quality.h"

#include "storage/importrepository.h"

#include "common/dates.h"
#include "pricing/catalog.h"
#include "providers/providercatalog.h"
#include "storage/queryloop.h"
#include "storage/sqldialect.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace tl {

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sql::describeError(q.lastError());
    return false;
}

QDate day(const QVariant &v)
{
    return parseIsoDay(v.toString()).value_or(QDate());
}

// A finding from the columns every check selects: account id, label, provider, model, first day,
// last day, rows (the model column is skipped when `withModel` is false).
QualityFinding findingFrom(const QSqlQuery &q, QualityFinding::Kind kind, bool withModel = true)
{
    QualityFinding f;
    f.kind = kind;
    int c = 0;
    f.accountId = q.value(c++).toLongLong();
    f.account = q.value(c++).toString();
    f.provider = q.value(c++).toString();
    if (withModel)
        f.model = q.value(c++).toString();
    f.firstDay = day(q.value(c++));
    f.lastDay = day(q.value(c++));
    f.rows = q.value(c++).toLongLong();
    return f;
}

// The marks of the finding `t` (a quality_mark_totals row) in quality_marks' key order.
const char *const SameFinding = "m.kind = t.kind AND m.account_id = t.account_id AND m.model = t.model";

// One row per finding of `kind` from the totals the marks keep (schema 13): account, label,
// provider, model, first and last day (two seeks in the marks' key), then `more` columns.
QString findingsSql(const QString &kind, const QString &more)
{
    return QStringLiteral("SELECT t.account_id, a.label, a.provider, t.model, (SELECT MIN(m.day) FROM quality_marks m "
                          "WHERE %1), (SELECT MAX(m.day) FROM quality_marks m WHERE %1), %2 FROM quality_mark_totals t "
                          "JOIN accounts a ON a.id = t.account_id WHERE t.kind = '%3'")
        .arg(QLatin1String(SameFinding), more, kind);
}

std::nullopt_t noFindings(const QSqlQuery &q, QString *error)
{
    failed(q, error);
    return std::nullopt;
}

// A row no provider could have reported: a negative cost, or a count past AbsurdCount.
QString absurdRow()
{
    return QStringLiteral("(u.input_tokens > %1 OR u.cached_input_tokens > %1 OR u.cache_write_5m_tokens > %1 OR "
                          "u.cache_write_1h_tokens > %1 OR u.output_tokens > %1 OR u.requests > %1 OR "
                          "u.cost_nano < 0)")
        .arg(AbsurdCount);
}

// The changed days' marks of impossible values and of models counted from two sources, in SQL (the
// PostgreSQL path). CROSS JOIN keeps quality_dirty the outer loop, each of its days a range of the
// raw table's primary key (day, account_id, ...).
bool markChangedRowsInSql(QSqlDatabase db, QString *error)
{
    const QString statements[] = {
        // Down quality_marks_day for each changed day (an EXISTS per mark read every mark).
        QStringLiteral("DELETE FROM quality_marks WHERE (account_id, day) IN (SELECT account_id, day FROM "
                       "quality_dirty)"),
        QStringLiteral("INSERT INTO quality_marks (kind, account_id, model, day, rows) SELECT 'impossible', "
                       "u.account_id, u.model, u.day, COUNT(*) FROM quality_dirty d CROSS JOIN usage u ON u.day = "
                       "d.day AND u.account_id = d.account_id WHERE ") +
            absurdRow() + QStringLiteral(" GROUP BY u.account_id, u.model, u.day"),
        // More than one source is MIN <> MAX; the sources are listed for the models and days found.
        QStringLiteral("INSERT INTO quality_marks (kind, account_id, model, day, rows, sources) SELECT 'sources', "
                       "g.account_id, g.model, g.day, g.n, (SELECT GROUP_CONCAT(DISTINCT s.source) FROM usage s "
                       "WHERE s.day = g.day AND s.account_id = g.account_id AND s.model = g.model) FROM (SELECT "
                       "u.account_id, u.model, u.day, COUNT(*) AS n FROM quality_dirty d CROSS JOIN usage u ON "
                       "u.day = d.day AND u.account_id = d.account_id GROUP BY u.account_id, u.day, u.model "
                       "HAVING MIN(u.source) <> MAX(u.source)) AS g"),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, sql::query(db, statement), error))
            return false;
    }
    return true;
}

// The same marks on SQLite from one pass over the changed days' rows, through SQLite's own API. The
// two statements above grouped every row of those days twice, in temporary B-trees, COUNT(DISTINCT)
// and GROUP_CONCAT(DISTINCT) keeping a set per model and day: ~27 ms of CPU after a 30-day re-sync
// at 1M dense rows (28,000 rows), the longest part of the after-change step then. The rows come in
// key order (quality_dirty's account and day, then usage's model, ..., source), so a model's day is
// a run of consecutive rows. Adds the (account, model) pairs seen to *models (a DISTINCT over the
// days' usage_daily rows cost a sixth of the check).
bool markChangedRows(sqlite3 *handle, std::set<std::pair<qint64, std::string>> *models, QString *error)
{
    struct Mark
    {
        const char *kind;
        qint64 accountId;
        std::string model;
        std::string day;
        qint64 rows;
        std::string sources;   // sorted, distinct, comma-separated (as PostgreSQL's string_agg lists them)
    };
    std::vector<Mark> marks;
    // A row's counts and cost are read only on an account-day whose extremes (usage_page_days: each
    // column's smallest and largest value that day, kept with the rows) say one may be absurd: the
    // keys alone are a fifth of the work of reading every row's values.
    sql::SqliteStatement read;
    if (!read.prepare(handle,
                      QStringLiteral("SELECT d.account_id, d.day, u.model, u.source, CASE WHEN p.day IS NULL OR "
                                     "p.input_hi > %1 OR p.cached_hi > %1 OR p.write_hi > %1 OR p.output_hi > %1 OR "
                                     "p.requests_hi > %1 OR p.cost_lo < 0 THEN %2 ELSE 0 END FROM quality_dirty d "
                                     "LEFT JOIN usage_page_days p ON p.day = d.day AND p.account_id = d.account_id "
                                     "CROSS JOIN usage u ON u.day = d.day AND u.account_id = d.account_id")
                          .arg(AbsurdCount)
                          .arg(absurdRow())
                          .toUtf8(),
                      error))
        return false;
    qint64 accountId = 0;
    std::string day;
    std::string model;
    qint64 rows = 0;
    qint64 absurd = 0;
    std::vector<std::string> sources;
    const auto flush = [&] {
        if (absurd > 0)
            marks.push_back({"impossible", accountId, model, day, absurd, {}});
        if (sources.size() > 1) {
            std::sort(sources.begin(), sources.end());
            std::string list;
            for (const std::string &source : sources)
                list += (list.empty() ? "" : ",") + source;
            marks.push_back({"sources", accountId, model, day, rows, list});
        }
    };
    while (read.step()) {
        if (rows == 0 || read.int64(0) != accountId || read.textView(1) != day || read.textView(2) != model) {
            if (rows > 0)
                flush();
            accountId = read.int64(0);
            day = read.textView(1);
            model = read.textView(2);
            models->emplace(accountId, model);
            rows = absurd = 0;
            sources.clear();
        }
        ++rows;
        absurd += read.int64(4) != 0;
        const std::string_view source = read.textView(3);
        if (std::find(sources.cbegin(), sources.cend(), source) == sources.cend())
            sources.emplace_back(source);
    }
    if (!read.ok()) {
        if (error)
            *error = read.error();
        return false;
    }
    if (rows > 0)
        flush();
    sql::SqliteStatement write;
    const auto failed = [&] {
        if (error)
            *error = write.error();
        return false;
    };
    // The two single-column lists let SQLite seek quality_marks_day by account and day; the pair's
    // alone gave it the account only, and it read every mark of the account: 18 ms at 10M dense rows
    // (125,000 marks) for the 350 of 30 changed days.
    if (!write.prepare(handle,
                       "DELETE FROM quality_marks WHERE account_id IN (SELECT account_id FROM quality_dirty) AND day "
                       "IN (SELECT day FROM quality_dirty) AND (account_id, day) IN (SELECT account_id, day FROM "
                       "quality_dirty)",
                       error))
        return false;
    write.step();
    if (!write.ok())
        return failed();
    if (!write.prepare(handle,
                       "INSERT INTO quality_marks (kind, account_id, model, day, rows, sources) VALUES (?1, ?2, ?3, "
                       "?4, ?5, ?6)",
                       error))
        return false;
    for (const Mark &m : marks) {   // the findings: few
        write.bind(1, QString::fromLatin1(m.kind));
        write.bind(2, m.accountId);
        write.bind(3, QString::fromStdString(m.model));
        write.bind(4, QString::fromStdString(m.day));
        write.bind(5, m.rows);
        write.bind(6, QString::fromStdString(m.sources));
        write.step();
        if (!write.ok())
            return failed();
        write.reset();
    }
    return true;
}

}   // namespace

QString QualityFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ForeignModel:
        return QStringLiteral("foreign_model");
    case Kind::ImpossibleValue:
        return QStringLiteral("impossible_value");
    case Kind::DuplicateSources:
        return QStringLiteral("duplicate_sources");
    case Kind::FutureDate:
        return QStringLiteral("future_date");
    }
    return {};
}

UsageFilter QualityFinding::filter() const
{
    UsageFilter f;
    f.accountId = accountId;
    f.model = model;
    f.from = firstDay;
    f.to = lastDay;
    return f;
}

QString providerOfModel(const QString &raw)
{
    QString model = raw.toLower();
    if (model.startsWith(u"models/"))
        model = model.mid(7);
    if (model.contains(u'/'))
        return {};   // "vendor/model" names belong to gateways
    const std::pair<const char *, const char *> families[] = {
        {"claude", "anthropic"},
        {"gpt-", "openai"},
        {"chatgpt", "openai"},
        {"o1", "openai"},
        {"o3", "openai"},
        {"o4", "openai"},
        {"text-embedding-3", "openai"},
        {"text-embedding-ada", "openai"},
        {"omni-moderation", "openai"},
        {"dall-e", "openai"},
        {"whisper", "openai"},
        {"gemini", "google"},
        {"deepseek", "deepseek"},
        {"grok", "xai"},
        {"mistral", "mistral"},
        {"mixtral", "mistral"},
        {"codestral", "mistral"},
        {"magistral", "mistral"},
        {"ministral", "mistral"},
        {"pixtral", "mistral"},
        {"sonar", "perplexity"},
    };
    for (const auto &[prefix, provider] : families) {
        if (model.startsWith(QLatin1String(prefix)))
            return QString::fromLatin1(provider);
    }
    return {};
}

bool refreshQualityMarks(QSqlDatabase db, QString *error)
{
    // Nothing changed since the last check: nothing to look at (the usual case at start-up).
    {
        QSqlQuery any(db);
        if (!any.exec(QStringLiteral("SELECT 1 FROM quality_dirty LIMIT 1")))
            return failed(any, error);
        if (!any.next())
            return sql::readSucceeded(any, error);
    }
    sql::Savepoint savepoint(db, QStringLiteral("quality_check"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    // The (account, provider, model) of the changed days, for the marks of models of another provider.
    QList<std::tuple<qint64, QString, QString>> seen;
    if (sqlite3 *handle = sql::nativeHandle(db)) {
        std::set<std::pair<qint64, std::string>> models;   // from the rows read for the other marks
        if (!markChangedRows(handle, &models, error))
            return false;
        QHash<qint64, QString> providers;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, provider FROM accounts")))
            return failed(q, error);
        while (q.next())
            providers.insert(q.value(0).toLongLong(), q.value(1).toString());
        if (!sql::readSucceeded(q, error))
            return false;
        for (const auto &[accountId, model] : models)
            seen.append({accountId, providers.value(accountId), QString::fromStdString(model)});
    } else {
        if (!markChangedRowsInSql(db, error))
            return false;
        QSqlQuery models(db);
        models.setForwardOnly(true);
        if (!models.exec(sql::query(db, QStringLiteral("SELECT DISTINCT d.account_id, a.provider, r.model FROM "
                                                       "quality_dirty d CROSS JOIN usage_daily r ON r.day = d.day AND "
                                                       "r.account_id = d.account_id JOIN accounts a ON a.id = "
                                                       "d.account_id"))))
            return failed(models, error);
        while (models.next())
            seen.append({models.value(0).toLongLong(), models.value(1).toString(), models.value(2).toString()});
        if (!sql::readSucceeded(models, error))
            return false;
    }
    // Models of another provider on the changed days (gateways route every vendor; a coding
    // agent's account holds its vendor's models).
    QList<std::pair<qint64, QString>> foreign;
    for (const auto &[accountId, provider, model] : std::as_const(seen)) {
        const QString family = providerOfModel(model);
        if (family.isEmpty() || family == PricingCatalog::pricingProviderId(provider) || provider == u"openrouter" ||
            provider == u"other")
            continue;
        foreign.append({accountId, model});
    }
    QSqlQuery mark(db);
    mark.prepare(sql::query(
        db, QStringLiteral("INSERT INTO quality_marks (kind, account_id, model, day, rows) SELECT 'foreign', "
                           "r.account_id, r.model, r.day, r.row_count FROM quality_dirty d CROSS JOIN usage_daily r "
                           "ON r.day = d.day AND r.account_id = d.account_id WHERE r.account_id = ? AND r.model = ?")));
    for (const auto &[accountId, model] : foreign) {
        mark.addBindValue(accountId);
        mark.addBindValue(model);
        if (!sql::exec(mark, error))
            return false;
    }
    if (!sql::exec(db, QStringLiteral("DELETE FROM quality_dirty"), error))
        return false;
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

std::optional<QList<QualityFinding>> checkDataQuality(QSqlDatabase db, QDate today, QString *error)
{
    // The days written since the last check are looked at now; every finding is then read from
    // what the checks keep (quality_marks), never from a scan of the raw rows.
    if (!refreshQualityMarks(db, error))
        return std::nullopt;
    QList<QualityFinding> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Models of another provider. (An account with its own base URL may be a proxy that serves
    // several vendors: it is still listed, and the description says so.)
    if (!q.exec(findingsSql(QStringLiteral("foreign"), QStringLiteral("t.rows, a.base_url")) +
                QStringLiteral(" ORDER BY a.label, t.model")))
        return noFindings(q, error);
    while (q.next()) {
        const QString provider = q.value(2).toString();
        const QString model = q.value(3).toString();
        const QString family = providerOfModel(model);
        const bool proxied = !q.value(7).toString().isEmpty();
        QualityFinding f = findingFrom(q, QualityFinding::Kind::ForeignModel);
        f.description =
            QCoreApplication::translate("tl::Quality",
                                        "%1 looks like a model of %2, but it is on an account of %3. Was a file "
                                        "imported into the wrong account? Its cost is priced as %3's.%4")
                .arg(model, providerDisplayName(family), providerDisplayName(provider),
                     proxied ? QCoreApplication::translate("tl::Quality",
                                                           " (This account has its own base URL: if it is a proxy "
                                                           "that serves several vendors, this is expected.)")
                             : QString());
        out.append(f);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;

    // Impossible values in the raw rows.
    if (!q.exec(findingsSql(QStringLiteral("impossible"), QStringLiteral("t.rows")) +
                QStringLiteral(" ORDER BY t.account_id, t.model")))
        return noFindings(q, error);
    while (q.next()) {
        QualityFinding f = findingFrom(q, QualityFinding::Kind::ImpossibleValue);
        f.description = QCoreApplication::translate(
                            "tl::Quality", "Rows of %2 with a negative cost or more than a trillion tokens or requests "
                                           "in one day: %1. Check the file or export they came from.")
                            .arg(f.rows)
                            .arg(f.model);
        out.append(f);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;

    // The same account, day and model from two sources: probably counted twice.
    if (!q.exec(findingsSql(QStringLiteral("sources"),
                            QStringLiteral("t.days, (SELECT MAX(m.sources) FROM quality_marks m WHERE %1)")
                                .arg(QLatin1String(SameFinding))) +
                QStringLiteral(" ORDER BY a.label, t.model")))
        return noFindings(q, error);
    while (q.next()) {
        QualityFinding f = findingFrom(q, QualityFinding::Kind::DuplicateSources);
        f.description = QCoreApplication::translate(
            "tl::Quality", "Days of %2 that come from more than one source (%3), so they are counted "
                           "more than once: %1. %4, or keep CSV imports to accounts without a usage "
                           "API.");
        f.description = f.description.arg(f.rows).arg(f.model, q.value(7).toString(), QStringLiteral("%4"));
        out.append(f);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    // Which import brought the CSV rows: the finding names it, and the window links to it.
    for (QualityFinding &f : out) {
        if (f.kind != QualityFinding::Kind::DuplicateSources)
            continue;
        if (const auto import = ImportRepository(db).covering(f.accountId, f.firstDay)) {
            f.importId = import->id;
            f.description = f.description.arg(
                QCoreApplication::translate("tl::Quality", "Remove import %1 (%2: Usage → Imports, or tokenledger "
                                                           "imports remove %1)")
                    .arg(import->id)
                    .arg(import->fileName));
        } else {
            f.description = f.description.arg(QCoreApplication::translate("tl::Quality", "Remove the imported rows"));
        }
    }

    // Rows dated in the future.
    q.prepare(QStringLiteral("SELECT a.id, a.label, a.provider, MIN(u.day), MAX(u.day), COUNT(*) FROM usage u "
                             "JOIN accounts a ON a.id = u.account_id WHERE u.day > ? GROUP BY a.id"));
    q.addBindValue(isoDay(today));
    if (!q.exec())
        return noFindings(q, error);
    while (q.next()) {
        QualityFinding f = findingFrom(q, QualityFinding::Kind::FutureDate, false);
        f.description = QCoreApplication::translate(
                            "tl::Quality", "Rows dated after today (%2 UTC), from %3: %1. A wrong date column or time "
                                           "zone in an import?")
                            .arg(f.rows)
                            .arg(isoDay(today), isoDay(f.firstDay));
        out.append(f);
    }
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return out;
}

}   // namespace tl
