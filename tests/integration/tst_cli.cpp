#include "analytics/dashboard.h"
#include "clirunner.h"
#include "rawfiles.h"
#include "storage/costrepository.h"
#include "storage/database.h"
#include "storage/manualentryrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include "money/money.h"
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

namespace {

using Run = tl::test::CliRun;
using tl::test::runCli;

}   // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("TOKENLEDGER_BINARY"))); }

    void helpAndVersion()
    {
        Run r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("report")));
        QVERIFY(r.out.contains(QStringLiteral("--db PATH")));
        r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("TokenLedger ")));
        r = runCli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--from")));
    }

    void emptyDatabaseGivesHonestZeroReport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--json"),
                        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-01-31")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("0"));
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("rows")].toInt(), 0);
        QCOMPARE(json[QStringLiteral("period")][QStringLiteral("from")].toString(), QStringLiteral("2026-01-01"));

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("report")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("No usage recorded in this period")));
    }

    void reportsStoredUsage()
    {
        test::TestDatabase db(QStringLiteral("cli-writer"));
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, QDate(2026, 2, 3), QStringLiteral("gpt-4o"), 100, 10, 1'234'567'891),
                             test::usage(account, QDate(2026, 2, 4), QStringLiteral("odd-model"), 7, 3, std::nullopt)})
                    .ok);
        const Run r = runCli({QStringLiteral("--db=") + db.path(), QStringLiteral("report"), QStringLiteral("--from"),
                              QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-02-28"),
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject total = json[QStringLiteral("total")].toObject();
        QCOMPARE(total[QStringLiteral("cost")][QStringLiteral("usd")].toString(), QStringLiteral("1.234567891"));
        QCOMPARE(total[QStringLiteral("unpriced_tokens")].toInt(), 10);
        QCOMPARE(json[QStringLiteral("by_account")][0][QStringLiteral("label")].toString(), QStringLiteral("Work"));

        const Run text = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--from"),
                                 QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-02-28")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("$1.23")));
        QVERIFY(text.out.contains(QStringLiteral("By model")));

        // --to alone: from the first day of its month (it named a --from never given, of today's month).
        const Run toAlone = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--to"),
                                    QStringLiteral("2026-02-28"), QStringLiteral("--json")});
        QVERIFY2(toAlone.code == 0, qPrintable(toAlone.err));
        const QJsonObject month = QJsonDocument::fromJson(toAlone.out.toUtf8()).object();
        QCOMPARE(month[QStringLiteral("period")][QStringLiteral("from")].toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(month[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("1.234567891"));
    }

    void reportSplitsBilledAndEstimatedWithForecastAndBreakdowns()
    {
        test::TestDatabase db(QStringLiteral("cli-split"));
        const qint64 billedAccount = db.addAccount(QStringLiteral("openai"), QStringLiteral("Billed"));
        const qint64 estimatedAccount = db.addAccount(QStringLiteral("groq"), QStringLiteral("Estimated"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate yesterday = today.addDays(-1);
        UsageRecord a = test::usage(billedAccount, yesterday, QStringLiteral("gpt-4o"), 10, 10, 3'000'000'000);
        a.project = QStringLiteral("proj_web");
        UsageRecord b = test::usage(estimatedAccount, yesterday, QStringLiteral("llama"), 10, 10, 500'000'000);
        QVERIFY(UsageRepository(db.connection()).upsert({a, b}).ok);
        CostRecord bill;
        bill.accountId = billedAccount;
        bill.day = yesterday;
        bill.lineItem = QStringLiteral("gpt-4o, input");
        bill.amount = *Money::fromDecimal(u"2.75");
        QVERIFY(CostRepository(db.connection()).upsert({bill}).ok);

        const QString from = yesterday.toString(Qt::ISODate);
        Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--from"), from,
                        QStringLiteral("--json"), QStringLiteral("--by"), QStringLiteral("project")});
        QCOMPARE(r.code, 0);
        QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // Billed $2.75 replaces the $3 estimate of that account and day; the other stays estimated.
        QCOMPARE(json[QStringLiteral("spend")][QStringLiteral("total")][QStringLiteral("usd")].toString(),
                 QStringLiteral("3.25"));
        QCOMPARE(json[QStringLiteral("spend")][QStringLiteral("billed")][QStringLiteral("usd")].toString(),
                 QStringLiteral("2.75"));
        QCOMPARE(json[QStringLiteral("spend")][QStringLiteral("estimated")][QStringLiteral("usd")].toString(),
                 QStringLiteral("0.5"));
        const QJsonArray rows = json[QStringLiteral("by")][QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][QStringLiteral("key")].toString(), QStringLiteral("proj_web"));
        const QJsonObject forecast = json[QStringLiteral("forecast")].toObject();
        QVERIFY(!forecast.isEmpty());
        QCOMPARE(forecast[QStringLiteral("rate_days")].toInt(), 1);
        QCOMPARE(forecast[QStringLiteral("daily_rate")][QStringLiteral("usd")].toString(), QStringLiteral("3.25"));

        r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--from"), from,
                    QStringLiteral("--by"), QStringLiteral("day")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(from + QStringLiteral("  $3.25")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Month-end forecast")));
        r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--by"),
                    QStringLiteral("color")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--by")));
    }

    void exportRoundTrips()
    {
        test::TestDatabase db(QStringLiteral("cli-export"));
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Acme, \"prod\""));
        UsageRecord odd = test::usage(account, QDate(2026, 4, 2), QStringLiteral("ft:gpt-4o:acme,v2"), 5, 5, 1);
        odd.project = QStringLiteral("proj \"quoted\"");
        QVERIFY(
            UsageRepository(db.connection())
                .upsert({test::usage(account, QDate(2026, 4, 1), QStringLiteral("gpt-4o"), 100, 10, 1'234'567'891), odd,
                         test::usage(account, QDate(2026, 4, 3), QStringLiteral("mystery"), 7, 3, std::nullopt)})
                .ok);
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("usage.csv"));
        const QString jsonPath = dir.filePath(QStringLiteral("usage.json"));
        QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("--csv"),
                         QStringLiteral("--output"), csvPath})
                     .code,
                 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("--json"),
                         QStringLiteral("--output"), jsonPath})
                     .code,
                 0);

        // CSV: RFC 4180 quoting; parse it back and add the exact decimals.
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                row << field;
                field.clear();
            } else if (c == u'\n') {
                row << field;
                field.clear();
                rows << row;
                row.clear();
            } else if (c != u'\r') {
                field += c;
            }
        }
        QCOMPARE(rows.size(), 4);   // header + 3 rows
        const int costColumn = int(rows[0].indexOf(QStringLiteral("cost_usd")));
        QVERIFY(costColumn > 0);
        MoneySum csvTotal;
        for (const QStringList &r : rows.mid(1)) {
            QCOMPARE(r.size(), rows[0].size());
            if (!r[costColumn].isEmpty())
                csvTotal.add(*Money::fromDecimal(r[costColumn]));
        }
        QCOMPARE(csvTotal.total().nanos(), qint64(1'234'567'892));
        QCOMPARE(rows[2][rows[0].indexOf(QStringLiteral("model"))], QStringLiteral("ft:gpt-4o:acme,v2"));
        QCOMPARE(rows[2][rows[0].indexOf(QStringLiteral("project"))], QStringLiteral("proj \"quoted\""));
        QCOMPARE(rows[1][0], QStringLiteral("2026-04-01"));
        QVERIFY(rows[3][costColumn].isEmpty());   // unpriced: no number, never 0
        QCOMPARE(rows[3][rows[0].indexOf(QStringLiteral("cost_status"))], QStringLiteral("unpriced"));

        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 3);
        MoneySum jsonTotal;
        for (const QJsonValue &v : array) {
            if (!v[QStringLiteral("cost_usd")].isNull())
                jsonTotal.add(*Money::fromDecimal(v[QStringLiteral("cost_usd")].toString()));
        }
        QCOMPARE(jsonTotal.total(), csvTotal.total());
        QCOMPARE(array[0][QStringLiteral("cost_usd")].toString(), QStringLiteral("1.234567891"));

        // The report says the same.
        const Run report = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"),
                                   QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-04-30"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(report.out.toUtf8())
                     .object()[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("nano_usd")]
                     .toString(),
                 QString::number(csvTotal.total().nanos()));
        // Filters.
        const Run one = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("--json"),
                                QStringLiteral("--status"), QStringLiteral("unpriced")});
        QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).array().size(), 1);
        QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export")}).code, 2);   // no format
    }

    void reportSpendPerProviderAgreesWithTheDashboard()
    {
        test::TestDatabase db(QStringLiteral("cli-spend"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const qint64 openai = db.addAccount(QStringLiteral("openai"), QStringLiteral("Prod"));
        const qint64 anthropic = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Research"));
        const qint64 seats = db.addAccount(QStringLiteral("other"), QStringLiteral("Seats"));
        // OpenAI: usage estimated at $6, but billed $7.25 that day (billed wins); Anthropic: $3
        // estimated, no bill; Seats: a $95 manual charge with no usage at all.
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(openai, today, QStringLiteral("gpt-4o"), 100, 10, 6'000'000'000),
                             test::usage(anthropic, today, QStringLiteral("claude-x"), 100, 10, 3'000'000'000)})
                    .ok);
        CostRecord bill;
        bill.accountId = openai;
        bill.day = today;
        bill.lineItem = QStringLiteral("gpt-4o, input");
        bill.amount = Money::fromNanos(7'250'000'000);
        QVERIFY(CostRepository(db.connection()).upsert({bill}).ok);
        ManualEntry seat;
        seat.accountId = seats;
        seat.label = QStringLiteral("Team plan");
        seat.recurrence = ManualEntry::Recurrence::Once;
        seat.amount = Money::fromNanos(95'000'000'000);
        seat.start = today;
        QVERIFY(ManualEntryRepository(db.connection()).add(seat) > 0);
        QVERIFY(ManualEntryRepository(db.connection()).materialize(today));

        const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--by"),
                              QStringLiteral("provider"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QHash<QString, qint64> cliSpend;
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &row : report[u"by"_qs][u"rows"_qs].toArray())
            cliSpend.insert(row[u"key"_qs].toString(), row[u"spend"_qs][u"nano_usd"_qs].toString().toLongLong());
        QString error;
        const auto dashboard = loadDashboard(db.connection(), today, &error);
        QVERIFY2(dashboard, qPrintable(error));
        QCOMPARE(dashboard->byProvider.size(), 3);
        for (const Share &share : dashboard->byProvider)
            QCOMPARE(cliSpend.value(share.provider, -1), share.cost.nanos());
        QCOMPARE(cliSpend.value(QStringLiteral("openai")), qint64(7'250'000'000));
        QCOMPARE(cliSpend.value(QStringLiteral("other")), qint64(95'000'000'000));

        // The text table shows both figures.
        const Run text = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("--by"),
                                 QStringLiteral("account")});
        QVERIFY2(text.out.contains(QStringLiteral("Spend")) && text.out.contains(QStringLiteral("$95.00")) &&
                     text.out.contains(QStringLiteral("$7.25")),
                 qPrintable(text.out));
    }

    void budgetsAndAlertsFromTheCommandLine()
    {
        test::TestDatabase db(QStringLiteral("cli-budgets"));
        const QString path = db.path();
        const qint64 account = db.addAccount(QStringLiteral("groq"), QStringLiteral("Local"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, today, QStringLiteral("llama-x"), 100, 10, 6 * 1'000'000'000LL)})
                    .ok);
        const auto cli = [&](QStringList args) {
            args.prepend(path);
            args.prepend(QStringLiteral("--db"));
            return runCli(args);
        };
        Run r = cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Team"),
                     QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--thresholds"),
                     QStringLiteral("50,100")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Added budget 1")));
        // The after-change step runs at once: 50 % is already crossed, said now, not at the next sync.
        QVERIFY2(r.out.contains(QStringLiteral("[alert:warning] Budget \u201cTeam\u201d at 50 %")), qPrintable(r.out));
        r = cli({QStringLiteral("budgets"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject budget = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(budget[QStringLiteral("spent_usd")].toString(), QStringLiteral("6"));
        QCOMPARE(budget[QStringLiteral("used_percent")].toString(), QStringLiteral("60.00"));
        QCOMPARE(budget[QStringLiteral("amount_usd")].toString(), QStringLiteral("10"));

        // A sync (nothing to fetch: Groq has no usage API) runs the alert rules again: each alert once.
        r = cli({QStringLiteral("sync")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("[alert:")), qPrintable(r.out));
        r = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("alerts")].toArray().size(), 0);
        r = cli({QStringLiteral("alerts"), QStringLiteral("--unread"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("1")}).code, 0);
        r = cli({QStringLiteral("alerts"), QStringLiteral("--unread"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("edit"), QStringLiteral("1"),
                      QStringLiteral("--amount"), QStringLiteral("5.5"), QStringLiteral("--disable")})
                     .code,
                 0);
        r = cli({QStringLiteral("budgets")});
        QVERIFY2(r.out.contains(QStringLiteral("$6.00 of $5.50 (109.09 %)")) &&
                     r.out.contains(QStringLiteral("over by $0.50")) && r.out.contains(QStringLiteral("[paused]")),
                 qPrintable(r.out));
        // One money style with the window: thousands grouped ("$1,000.00", not "$1000.00").
        r = cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Big"),
                 QStringLiteral("--amount"), QStringLiteral("1000")});
        QVERIFY2(r.out.contains(QStringLiteral("Big, $1,000.00")), qPrintable(r.out));
        QVERIFY2(cli({QStringLiteral("budgets")}).out.contains(QStringLiteral("of $1,000.00")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("2")}).code, 0);
        for (const QStringList &bad :
             {QStringList{QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("X"), QStringLiteral("--amount"), QStringLiteral("-3")},
              QStringList{QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("X"), QStringLiteral("--amount"), QStringLiteral("3"),
                          QStringLiteral("--provider"), QStringLiteral("nope")},
              QStringList{QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("X"), QStringLiteral("--amount"), QStringLiteral("3"),
                          QStringLiteral("--thresholds"), QStringLiteral("0")},
              QStringList{QStringLiteral("budgets"), QStringLiteral("edit"), QStringLiteral("x")}}) {
            const Run refused = cli(bad);
            QVERIFY2(refused.code == 2, qPrintable(bad.join(u' ')));
            QVERIFY(!refused.err.isEmpty());
        }
        QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("1")}).code, 0);
        QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("1")}).code, 1);
    }

    void importFromTheCommandLine()
    {
        test::TestDatabase db(QStringLiteral("cli-import"));
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("usage.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,model,input_tokens,output_tokens,cost_usd\n2026-03-01,gpt-4o,100,10,0.50\n"
                "2026-03-02,claude-sonnet-4-5,100,10,0.25\n");
        f.close();
        const QStringList base{QStringLiteral("--db"),  db.path(), QStringLiteral("import"),
                               QStringLiteral("--csv"), csv,       QStringLiteral("--account"),
                               QString::number(account)};
        Run r = runCli(base + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was written")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM usage")), qint64(0));
        r = runCli(base);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("usage 2 new")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[quality:foreign_model] Work: claude-sonnet-4-5 looks like a model of "
                                              "Anthropic")));
        r = runCli(base + QStringList{QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("usage_unchanged")].toInt(), 2);   // re-importing changes nothing
        QCOMPARE(json[QStringLiteral("quality_findings")].toInt(), 1);
        r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("quality"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first()[QStringLiteral("kind")].toString(),
                 QStringLiteral("foreign_model"));
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("nope")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), QStringLiteral("--csv"),
                         QStringLiteral("/nonexistent.csv"), QStringLiteral("--account"), QString::number(account)})
                     .code,
                 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << "unknown option";
        QTest::newRow("db without value") << QStringList{QStringLiteral("--db")} << "--db needs a value";
        QTest::newRow("bad from") << QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                                 QStringLiteral("2026-02-30")}
                                  << "is not a date";
        QTest::newRow("bad to") << QStringList{QStringLiteral("report"), QStringLiteral("--to"),
                                               QStringLiteral("tomorrow")}
                                << "is not a date";
        QTest::newRow("from after to") << QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                                      QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                                      QStringLiteral("2026-02-01")}
                                       << "is after";
        QTest::newRow("unknown report option")
            << QStringList{QStringLiteral("report"), QStringLiteral("--csv")} << "Unknown option";
        QTest::newRow("stray argument") << QStringList{QStringLiteral("report"), QStringLiteral("extra")}
                                        << "unexpected argument";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        args.prepend(dir.filePath(QStringLiteral("t.sqlite")));
        args.prepend(QStringLiteral("--db"));
        const Run r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);   // one clear line
    }

    void databaseErrorsExitNonZeroAndLeaveFilesAlone()
    {
        QTemporaryDir dir;
        Run r = runCli(
            {QStringLiteral("--db"), dir.filePath(QStringLiteral("missing/x.sqlite")), QStringLiteral("report")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(newer);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 42")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE x (y)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = test::fileHash(newer);
        r = runCli({QStringLiteral("--db"), newer, QStringLiteral("report")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer TokenLedger")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(test::fileHash(newer), before);
    }

    void pricingLookupPrintsListPrices()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("p.sqlite"));
        Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("pricing"), QStringLiteral("lookup"),
                        QStringLiteral("claude-sonnet-4-5-20250929")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Input (uncached)    $3.00")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Output              $15.00")));
        QVERIFY(r.out.contains(QStringLiteral("Cached input        $0.30")));
        QVERIFY(r.out.contains(QStringLiteral("Cache write (5 min) $3.75")));
        QVERIFY(r.out.contains(QStringLiteral("starts_with \"claude-sonnet-4-5\"")));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("pricing"), QStringLiteral("lookup"),
                    QStringLiteral("gpt-4o-mini-2024-07-18"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("catalog_model")].toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(json[QStringLiteral("prices")][QStringLiteral("input")][QStringLiteral("usd_per_mtok")].toString(),
                 QStringLiteral("0.15"));
        QCOMPARE(json[QStringLiteral("prices")][QStringLiteral("output")][QStringLiteral("usd_per_mtok")].toString(),
                 QStringLiteral("0.6"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("pricing"), QStringLiteral("lookup"),
                    QStringLiteral("no-such-model")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("unpriced")));
    }

    void pricingOverridesChangeTheReport()
    {
        test::TestDatabase db(QStringLiteral("cli-pricing"));
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, QDate(2026, 2, 3), QStringLiteral("my-model"), 2'000'000, 0,
                                         std::nullopt)})
                    .ok);
        const QStringList reportArgs{QStringLiteral("--db"),       db.path(),
                                     QStringLiteral("report"),     QStringLiteral("--from"),
                                     QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-02-28"), QStringLiteral("--json")};
        Run r = runCli(reportArgs);
        QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("price_coverage")][QStringLiteral("percent")].toString(), QStringLiteral("0.00"));
        QCOMPARE(json[QStringLiteral("unpriced_models")][0][QStringLiteral("model")].toString(),
                 QStringLiteral("my-model"));

        r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("pricing"), QStringLiteral("set"),
                    QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--model"),
                    QStringLiteral("my-model"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                    QStringLiteral("--input"), QStringLiteral("1.25"), QStringLiteral("--output"),
                    QStringLiteral("5")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 of 1 rows")), qPrintable(r.out));
        json = QJsonDocument::fromJson(runCli(reportArgs).out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("2.5"));
        QCOMPARE(json[QStringLiteral("price_coverage")][QStringLiteral("percent")].toString(),
                 QStringLiteral("100.00"));

        r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("pricing"), QStringLiteral("list"),
                    QStringLiteral("--overrides")});
        QVERIFY(r.out.contains(QStringLiteral("my-model from 2026-01-01")));
        r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("pricing"), QStringLiteral("unset"),
                    QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--model"),
                    QStringLiteral("my-model")});
        QCOMPARE(r.code, 0);
        json = QJsonDocument::fromJson(runCli(reportArgs).out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("cost")][QStringLiteral("usd")].toString(),
                 QStringLiteral("0"));
    }

    void pricingBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList base{QStringLiteral("pricing"), QStringLiteral("set"),     QStringLiteral("--provider"),
                               QStringLiteral("openai"),  QStringLiteral("--model"), QStringLiteral("m")};
        const QString from = QStringLiteral("--from");
        const QString day = QStringLiteral("2026-01-01");
        const QString in = QStringLiteral("--input");
        const QString out = QStringLiteral("--output");
        QTest::newRow("negative price") << (base +
                                            QStringList{from, day, in, QStringLiteral("-1"), out, QStringLiteral("2")})
                                        << 2 << "not a price";
        QTest::newRow("finer than a nano-dollar")
            << (base + QStringList{from, day, in, QStringLiteral("0.0000000001"), out, QStringLiteral("2")}) << 2
            << "finer than one nano-dollar";
        QTest::newRow("text price") << (base +
                                        QStringList{from, day, in, QStringLiteral("cheap"), out, QStringLiteral("2")})
                                    << 2 << "not a price";
        QTest::newRow("bad date") << (base + QStringList{from, QStringLiteral("2026-02-30"), in, QStringLiteral("1"),
                                                         out, QStringLiteral("2")})
                                  << 2 << "not a date";
        QTest::newRow("missing from") << (base + QStringList{in, QStringLiteral("1"), out, QStringLiteral("2")}) << 2
                                      << "--from is required";
        QTest::newRow("missing output") << (base + QStringList{from, day, in, QStringLiteral("1")}) << 2
                                        << "--input and --output";
        QTest::newRow("unknown provider") << QStringList{QStringLiteral("pricing"),
                                                         QStringLiteral("set"),
                                                         QStringLiteral("--provider"),
                                                         QStringLiteral("acme"),
                                                         QStringLiteral("--model"),
                                                         QStringLiteral("m"),
                                                         from,
                                                         day,
                                                         in,
                                                         QStringLiteral("1"),
                                                         out,
                                                         QStringLiteral("2")}
                                          << 2 << "unknown provider";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("pricing"), QStringLiteral("frob")} << 2
                                        << "unknown action";
        QTest::newRow("update missing file") << QStringList{QStringLiteral("pricing"), QStringLiteral("update"), from,
                                                            QStringLiteral("/nonexistent.json")}
                                             << 1 << "cannot read";
    }

    void pricingBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run r = runCli(QStringList{QStringLiteral("--db"), db} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const Run overrides = runCli({QStringLiteral("--db"), db, QStringLiteral("pricing"), QStringLiteral("list"),
                                      QStringLiteral("--overrides"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(overrides.out.toUtf8()).array().size(), 0);   // nothing stored
    }

    void pricingUpdateRefusesABadDataset()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const QString bad = dir.filePath(QStringLiteral("data.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\": \"openai\", \"models\": [{\"id\": \"x\", \"match\": {\"equals\": \"x\"}, "
                "\"prices\": {\"input_mtok\": \"free\"}}]}]");
        f.close();
        const Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("pricing"), QStringLiteral("update"),
                              QStringLiteral("--from"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("previous catalog stays")), qPrintable(r.err));
        const Run lookup = runCli({QStringLiteral("--db"), db, QStringLiteral("pricing"), QStringLiteral("lookup"),
                                   QStringLiteral("gpt-4o")});
        QVERIFY(lookup.out.contains(QStringLiteral("bundled")));
    }

    void profileFolderHoldsTheDatabase()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("new/profile"));   // made on first use
        const Run r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("report")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(profile + QStringLiteral("/tokenledger.sqlite")));
        // --db names a file whose folder must exist: a typo must not create folders.
        const Run typo = runCli({QStringLiteral("--profile"), profile, QStringLiteral("--db"),
                                 dir.filePath(QStringLiteral("tpyo/x.sqlite")), QStringLiteral("report")});
        QCOMPARE(typo.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("tpyo"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
