#include "context.h"

#include "storage/integritycheck.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tl::cli {

namespace {

constexpr int ShownPerObject = 5;

// What a table holds, for a person reading which part of their data is damaged.
QString whatItHolds(const QString &table)
{
    static const QHash<QString, QString> holds = {
        {QStringLiteral("accounts"), Cli::tr("provider accounts")},
        {QStringLiteral("usage"), Cli::tr("usage rows")},
        {QStringLiteral("usage_daily"), Cli::tr("daily totals, computed from the usage rows")},
        {QStringLiteral("usage_account_daily"), Cli::tr("daily totals per account, computed from the usage rows")},
        {QStringLiteral("costs"), Cli::tr("billed costs and manual charges")},
        {QStringLiteral("sync_runs"), Cli::tr("sync history")},
        {QStringLiteral("price_overrides"), Cli::tr("your price overrides")},
        {QStringLiteral("price_catalogs"), Cli::tr("loaded price catalogs")},
        {QStringLiteral("budgets"), Cli::tr("budgets")},
        {QStringLiteral("alerts"), Cli::tr("alerts")},
        {QStringLiteral("balances"), Cli::tr("balances and credits")},
        {QStringLiteral("manual_entries"), Cli::tr("manual entries")},
        {QStringLiteral("usage_dims"),
         Cli::tr("the projects and keys offered as filters, computed from the usage rows")},
        {QStringLiteral("usage_page_buckets"), Cli::tr("the Usage page's sort index, computed from the usage rows")},
        {QStringLiteral("usage_page_days"), Cli::tr("the Usage page's sort index, computed from the usage rows")},
        {QStringLiteral("usage_group_days"),
         Cli::tr("totals by project and key per day, computed from the usage rows")},
        {QStringLiteral("usage_group_months"),
         Cli::tr("totals by project and key per month, computed from the usage rows")},
        {QStringLiteral("quality_dirty"), Cli::tr("days whose data-quality check is due")},
        {QStringLiteral("quality_marks"), Cli::tr("data-quality findings, computed from the usage rows")},
        {QStringLiteral("reprice_pending"), Cli::tr("re-pricing still to do after a price change")},
        {QStringLiteral("imports"), Cli::tr("the history of CSV imports")},
        {QStringLiteral("import_rows"), Cli::tr("which rows each CSV import added")},
        {QStringLiteral("agent_files"), Cli::tr("how far each coding-agent log has been read")},
        {QStringLiteral("agent_folders"), Cli::tr("coding-agent log folders")},
        {QStringLiteral("agent_requests"), Cli::tr("coding-agent requests already counted")},
        {QStringLiteral("agent_rate_limits"), Cli::tr("coding-agent usage windows")},
        {QStringLiteral("id_high_water"), Cli::tr("the highest ids handed out")},
    };
    return holds.value(table);
}

// SQLite's messages in plain words where their meaning is known, its own words otherwise.
QString plainWords(const QString &problem)
{
    static const QRegularExpression badPage(
        QStringLiteral("^Page (\\d+): btreeInitPage\\(\\) returns error code \\d+$"));
    static const QRegularExpression wrongCount(QStringLiteral("^wrong # of entries in index (\\S+)$"));
    static const QRegularExpression stopped(QStringLiteral("^the check stopped: (.*malformed.*)$"));
    if (const auto m = badPage.match(problem); m.hasMatch())
        return Cli::tr("page %1 of the file is not a valid page (overwritten or cut off)").arg(m.captured(1));
    if (const auto m = wrongCount.match(problem); m.hasMatch())
        return Cli::tr("index %1 does not list every row of its table").arg(m.captured(1));
    if (const auto m = stopped.match(problem); m.hasMatch())
        return Cli::tr("reading it stops at a damaged page (SQLite: %1)").arg(m.captured(1));
    return problem;
}

QJsonObject toJson(const QString &path, const IntegrityReport &r)
{
    QJsonArray damaged;
    for (const IntegrityReport::Damaged &d : r.damaged)
        damaged.append(QJsonObject{{QStringLiteral("type"), d.type},
                                   {QStringLiteral("name"), d.name},
                                   {QStringLiteral("table"), d.table},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(d.problems)}});
    QJsonArray references;
    for (const IntegrityReport::BrokenReference &b : r.brokenReferences)
        references.append(QJsonObject{{QStringLiteral("table"), b.table},
                                      {QStringLiteral("parent"), b.parent},
                                      {QStringLiteral("rows"), b.rows}});
    QJsonObject o{{QStringLiteral("database"), path},
                  {QStringLiteral("ok"), r.ok()},
                  {QStringLiteral("integrity_check"), QJsonArray::fromStringList(r.problems)},
                  {QStringLiteral("damaged"), damaged},
                  {QStringLiteral("broken_references"), references}};
    if (!r.readError.isEmpty())
        o.insert(QStringLiteral("error"), r.readError);
    return o;
}

void printText(QTextStream &out, const QString &path, const IntegrityReport &r)
{
    if (r.ok()) {
        out << Cli::tr("Checked %1: intact. SQLite's integrity check found no damage and no row refers to a missing "
                       "row.")
                   .arg(path)
            << "\n";
        return;
    }
    out << Cli::tr("Checked %1: the database is damaged.").arg(path) << "\n";
    for (const IntegrityReport::Damaged &d : r.damaged) {
        out << "  " << d.type << " " << d.name;
        if (d.type != u"table")
            out << " (" << Cli::tr("an index of table %1").arg(d.table) << ")";
        else if (const QString holds = whatItHolds(d.table); !holds.isEmpty())
            out << " (" << holds << ")";
        out << ": " << Cli::tr("%n problem(s)", nullptr, int(d.problems.size())) << "\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(d.problems.size(), ShownPerObject); ++i)
            out << "    " << plainWords(d.problems.at(i)) << "\n";
        if (d.problems.size() > ShownPerObject)
            out << "    " << Cli::tr("... and %1 more").arg(d.problems.size() - ShownPerObject) << "\n";
    }
    if (r.damaged.isEmpty()) {
        for (const QString &p : r.problems)
            out << "  " << plainWords(p) << "\n";
    }
    for (const IntegrityReport::BrokenReference &b : r.brokenReferences)
        out << "  "
            << Cli::tr("table %1: %n row(s) refer(s) to a missing row of %2", nullptr, int(b.rows))
                   .arg(b.table, b.parent)
            << "\n";
    if (!r.readError.isEmpty())
        out << "  " << r.readError << "\n";
    out << Cli::tr("Reads that reach the damage fail (report, export, the window) instead of showing partial figures. "
                   "Nothing was changed.")
        << "\n"
        << Cli::tr("What to do: keep a copy of the file; restore a backup, or save what is still readable with")
        << "\n  sqlite3 '" << path << "' .recover | sqlite3 '" << path << ".recovered'\n"
        << Cli::tr("and look at the copy with %1.")
               .arg(QStringLiteral("tokenledger --db '%1.recovered' check").arg(path))
        << "\n";
}

}   // namespace

int checkCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks the database file with SQLite's integrity check and its foreign-key check, and says "
                       "which tables or indexes are damaged. Reads only. Exit status 0 when intact, 1 when damaged."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    bool helpShown = false;
    if (!ctx.parse(parser, QStringLiteral("check [--json]"), &helpShown))
        return helpShown ? Ok : Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QString path = ctx.databasePath();
    const bool json = parser.isSet(QStringLiteral("json"));
    // A file that cannot be checked at all: with --json, a script still gets JSON saying why.
    const auto cannotCheck = [&](const QString &why) {
        if (json)
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("database"), path},
                                                   {QStringLiteral("ok"), false},
                                                   {QStringLiteral("error"), why}})
                             .toJson(QJsonDocument::Indented);
        return ctx.failure(why);
    };
    if (DbProfile::isPostgresUrl(path))
        return cannotCheck(Cli::tr("check reads SQLite files; a team database is checked by its server (amcheck, "
                                   "pg_dump to a file as a backup)"));
    if (!QFileInfo::exists(path))
        return cannotCheck(Cli::tr("there is no database at %1").arg(path));
    // Read-only and without migrating: a check never changes the file it checks.
    Database::Options options;
    options.migrate = false;
    options.readOnly = true;
    Database db;
    if (!db.open(path, options))
        return cannotCheck(db.errorString());
    const IntegrityReport report = checkIntegrity(db.connection());
    if (json)
        ctx.out() << QJsonDocument(toJson(path, report)).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out(), path, report);
    return report.ok() ? Ok : Failure;
}

}   // namespace tl::cli
