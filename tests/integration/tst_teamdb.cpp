// Issue 16: the same repositories on SQLite and on the session's PostgreSQL server (a "backend"
// column), the dialect seam (sqldialect.h) they share, deadlocks retried, and `db copy` of a whole
// ledger between the two backends, exact or not at all.
#include "storage/accountrepository.h"
#include "storage/accountsynclock.h"
#include "storage/costrepository.h"
#include "storage/dbcopy.h"
#include "storage/sqldialect.h"
#include "storage/sqlutil.h"
#include "storage/syncrunrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace tl;
namespace test = tl::test;
using test::Backend;
using test::TestDatabase;

class TestTeamDb : public QObject
{
    Q_OBJECT

private slots:
    void savepointsNest_data() { test::addBackendColumn(); }
    void savepointsNest();
    void sumsStayExactPast2To53_data() { test::addBackendColumn(); }
    void sumsStayExactPast2To53();
    void daysAndUpserts_data() { test::addBackendColumn(); }
    void daysAndUpserts();
    void usageNamesAndMonthsAsWritten_data() { test::addBackendColumn(); }
    void usageNamesAndMonthsAsWritten();
    void accounts_data() { test::addBackendColumn(); }
    void accounts();
    void syncRunsAndBalances_data() { test::addBackendColumn(); }
    void syncRunsAndBalances();
    void deadlockIsRetried();
    void oneSyncPerAccount();
    void copyRoundTrip();
    void copyRefusesALedgerAndWritesNothingOnAMismatch();
};

void TestTeamDb::savepointsNest()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    QVERIFY(db.isOpen());
    const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    {
        sql::Savepoint outer(db.connection(), QStringLiteral("outer"));
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QVERIFY(outer.isOutermost());
        QVERIFY(sql::exec(db.connection(), QStringLiteral("UPDATE accounts SET label = 'B' WHERE id = %1").arg(account),
                          nullptr));
        {
            sql::Savepoint inner(db.connection(), QStringLiteral("inner"));
            QVERIFY2(inner.isActive(), qPrintable(inner.error()));
            QVERIFY(!inner.isOutermost());
            QVERIFY(sql::exec(db.connection(),
                              QStringLiteral("UPDATE accounts SET label = 'C' WHERE id = %1").arg(account), nullptr));
            // A failing statement inside: on PostgreSQL it aborts the transaction up to the savepoint.
            QVERIFY(!sql::exec(db.connection(), QStringLiteral("INSERT INTO no_such_table VALUES (1)"), nullptr));
        }   // rolled back to the savepoint
        QVERIFY2(outer.commit(), qPrintable(outer.error()));
    }
    QCOMPARE(test::accountOf(db.connection(), account).label, QStringLiteral("B"));
    // A new outermost transaction after the first ended.
    sql::Savepoint again(db.connection(), QStringLiteral("again"));
    QVERIFY(again.isOutermost());
}

void TestTeamDb::sumsStayExactPast2To53()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    // Two amounts whose sum is odd and above 2^53: a double cannot hold it.
    const qint64 big = (qint64(1) << 53) + 1;
    CostRepository costs(db.connection());
    CostRecord a{account, QDate(2026, 9, 1),     QStringLiteral("x"),   {},
                 {},      QStringLiteral("USD"), QStringLiteral("api"), Money::fromNanos(big)};
    CostRecord b = a;
    b.day = QDate(2026, 9, 2);
    b.amount = Money::fromNanos(2);
    const UpsertResult r = costs.upsert({a, b});
    QVERIFY2(r.ok, qPrintable(r.error));
    // Read as the repositories read: a query on the connection, value(…).toLongLong().
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT %1, SUM(amount_nano) FROM costs")
                       .arg(sql::sum(db.connection(), QStringLiteral("amount_nano")))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), big + 2);
    QCOMPARE(q.value(1).toLongLong(), big + 2);   // a plain SUM too (QSql::HighPrecision on PostgreSQL)
}

void TestTeamDb::daysAndUpserts()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT %1, %2")
                       .arg(sql::todayUtc(db.connection()),
                            sql::addDays(db.connection(), QStringLiteral("'2024-02-28'"), QStringLiteral("2")))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2024-03-01"));
    q.finish();

    const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    const QString upsert =
        sql::upsertRows(QStringLiteral("balances"),
                        {QStringLiteral("account_id"), QStringLiteral("currency"), QStringLiteral("kind"),
                         QStringLiteral("amount_nano"), QStringLiteral("fetched_at")},
                        {QStringLiteral("account_id"), QStringLiteral("currency"), QStringLiteral("kind")}, 2);
    for (qint64 amount : {qint64(5), qint64(7)}) {
        QSqlQuery insert(db.connection());
        QVERIFY(insert.prepare(upsert));
        for (const char *kind : {"balance", "credits_remaining"}) {
            insert.addBindValue(account);
            insert.addBindValue(QStringLiteral("USD"));
            insert.addBindValue(QString::fromLatin1(kind));
            insert.addBindValue(amount);
            insert.addBindValue(QStringLiteral("2026-09-01T00:00:00Z"));
        }
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM balances")), qint64(2));
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM balances")), qint64(14));

    QVERIFY(q.exec(sql::query(db.connection(),
                              QStringLiteral("SELECT GROUP_CONCAT(DISTINCT kind) FROM (SELECT kind FROM balances ORDER "
                                             "BY kind) AS k"))));
    QVERIFY(q.next());
    const QStringList kinds = q.value(0).toString().split(u',');
    QCOMPARE(QSet<QString>(kinds.cbegin(), kinds.cend()),
             (QSet<QString>{QStringLiteral("balance"), QStringLiteral("credits_remaining")}));
}

// PostgreSQL writes a batch's rows as one array per column and refreshes all its days' rollups at
// once: names that look like array or SQL syntax come back as written, and a month that several
// days of one batch fall in holds their exact sum (past 2^53, where a double would round).
void TestTeamDb::usageNamesAndMonthsAsWritten()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    const QStringList names{QStringLiteral("a\"b"),
                            QStringLiteral("back\\\\slash\\"),
                            QStringLiteral("it's"),
                            QStringLiteral("{x,y}"),
                            QStringLiteral("NULL"),
                            QStringLiteral("Grüße, 日本"),
                            QString()};
    QList<UsageRecord> batch;
    for (int i = 0; i <= names.size(); ++i) {
        // The last row shares the first one's project and key pair, later in the same month.
        const int name = i % int(names.size());
        UsageRecord r = test::usage(account, QDate(2026, 3, 1 + i), names[(name + 2) % names.size()] + u'm',
                                    (Q_INT64_C(1) << 53) + (i == names.size() ? 1 : 0), 3,
                                    name == 4 ? std::nullopt : std::optional<qint64>(10 + i));
        r.project = names[name];
        r.apiKeyId = names[(name + 1) % names.size()];
        batch << r;
    }
    UsageRepository repo(db.connection());
    const UpsertResult first = repo.upsert(batch);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.created, int(batch.size()));

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT model, project, api_key_id, cost_nano FROM usage ORDER BY day")));
    for (const UsageRecord &r : std::as_const(batch)) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), r.model);
        QCOMPARE(q.value(1).toString(), sql::text(r.project));
        QCOMPARE(q.value(2).toString(), sql::text(r.apiKeyId));
        QCOMPARE(q.value(3).isNull(), !r.cost);
    }
    q.finish();
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_group_months")), qint64(names.size()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT input_tokens FROM usage_group_months WHERE project = 'a\"b'")),
             (Q_INT64_C(1) << 54) + 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT row_count FROM usage_group_months WHERE project = 'a\"b'")), qint64(2));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_daily")), qint64(batch.size()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage_dims")), qint64(2 * (names.size() - 1)));

    // Again with one value changed: one update, the rest unchanged, the month moved by the change only.
    batch[2].outputTokens = 4;
    const UpsertResult second = repo.upsert(batch);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.created, 0);
    QCOMPARE(second.updated, 1);
    QCOMPARE(second.unchanged, int(batch.size()) - 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(output_tokens) FROM usage_group_months")),
             qint64(3 * batch.size() + 1));
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(row_count) FROM usage_group_months")), qint64(batch.size()));
}

void TestTeamDb::accounts()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    AccountRepository repo(db.connection());
    Account a;
    a.provider = QStringLiteral("anthropic");
    a.label = QStringLiteral("Team");
    QString error;
    const qint64 first = repo.add(a, &error);
    QVERIFY2(first > 0, qPrintable(error));
    const qint64 second = repo.add(a, &error);
    QCOMPARE(second, first + 1);
    QCOMPARE(test::accountOf(db.connection(), first).keyRef.size(), 32);   // random, per backend
    QVERIFY(test::accountOf(db.connection(), first).keyRef != test::accountOf(db.connection(), second).keyRef);
    // An id is never given twice, even after the highest account was removed (id_high_water).
    QVERIFY2(repo.remove(second, &error), qPrintable(error));
    QCOMPARE(repo.add(a, &error), second + 1);
    Account edited = test::accountOf(db.connection(), first);
    edited.label = QStringLiteral("Renamed");
    edited.subscription = true;
    QVERIFY2(repo.update(edited, &error), qPrintable(error));
    QCOMPARE(test::accountOf(db.connection(), first).label, QStringLiteral("Renamed"));
    QVERIFY(test::accountOf(db.connection(), first).subscription);
    QVERIFY(repo.archive(first, &error));
    QCOMPARE(repo.count(), 1);
    QCOMPARE(repo.list(&error).size(), 1);
    QVERIFY(error.isEmpty());
}

void TestTeamDb::syncRunsAndBalances()
{
    TL_FETCH_BACKEND(backend);
    TestDatabase db(backend);
    const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    SyncRunRepository runs(db.connection());
    QString error;
    SyncRun run;
    run.accountId = account;
    run.trigger = QStringLiteral("cli");
    run.startedAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
    run.id = runs.start(run, &error);
    QVERIFY2(run.id > 0, qPrintable(error));
    SyncRun later = run;
    later.startedAt = run.startedAt.addSecs(60);
    const qint64 failedId = runs.start(later, &error);
    QCOMPARE(failedId, run.id + 1);   // RETURNING id on both backends
    run.status = SyncRun::Status::Success;
    run.finishedAt = run.startedAt.addSecs(3);
    run.windowTo = QDate(2026, 8, 31);
    run.created = 12;
    QVERIFY2(runs.finish(run, &error), qPrintable(error));
    SyncRun failed = run;
    failed.id = failedId;
    failed.status = SyncRun::Status::Failed;
    failed.startedAt = run.startedAt.addSecs(60);
    failed.finishedAt = failed.startedAt.addSecs(1);
    failed.message = QStringLiteral("HTTP 500");
    QVERIFY(runs.finish(failed, &error));
    const QList<SyncRun> listed = runs.list(account, 10, &error);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().status, SyncRun::Status::Failed);
    const AccountHealth health = runs.health(account, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(health.consecutiveFailures, 1);
    QCOMPARE(health.lastError, QStringLiteral("HTTP 500"));
    QCOMPARE(health.lastSuccessfulWindowEnd, std::optional<QDate>(QDate(2026, 8, 31)));
    QCOMPARE(runs.lastSuccessfulSync({}, &error), run.finishedAt);

    BalanceRepository balances(db.connection());
    const QDateTime fetched = run.finishedAt;
    QVERIFY(balances.replace(account, {{QStringLiteral("usd"), QStringLiteral("balance"), Money::fromNanos(5)}},
                             fetched, &error));
    QVERIFY2(balances.replace(account,
                              {{QStringLiteral("USD"), QStringLiteral("balance"), Money::fromNanos(9)},
                               {QStringLiteral("CNY"), QStringLiteral("balance"), Money::fromNanos(4)}},
                              fetched, &error),
             qPrintable(error));
    QCOMPARE(balances.list(account).size(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM balances")), qint64(13));
}

void TestTeamDb::deadlockIsRetried()
{
    TL_REQUIRE_TEST_SERVER();
    TestDatabase db(Backend::Postgres);
    QVERIFY(db.isOpen());
    QVERIFY(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO id_high_water (name, last_id) VALUES ('a', 0), ('b', 0) ON CONFLICT "
                                     "DO NOTHING"),
                      nullptr));
    // Two connections update the same two rows in opposite orders, meeting in the middle: PostgreSQL
    // kills one with 40P01, whose transaction runs again and succeeds.
    std::atomic<int> firstDone{0};
    std::atomic<int> attempts{0};
    const QString url = db.path();
    const auto worker = [&](const QString &first, const QString &second, int index, bool *ok, QString *error) {
        Database own(QStringLiteral("deadlock-%1").arg(index));
        Database::Options options;
        options.migrate = false;
        if (!own.open(url, options)) {
            *error = own.errorString();
            return;
        }
        *ok = sql::inTransaction(
            own.connection(), QStringLiteral("swap"),
            [&](QString *failure) {
                ++attempts;
                if (!sql::exec(
                        own.connection(),
                        QStringLiteral("UPDATE id_high_water SET last_id = last_id + 1 WHERE name = '%1'").arg(first),
                        failure))
                    return false;
                ++firstDone;
                for (int i = 0; i < 500 && firstDone.load() < 2; ++i)
                    QThread::msleep(5);
                return sql::exec(
                    own.connection(),
                    QStringLiteral("UPDATE id_high_water SET last_id = last_id + 1 WHERE name = '%1'").arg(second),
                    failure);
            },
            error);
    };
    bool okA = false;
    bool okB = false;
    QString errorA;
    QString errorB;
    QThread *a = QThread::create([&] { worker(QStringLiteral("a"), QStringLiteral("b"), 1, &okA, &errorA); });
    QThread *b = QThread::create([&] { worker(QStringLiteral("b"), QStringLiteral("a"), 2, &okB, &errorB); });
    a->start();
    b->start();
    QVERIFY(a->wait(60'000));
    QVERIFY(b->wait(60'000));
    delete a;
    delete b;
    QVERIFY2(okA, qPrintable(errorA));
    QVERIFY2(okB, qPrintable(errorB));
    QVERIFY(attempts.load() >= 3);   // one of them ran twice
    QCOMPARE(db.scalar(QStringLiteral("SELECT last_id FROM id_high_water WHERE name = 'a'")), qint64(2));
    QCOMPARE(db.scalar(QStringLiteral("SELECT last_id FROM id_high_water WHERE name = 'b'")), qint64(2));
}

void TestTeamDb::oneSyncPerAccount()
{
    TL_REQUIRE_TEST_SERVER();
    TestDatabase db(Backend::Postgres);
    Database other(QStringLiteral("other-desktop"));
    Database::Options options;
    options.migrate = false;
    QVERIFY2(other.open(db.path(), options), qPrintable(other.errorString()));
    QString holder;
    AccountSyncLock mine(db.connection(), 7);
    QVERIFY(mine.tryLock(&holder));
    {
        AccountSyncLock theirs(other.connection(), 7);
        QVERIFY(!theirs.tryLock(&holder));
        // Who holds it, in words: the role and the holder's application name (computer, process).
        QVERIFY2(holder.contains(QStringLiteral("tokenledger on ")), qPrintable(holder));
        QVERIFY2(holder.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(holder));
        AccountSyncLock otherAccount(other.connection(), 8);
        QVERIFY(otherAccount.tryLock(&holder));   // another account is free
    }
    mine.unlock();
    AccountSyncLock theirs(other.connection(), 7);
    QVERIFY(theirs.tryLock(&holder));

    // SQLite: ProfileLock orders one desktop's processes; the account lock always succeeds.
    TestDatabase file;
    AccountSyncLock local(file.connection(), 7);
    QVERIFY(local.tryLock(&holder));
}

namespace {

// A small ledger with every kind of row a copy must carry: accounts (with the id high-water mark),
// costs past 2^53 in total, sync runs, balances.
void fill(TestDatabase &db)
{
    const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
    const qint64 b = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("B"));
    QString error;
    QVERIFY(AccountRepository(db.connection()).remove(b, &error));
    db.addAccount(QStringLiteral("deepseek"), QStringLiteral("C"));
    QList<CostRecord> costs;
    for (int d = 0; d < 40; ++d)
        costs.append({a,
                      QDate(2026, 8, 1).addDays(d),
                      QStringLiteral("line %1").arg(d),
                      {},
                      {},
                      QStringLiteral("USD"),
                      QStringLiteral("api"),
                      Money::fromNanos((qint64(1) << 50) + d)});
    QVERIFY(CostRepository(db.connection()).upsert(costs).ok);
    SyncRun run;
    run.accountId = a;
    run.trigger = QStringLiteral("cli");
    run.startedAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(SyncRunRepository(db.connection()).start(run, &error) > 0);
    QVERIFY(BalanceRepository(db.connection())
                .replace(a, {{QStringLiteral("USD"), QStringLiteral("balance"), Money::fromNanos(42)}}, run.startedAt,
                         &error));
}

}   // namespace

void TestTeamDb::copyRoundTrip()
{
    TL_REQUIRE_TEST_SERVER();
    TestDatabase file(QStringLiteral("file"));
    fill(file);
    const qint64 total = file.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs"));
    QVERIFY(total > (qint64(1) << 53));
    TestDatabase team(QStringLiteral("team"), Backend::Postgres);
    const DbCopyResult in = copyDatabase(file.connection(), team.connection());
    QVERIFY2(in.ok, qPrintable(in.error));
    QCOMPARE(team.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")), total);
    QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(2));
    QCOMPARE(team.scalar(QStringLiteral("SELECT last_id FROM id_high_water WHERE name = 'accounts'")), qint64(3));
    // The copied ids go on where they stopped: identity columns were moved past them.
    SyncRun run;
    run.accountId = 1;
    run.trigger = QStringLiteral("cli");
    run.startedAt = QDateTime::currentDateTimeUtc();
    QString error;
    QCOMPARE(SyncRunRepository(team.connection()).start(run, &error),
             file.scalar(QStringLiteral("SELECT MAX(id) FROM sync_runs")) + 1);
    QCOMPARE(team.addAccount(QStringLiteral("groq"), QStringLiteral("D")), qint64(4));

    // And back into a new file: the same rows as the team database.
    TestDatabase back(QStringLiteral("back"));
    const DbCopyResult out = copyDatabase(team.connection(), back.connection());
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(back.scalar(QStringLiteral("SELECT SUM(amount_nano) FROM costs")), total);
    QCOMPARE(back.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(3));
    QCOMPARE(back.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs")), qint64(2));
    for (const DbCopyTable &t : out.tables)
        QCOMPARE(back.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.name)), t.rows);
}

void TestTeamDb::copyRefusesALedgerAndWritesNothingOnAMismatch()
{
    TL_REQUIRE_TEST_SERVER();
    TestDatabase file(QStringLiteral("file"));
    fill(file);
    TestDatabase team(QStringLiteral("team"), Backend::Postgres);
    team.addAccount(QStringLiteral("groq"), QStringLiteral("Already here"));
    const DbCopyResult refused = copyDatabase(file.connection(), team.connection());
    QVERIFY(!refused.ok);
    QVERIFY(refused.targetInUse);
    QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(1));

    // A target that changes what it is given (here a trigger that adds a nano-dollar to every cost):
    // the sums differ at the end, and the replaced ledger is still there.
    QVERIFY(sql::exec(team.connection(),
                      QStringLiteral("CREATE FUNCTION skew() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                     "NEW.amount_nano := NEW.amount_nano + 1; RETURN NEW; END $$"),
                      nullptr));
    QVERIFY(sql::exec(team.connection(),
                      QStringLiteral("CREATE TRIGGER skew BEFORE INSERT ON costs FOR EACH ROW EXECUTE FUNCTION skew()"),
                      nullptr));
    DbCopyOptions replace;
    replace.replace = true;
    const DbCopyResult skewed = copyDatabase(file.connection(), team.connection(), replace);
    QVERIFY(!skewed.ok);
    QVERIFY2(skewed.error.contains(QStringLiteral("costs")), qPrintable(skewed.error));
    QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(1));
    QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM costs")), qint64(0));
    QVERIFY(sql::exec(team.connection(), QStringLiteral("DROP TRIGGER skew ON costs"), nullptr));
    const DbCopyResult replaced = copyDatabase(file.connection(), team.connection(), replace);
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(2));
}

QTEST_GUILESS_MAIN(TestTeamDb)
#include "tst_teamdb.moc"
