// Issue 16, done when: two desktops (two processes with separate HOMEs and keychains — each its own
// D-Bus session and gnome-keyring, PrivateKeyring) and one headless sync host share one PostgreSQL
// database and see identical reports. Keys stay personal: desktop A holds the key of one account in
// its keychain, desktop B of another, and the sync host has a third in its TOKENLEDGER_API_KEY_…
// variable; no key is ever on disk or in the shared database. Each syncs what it holds, says the
// others are synced elsewhere (skipped, not failed), and every process's report is the same as one
// process syncing all three into an SQLite file, to the nano-dollar.
//
// The desktops are the real binary's command line (`tokenledger --db … sync`), which runs the same
// sync engine and keychain as the window's Sync Now; the window itself has no sync-and-quit mode.
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "pgtestdatabase.h"
#include "privatekeyring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
namespace test = tl::test;
using test::CliRun;
using test::runCli;

namespace {

const QString From = QStringLiteral("2026-09-01");
const QString To = QStringLiteral("2026-09-30");

QStringList at(const QString &db, const QStringList &args)
{
    return QStringList{QStringLiteral("--db"), db} + args;
}

// One place a sync runs from: a desktop (its own HOME, bus and keyring, a login name) or the host.
struct Seat
{
    QString name;
    QProcessEnvironment env;
};

CliRun run(const Seat &seat, const QString &db, const QStringList &args, const QByteArray &input = {})
{
    return runCli(at(db, args), input, seat.env);
}

QByteArray report(const Seat &seat, const QString &db)
{
    const CliRun r = run(seat, db,
                         {QStringLiteral("report"), QStringLiteral("--from"), From, QStringLiteral("--to"), To,
                          QStringLiteral("--json")});
    if (r.code != 0)
        return QByteArray("report failed: ") + r.err.toUtf8();
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    o.remove(QStringLiteral("forecast"));   // depends on the day the test runs
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject sync(const Seat &seat, const QString &db)
{
    const CliRun r = run(
        seat, db,
        {QStringLiteral("sync"), QStringLiteral("--from"), From, QStringLiteral("--to"), To, QStringLiteral("--json")});
    if (r.code != 0)
        qWarning("%s: sync failed (%d): %s%s", qPrintable(seat.name), r.code, qPrintable(r.out), qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonArray accounts(const Seat &seat, const QString &db)
{
    const CliRun r = run(seat, db, {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject byLabel(const QJsonArray &list, const QString &label)
{
    for (const QJsonValue &a : list) {
        if (a[QStringLiteral("label")].toString() == label)
            return a.toObject();
    }
    return {};
}

qint64 sqliteCost(const QString &file)
{
    qint64 total = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT SUM(cost_nano) FROM usage")) && q.next())
                total = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    return total;
}

}   // namespace

class TestTeamDesktops : public QObject
{
    Q_OBJECT

private slots:
    void twoDesktopsAndAHostSeeOneLedger()
    {
        TL_REQUIRE_TEST_SERVER();
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        test::PgTestDatabase team;
        QVERIFY2(team.isValid(), qPrintable(team.error()));
        const QString db = team.url();

        test::PrivateKeyring keyringA;
        test::PrivateKeyring keyringB;
        QVERIFY(keyringA.start());
        QVERIFY(keyringB.start());
        Seat ana{QStringLiteral("ana's desktop"), keyringA.environment()};
        ana.env.insert(QStringLiteral("USER"), QStringLiteral("ana"));
        Seat ben{QStringLiteral("ben's desktop"), keyringB.environment()};
        ben.env.insert(QStringLiteral("USER"), QStringLiteral("ben"));
        // The host: no keychain at all (no session bus), its key in the environment.
        QTemporaryDir hostHome;
        Seat host{QStringLiteral("sync host"), {}};
        host.env.insert(QStringLiteral("HOME"), hostHome.path());
        host.env.insert(QStringLiteral("XDG_CONFIG_HOME"), hostHome.filePath(QStringLiteral(".config")));
        host.env.insert(QStringLiteral("XDG_DATA_HOME"), hostHome.filePath(QStringLiteral(".local/share")));
        host.env.insert(QStringLiteral("XDG_RUNTIME_DIR"), hostHome.path());
        host.env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        host.env.insert(QStringLiteral("USER"), QStringLiteral("sync"));

        const auto add = [&](const Seat &seat, const QString &target, const QString &provider, const QString &label,
                             const QString &path, const QByteArray &key) {
            QStringList args{QStringLiteral("accounts"),   QStringLiteral("add"),
                             QStringLiteral("--provider"), provider,
                             QStringLiteral("--label"),    label,
                             QStringLiteral("--base-url"), server.url(path)};
            if (key.isEmpty())
                args.append(QStringLiteral("--no-key"));
            const CliRun r = run(seat, target, args, key);
            QVERIFY2(r.code == 0, qPrintable(seat.name + u": " + r.out + r.err));
        };
        // Each desktop adds the account whose key it holds: the key goes to its own keychain.
        add(ana, db, QStringLiteral("openai"), QStringLiteral("Research"), QStringLiteral("/openai/v1"),
            "ana-key-not-real\n");
        add(ben, db, QStringLiteral("anthropic"), QStringLiteral("Support"), QStringLiteral("/anthropic"),
            "ben-key-not-real\n");
        add(host, db, QStringLiteral("openai"), QStringLiteral("Batch"), QStringLiteral("/openai/v1"), {});
        const QJsonArray listed = accounts(ana, db);
        QCOMPARE(listed.size(), 3);
        host.env.insert(byLabel(listed, QStringLiteral("Batch"))[QStringLiteral("key_variable")].toString(),
                        QStringLiteral("host-key-not-real"));
        // Never in the shared database, never on disk in either HOME.
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE label || organization || base_url "
                                            "LIKE '%not-real%'"))
                     .toLongLong(),
                 qint64(0));
        QVERIFY(!keyringA
                     .lookup(QStringLiteral("key-") +
                             byLabel(listed, QStringLiteral("Research"))[QStringLiteral("key_reference")].toString())
                     .isEmpty());

        // What each says it can sync, before anyone synced.
        QCOMPARE(byLabel(accounts(ana, db), QStringLiteral("Research"))[QStringLiteral("synced_by")].toString(),
                 QStringLiteral("keychain"));
        QCOMPARE(byLabel(accounts(ana, db), QStringLiteral("Support"))[QStringLiteral("synced_by")].toString(),
                 QStringLiteral("elsewhere"));
        QCOMPARE(byLabel(accounts(ben, db), QStringLiteral("Support"))[QStringLiteral("synced_by")].toString(),
                 QStringLiteral("keychain"));
        QCOMPARE(byLabel(accounts(host, db), QStringLiteral("Batch"))[QStringLiteral("synced_by")].toString(),
                 QStringLiteral("environment"));

        // Each syncs: its own account is synced, the others are skipped as synced elsewhere — no
        // failed run anywhere.
        for (const Seat *seat : {&ana, &ben, &host}) {
            const QJsonObject summary = sync(*seat, db);
            const QJsonArray runs = summary[QStringLiteral("runs")].toArray();
            QVERIFY2(runs.size() == 1,
                     qPrintable(seat->name + u": " + QString::fromUtf8(QJsonDocument(summary).toJson())));
            QCOMPARE(runs.first()[QStringLiteral("status")].toString(), QStringLiteral("success"));
            const QJsonArray skipped = summary[QStringLiteral("skipped")].toArray();
            QCOMPARE(skipped.size(), 2);
            for (const QJsonValue &line : skipped)
                QVERIFY2(line.toString().contains(QStringLiteral("another desktop or a sync host syncs it")),
                         qPrintable(line.toString()));
        }
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE status <> 'success'")).toLongLong(),
                 qint64(0));

        // Who synced what, as every desktop sees it.
        const QJsonArray seen = accounts(ben, db);
        QVERIFY(byLabel(seen, QStringLiteral("Research"))[QStringLiteral("last_synced_by")].toString().startsWith(
            QStringLiteral("ana@")));
        QVERIFY(byLabel(seen, QStringLiteral("Support"))[QStringLiteral("last_synced_by")].toString().startsWith(
            QStringLiteral("ben@")));
        QVERIFY(byLabel(seen, QStringLiteral("Batch"))[QStringLiteral("last_synced_by")].toString().startsWith(
            QStringLiteral("sync@")));

        // The same three accounts synced by one process into a personal ledger: the reference.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("alone.sqlite"));
        Seat alone{QStringLiteral("one process"), host.env};
        add(alone, file, QStringLiteral("openai"), QStringLiteral("Research"), QStringLiteral("/openai/v1"), {});
        add(alone, file, QStringLiteral("anthropic"), QStringLiteral("Support"), QStringLiteral("/anthropic"), {});
        add(alone, file, QStringLiteral("openai"), QStringLiteral("Batch"), QStringLiteral("/openai/v1"), {});
        for (const QJsonValue &a : accounts(alone, file))
            alone.env.insert(a[QStringLiteral("key_variable")].toString(), QStringLiteral("key-not-real"));
        const QJsonObject together = sync(alone, file);
        QVERIFY2(together[QStringLiteral("runs")].toArray().size() == 3, QJsonDocument(together).toJson().constData());

        const QByteArray reference = report(alone, file);
        QVERIFY2(reference.contains("\"by_provider\""), reference.constData());
        QCOMPARE(report(ana, db), reference);
        QCOMPARE(report(ben, db), reference);
        QCOMPARE(report(host, db), reference);
        // Exact to the nano-dollar, and no row twice.
        const qint64 cost = sqliteCost(file);
        QVERIFY(cost > 0);
        QCOMPARE(team.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage")).toLongLong(), cost);
        QCOMPARE(team.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM usage GROUP BY day, account_id, "
                                            "model, project, api_key_id, service_tier, source HAVING COUNT(*) > 1) "
                                            "AS twice"))
                     .toLongLong(),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTeamDesktops)
#include "tst_teamdesktops.moc"
