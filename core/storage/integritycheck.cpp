#include "integritycheck.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
};

// SQLite's own words, without the "run tokenledger check" advice of other readers: this is the check.
QString rawText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// Runs an integrity check PRAGMA: its messages (none for "ok"). SQLite returns them one per row or
// several in one row, one per line, headed "*** in database main ***". The check itself
// stops with an error when it has to read a damaged page to compare a table with its indexes:
// that error is one more message.
QStringList problemsOf(QSqlDatabase db, const QString &pragma)
{
    QStringList problems;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(pragma)) {
        while (q.next()) {
            const QStringList lines = q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (line != u"ok" && !line.startsWith(u"***"))
                    problems.append(line.trimmed());
            }
        }
    }
    if (q.lastError().isValid())
        problems.append(QStringLiteral("the check stopped: %1").arg(rawText(q.lastError())));
    return problems;
}

// Which of a table's objects a message is about: the table or index whose B-tree root it names
// ("Tree 4 page 9: …"), or an index named in it ("row 7 missing from index usage_daily_account");
// otherwise the table (whose own check produced it).
const SchemaObject *objectOf(const QString &message, const QString &table, const QList<SchemaObject> &objects,
                             const QHash<int, const SchemaObject *> &byRoot)
{
    static const QRegularExpression tree(QStringLiteral("\\bTree (\\d+)\\b"));
    const QRegularExpressionMatch m = tree.match(message);
    if (m.hasMatch()) {
        if (const SchemaObject *o = byRoot.value(m.captured(1).toInt()))
            return o;
    }
    for (const SchemaObject &o : objects) {
        if (o.type == u"index" && o.table == table && message.contains(QStringLiteral("index ") + o.name))
            return &o;
    }
    for (const SchemaObject &o : objects) {
        if (o.type == u"table" && o.name == table)
            return &o;
    }
    return nullptr;
}

// Tables and indexes with a B-tree, and which of them each root page belongs to.
bool readSchema(QSqlDatabase db, QList<SchemaObject> *objects, QHash<int, qsizetype> *roots, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT type, name, tbl_name, rootpage FROM sqlite_schema "
                           "WHERE type IN ('table', 'index') AND rootpage > 0 ORDER BY tbl_name, type DESC, name"))) {
        while (q.next()) {
            roots->insert(q.value(3).toInt(), objects->size());
            objects->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        }
    }
    if (!q.lastError().isValid())
        return true;
    *error = QStringLiteral("the list of tables cannot be read: %1").arg(rawText(q.lastError()));
    return false;
}

// Once per table (with its indexes), to say which of them the damage is in.
QList<IntegrityReport::Damaged> damagedObjects(QSqlDatabase db, const QList<SchemaObject> &objects,
                                               const QHash<int, qsizetype> &roots)
{
    QHash<int, const SchemaObject *> byRoot;
    for (auto it = roots.cbegin(); it != roots.cend(); ++it)
        byRoot.insert(it.key(), &objects.at(it.value()));
    QMap<QString, IntegrityReport::Damaged> damaged;   // "table/" or "table/index": tables first, then their indexes
    for (const SchemaObject &table : objects) {
        if (table.type != u"table")
            continue;
        QString quoted = table.name;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        const QStringList problems = problemsOf(db, QStringLiteral("PRAGMA integrity_check('%1')").arg(quoted));
        for (const QString &message : problems) {
            const SchemaObject *o = objectOf(message, table.name, objects, byRoot);
            const QString type = o ? o->type : QStringLiteral("table");
            const QString name = o ? o->name : table.name;
            IntegrityReport::Damaged &d =
                damaged[table.name + QLatin1Char('/') + (type == u"table" ? QString() : name)];
            d.type = type;
            d.name = name;
            d.table = table.name;
            d.problems.append(message);
        }
    }
    return damaged.values();
}

}   // namespace

IntegrityReport checkIntegrity(QSqlDatabase db, int maxProblems)
{
    IntegrityReport report;
    QList<SchemaObject> objects;
    QHash<int, qsizetype> roots;
    if (!readSchema(db, &objects, &roots, &report.readError))
        return report;

    report.problems = problemsOf(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(maxProblems));
    if (!report.problems.isEmpty())
        report.damaged = damagedObjects(db, objects, roots);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    QMap<std::pair<QString, QString>, qint64> broken;
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            ++broken[{q.value(0).toString(), q.value(2).toString()}];
    }
    if (q.lastError().isValid()) {
        report.readError =
            QStringLiteral("references between tables could not be checked: %1").arg(rawText(q.lastError()));
        return report;
    }
    for (auto it = broken.cbegin(); it != broken.cend(); ++it)
        report.brokenReferences.append({it.key().first, it.key().second, it.value()});
    return report;
}

}   // namespace tl
