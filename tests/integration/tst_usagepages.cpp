// The Usage page's rows for a filter, in every sort and both directions, are the plain query's
// (ORDER BY the column, then the natural key, LIMIT .. OFFSET over the raw rows) on SQLite and on
// the session's PostgreSQL server: the paths that read a model's rows by key from the account-days
// that hold it (all of them when the model has few rows a day, else from the buckets whose bounds
// can hold the page: buckets of one model or of several), the rollups' buckets, and a sort by a
// column the filter holds constant (read in the natural key's order). Costs come from a few values, so most rows tie on
// cost exactly, and some are unpriced (NULL, the smallest cost on both backends).

#include "analytics/usagesql.h"
#include "analytics/usagetable.h"
#include "common/dates.h"
#include "plainusageorder.h"
#include "storage/detailrollups.h"
#include "storage/sqldialect.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace tl;
using tl::test::Backend;
using tl::test::TestDatabase;

namespace {

const QDate FirstDay(2026, 3, 25);
constexpr int Days = 40;

QString keyOf(const QString &day, qint64 account, const QString &model, const QString &project, const QString &key,
              const QString &tier, const QString &source, const QString &cost)
{
    return QStringList{day, QString::number(account), model, project, key, tier, source, cost}.join(u'|');
}

// A filter with the same rows as a plain WHERE clause over `usage u JOIN accounts a`.
struct Case
{
    const char *name;
    UsageFilter filter;
    QString where;
};

}   // namespace

class TestUsagePages : public QObject
{
    Q_OBJECT

private:
    // Four days in five per account, two to five models a day, each with `rows` to `rows` + 3 rows:
    // from 1, a bucket (at least DetailRollups::MinBucketRows rows) holds several models; from 24,
    // one model each.
    static QList<UsageRecord> ledger(const QList<qint64> &accounts, bool revised, int minRows = 1)
    {
        QRandomGenerator rng(revised ? 9 : 8);
        QList<UsageRecord> out;
        for (int d = 0; d < Days; ++d) {
            for (const qint64 account : accounts) {
                if (rng.bounded(5) == 0)
                    continue;
                const int models = 2 + rng.bounded(4);
                for (int m = 0; m < models; ++m) {
                    const int rows = minRows + rng.bounded(4);
                    for (int r = 0; r < rows; ++r) {
                        const int price = rng.bounded(5);   // 0: unpriced; costs 0, 1000, 2000 tie often
                        UsageRecord u =
                            test::usage(account, FirstDay.addDays(d), QStringLiteral("model-%1").arg(m),
                                        rng.bounded(3) * 100, rng.bounded(3) * 10,
                                        price == 0 ? std::nullopt : std::optional<qint64>((price - 1) / 2 * 1000));
                        if (price == 4)
                            u.costStatus = CostStatus::Reported;
                        u.project = QStringLiteral("proj-%1").arg(r % 2);
                        u.apiKeyId = QStringLiteral("key-%1").arg(rng.bounded(2));
                        u.serviceTier = QStringLiteral("tier-%1").arg(r);
                        u.requests = rng.bounded(2);
                        out << u;
                    }
                }
            }
        }
        return out;
    }

    static QList<Case> cases(const QList<qint64> &accounts)
    {
        QList<Case> out;
        const auto add = [&](const char *name, const QString &where, const auto &set) {
            Case c{name, {}, where};
            set(c.filter);
            out << c;
        };
        const QString second = QString::number(accounts[1]);
        add("everything", {}, [](UsageFilter &) {});
        add("one model", QStringLiteral(" AND u.model = 'model-1'"),
            [](UsageFilter &f) { f.model = QStringLiteral("model-1"); });
        add("one model of one account", QStringLiteral(" AND u.model = 'model-2' AND u.account_id = ") + second,
            [&](UsageFilter &f) {
                f.model = QStringLiteral("model-2");
                f.accountId = accounts[1];
            });
        add("one model of one account, some days",
            QStringLiteral(" AND u.model = 'model-0' AND u.account_id = %1 AND u.day BETWEEN '2026-04-02' AND "
                           "'2026-04-20'")
                .arg(second),
            [&](UsageFilter &f) {
                f.model = QStringLiteral("model-0");
                f.accountId = accounts[1];
                f.from = QDate(2026, 4, 2);
                f.to = QDate(2026, 4, 20);
            });
        add("one model of one provider", QStringLiteral(" AND u.model = 'model-3' AND a.provider = 'anthropic'"),
            [](UsageFilter &f) {
                f.model = QStringLiteral("model-3");
                f.provider = QStringLiteral("anthropic");
            });
        add("one account", QStringLiteral(" AND u.account_id = ") + second,
            [&](UsageFilter &f) { f.accountId = accounts[1]; });
        add("one provider", QStringLiteral(" AND a.provider = 'anthropic'"),
            [](UsageFilter &f) { f.provider = QStringLiteral("anthropic"); });
        add("one project", QStringLiteral(" AND u.project = 'proj-1'"),
            [](UsageFilter &f) { f.project = QStringLiteral("proj-1"); });
        add("one key", QStringLiteral(" AND u.api_key_id = 'key-0'"),
            [](UsageFilter &f) { f.apiKeyId = QStringLiteral("key-0"); });
        add("unpriced", QStringLiteral(" AND u.cost_status = 'unpriced'"),
            [](UsageFilter &f) { f.status = CostStatus::Unpriced; });
        return out;
    }

    static void comparePages(QSqlDatabase db, const Case &c)
    {
        for (int column = 0; column < int(UsageColumn::Count); ++column) {
            for (const bool descending : {true, false}) {
                const QString dir = sql::sortDirection(db, descending);
                const QString order = test::plainUsageOrder(UsageColumn(column), dir);
                for (const auto &[offset, limit] :
                     {std::pair<qint64, int>{0, 1}, {0, 9}, {0, 200}, {4, 25}, {61, 30}, {250, 40}}) {
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral("SELECT u.day, u.account_id, u.model, u.project, u.api_key_id, "
                                                  "u.service_tier, u.source, u.cost_nano FROM usage u JOIN accounts a "
                                                  "ON a.id = u.account_id WHERE 1 = 1") +
                                   c.where + QStringLiteral(" ORDER BY ") + order +
                                   QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset)));
                    QStringList expected;
                    while (q.next())
                        expected << keyOf(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                          q.value(6).toString(),
                                          q.value(7).isNull() ? QStringLiteral("NULL") : q.value(7).toString());
                    QString error;
                    const auto page =
                        queryUsageRows(db, c.filter, UsageColumn(column), descending, offset, limit, &error);
                    QVERIFY2(page, qPrintable(error));
                    QStringList got;
                    for (const UsageRow &r : *page)
                        got << keyOf(isoDay(r.day), r.accountId, r.model, r.project, r.apiKeyId, r.serviceTier,
                                     r.source, r.cost ? QString::number(r.cost->nanos()) : QStringLiteral("NULL"));
                    QVERIFY2(got == expected, qPrintable(QStringLiteral("%1: column %2%3, offset %4, limit %5")
                                                             .arg(QLatin1String(c.name))
                                                             .arg(column)
                                                             .arg(dir)
                                                             .arg(offset)
                                                             .arg(limit)));
                }
            }
        }
    }

    // Compares the model filters' pages, after checking which path reads them: every row of the
    // model (`fewRows`) or the buckets whose bounds can hold the page.
    static void compareModelPages(TestDatabase &db, const QList<qint64> &accounts, bool fewRows)
    {
        for (const Case &c : cases(accounts)) {
            if (c.filter.model.isEmpty())
                continue;
            QVERIFY2(usagesql::fewRowsADay(db.connection(), c.filter) == fewRows, c.name);
            comparePages(db.connection(), c);
            if (QTest::currentTestFailed())
                return;
        }
    }

    static QList<qint64> threeAccounts(TestDatabase &db)
    {
        return {db.addAccount(QStringLiteral("openai"), QStringLiteral("Work")),
                db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Work")),
                db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Home"))};
    }

    // Written, then revised in part (a re-sync's upsert over the same keys and new ones).
    static void write(TestDatabase &db, const QList<qint64> &accounts, int minRows)
    {
        UsageRepository repo(db.connection());
        for (const bool revised : {false, true}) {
            const QList<UsageRecord> rows = ledger(accounts, revised, minRows);
            for (qsizetype i = 0; i < rows.size(); i += 300) {
                const UpsertResult r = repo.upsert(rows.mid(i, 300));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        }
    }

private slots:
    void everySortOfEveryFilterIsThePlainQuerys_data() { test::addBackendColumn(); }
    void everySortOfEveryFilterIsThePlainQuerys()
    {
        TL_FETCH_BACKEND(backend);
        TestDatabase db(backend);
        QVERIFY(db.isOpen());
        const QList<qint64> accounts = threeAccounts(db);
        write(db, accounts, 1);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE cost_nano IS NULL")) > 50);
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage WHERE model = 'model-2' AND account_id = %1")
                              .arg(accounts[1])) > 60);
        for (const Case &c : cases(accounts)) {
            if (!c.filter.model.isEmpty())
                QVERIFY2(usagesql::fewRowsADay(db.connection(), c.filter), c.name);   // 1-4 rows a model and day
            comparePages(db.connection(), c);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // A bucket per model and day (the sparse shape): the model pages' bounds are then the model's
    // own, and the page's last rows tie with rows of other buckets on the sort column.
    void modelPagesOverBucketsOfOneModel_data() { test::addBackendColumn(); }
    void modelPagesOverBucketsOfOneModel()
    {
        TL_FETCH_BACKEND(backend);
        TestDatabase db(backend);
        QVERIFY(db.isOpen());
        const QList<qint64> accounts = threeAccounts(db);
        write(db, accounts, DetailRollups::MinBucketRows);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_page_buckets WHERE model_lo = model_hi")) >
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_page_buckets WHERE model_lo <> model_hi")));
        compareModelPages(db, accounts, false);
    }

    // 10-13 rows a model and day: too many to read them all, too few for a bucket of their own, so
    // each bucket's bounds are two or three models' (the dense shape's, through the bounds).
    void modelPagesOverBucketsOfSeveralModels_data() { test::addBackendColumn(); }
    void modelPagesOverBucketsOfSeveralModels()
    {
        TL_FETCH_BACKEND(backend);
        TestDatabase db(backend);
        QVERIFY(db.isOpen());
        const QList<qint64> accounts = threeAccounts(db);
        write(db, accounts, usagesql::DirectRowsADay + 2);
        if (QTest::currentTestFailed())
            return;
        // On SQLite some buckets hold several models; PostgreSQL's refresh cuts a bucket per model
        // and day here, so the pages go through buckets of one model there (still compared).
        if (backend == test::Backend::Sqlite)
            QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_page_buckets WHERE model_lo <> model_hi")) >
                    0);
        compareModelPages(db, accounts, false);
    }
};

QTEST_GUILESS_MAIN(TestUsagePages)
#include "tst_usagepages.moc"
