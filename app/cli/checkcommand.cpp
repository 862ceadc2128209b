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
        {QStringLiteral("accounts"), QStringLiteral("provider accounts")},
        {QStringLiteral("usage"), QStringLiteral("usage rows")},
        {QStringLiteral("usage_daily"), QStringLiteral("daily totals, computed from the usage rows")},
        {QStringLiteral("usage_account_daily"),
         QStringLiteral("daily totals per account, computed from the usage rows")},
        {QStringLiteral("costs"), QStringLiteral("billed costs and manual charges")},
        {QStringLiteral("sync_runs"), QStringLiteral("sync history")},
        {QStringLiteral("price_overrides"), QStringLiteral("your price overrides")},
        {QStringLiteral("price_catalogs"), QStringLiteral("loaded price catalogs")},
        {QStringLiteral("budgets"), QStringLiteral("budgets")},
        {QStringLiteral("alerts"), QStringLiteral("alerts")},
        {QStringLiteral("balances"), QStringLiteral("balances and credits")},
        {QStringLiteral("manual_entries"), QStringLiteral("manual entries")},
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
        return QStringLiteral("page %1 of the file is not a valid page (overwritten or cut off)").arg(m.captured(1));
    if (const auto m = wrongCount.match(problem); m.hasMatch())
        return QStringLiteral("index %1 does not list every row of its table").arg(m.captured(1));
    if (const auto m = stopped.match(problem); m.hasMatch())
        return QStringLiteral("reading it stops at a damaged page (SQLite: %1)").arg(m.captured(1));
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
        out << "Checked " << path << ": intact. SQLite's integrity check found no damage and no row refers to a "
            << "missing row.\n";
        return;
    }
    out << "Checked " << path << ": the database is damaged.\n";
    for (const IntegrityReport::Damaged &d : r.damaged) {
        out << "  " << d.type << " " << d.name;
        if (d.type != u"table")
            out << " (an index of table " << d.table << ")";
        else if (const QString holds = whatItHolds(d.table); !holds.isEmpty())
            out << " (" << holds << ")";
        out << ": " << d.problems.size() << (d.problems.size() == 1 ? " problem" : " problems") << "\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(d.problems.size(), ShownPerObject); ++i)
            out << "    " << plainWords(d.problems.at(i)) << "\n";
        if (d.problems.size() > ShownPerObject)
            out << "    ... and " << d.problems.size() - ShownPerObject << " more\n";
    }
    if (r.damaged.isEmpty()) {
        for (const QString &p : r.problems)
            out << "  " << plainWords(p) << "\n";
    }
    for (const IntegrityReport::BrokenReference &b : r.brokenReferences)
        out << "  table " << b.table << ": " << b.rows << (b.rows == 1 ? " row refers" : " rows refer")
            << " to a missing row of " << b.parent << "\n";
    if (!r.readError.isEmpty())
        out << "  " << r.readError << "\n";
    out << "Reads that reach the damage fail (report, export, the window) instead of showing partial figures. "
           "Nothing was changed.\n"
           "What to do: keep a copy of the file; restore a backup, or save what is still readable with\n"
           "  sqlite3 '"
        << path << "' .recover | sqlite3 '" << path
        << ".recovered'\n"
           "and look at the copy with tokenledger --db '"
        << path << ".recovered' check.\n";
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
        return ctx.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QString path = ctx.databasePath();
    if (!QFileInfo::exists(path))
        return ctx.failure(QStringLiteral("there is no database at %1").arg(path));
    // Read-only and without migrating: a check never changes the file it checks.
    Database::Options options;
    options.migrate = false;
    options.readOnly = true;
    Database *db = ctx.database(options);
    if (!db)
        return Failure;
    const IntegrityReport report = checkIntegrity(db->connection());
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QJsonDocument(toJson(path, report)).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out(), path, report);
    return report.ok() ? Ok : Failure;
}

}   // namespace tl::cli
