#include "agentlogs.h"
#include "common/clock.h"
#include "dashboard/agentspanel.h"
#include "dashboard/dashboardpage.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/dbworker.h"
#include "testdatabase.h"
#include "usage/agentbreakdownview.h"

#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::test;

// The dashboard's coding-agents section and the Usage page's agents tab over a small imported
// profile, at a fixed now (2026-11-10 15:30 UTC). Prices by hand (Sonnet 4.5, nano-USD per
// token: input 3,000, output 15,000):
//   "Claude Max" (subscription, fee $0.30 this month):
//     9 Nov 09:30  90,000 in + 10,000 out = 100,000 tokens, $0.42  — the earlier window
//    10 Nov 14:10  20,000 in +  5,000 out                     $0.135 — the active window
//    10 Nov 15:10  20,000 in +  5,000 out                     $0.135   (14:00–19:00, 50,000 tokens)
//     value $0.69 = 2.3× the fee
//   "Claude API" (API key): 10 Nov 10:00 1,000 in + 100 out = $0.0045 spend
// Month to date on the dashboard: $0.0045 + the $0.30 fee; never the $0.69 of value.
namespace {

constexpr qint64 ValueNanos = 690'000'000;
constexpr qint64 FeeNanos = 300'000'000;
constexpr qint64 ApiNanos = 4'500'000;

struct Profile
{
    TestDatabase db;
    QTemporaryDir tree;
    FixedClock clock{QDateTime(QDate(2026, 11, 10), QTime(15, 30), Qt::UTC)};
    qint64 max = 0;
    qint64 api = 0;

    qint64 account(const QString &label, const QString &folder, bool subscription)
    {
        Account a;
        a.provider = QStringLiteral("claude-code");
        a.label = label;
        a.subscription = subscription;
        const qint64 id = AccountRepository(db.connection()).add(a);
        AgentRepository(db.connection()).setFolders(id, {tree.filePath(folder)});
        return id;
    }
    static ClaudeRequest at(const QString &id, const QDateTime &time, qint64 input, qint64 output)
    {
        ClaudeRequest r;
        r.id = id;
        r.time = time;
        r.input = input;
        r.output = output;
        return r;
    }

    Profile()
    {
        PricingService pricing(db.connection());
        QVERIFY(pricing.load());
        max = account(QStringLiteral("Claude Max"), QStringLiteral("max"), true);
        api = account(QStringLiteral("Claude API"), QStringLiteral("api"), false);
        const QDateTime today(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC);
        QVERIFY(appendClaudeLog(
            tree.filePath(QStringLiteral("max")), QStringLiteral("-home-dev-shop"), QStringLiteral("s-1"),
            claudeRequestLine(at(u"e1"_qs, today.addSecs(-24 * 3600 + 9 * 3600 + 1800), 90000, 10000)) +
                claudeRequestLine(at(u"e2"_qs, today.addSecs(14 * 3600 + 600), 20000, 5000)) +
                claudeRequestLine(at(u"e3"_qs, today.addSecs(15 * 3600 + 600), 20000, 5000))));
        QVERIFY(appendClaudeLog(tree.filePath(QStringLiteral("api")), QStringLiteral("-home-dev-shop"),
                                QStringLiteral("s-2"),
                                claudeRequestLine(at(u"a1"_qs, today.addSecs(10 * 3600), 1000, 100))));
        QString error;
        QVERIFY2(importAgentAccount(db.connection(), pricing.catalog(), max, &error), qPrintable(error));
        QVERIFY2(importAgentAccount(db.connection(), pricing.catalog(), api, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO costs (account_id, day, line_item, source, amount_nano) VALUES "
                                      "(%1, '2026-11-01', 'Claude Max', 'manual', %2)")
                           .arg(max)
                           .arg(FeeNanos)));
    }
};

QFrame *cardOf(QWidget *root, qint64 accountId)
{
    for (QFrame *card : root->findChildren<QFrame *>(QStringLiteral("agentCard"))) {
        if (card->property("accountId").toLongLong() == accountId)
            return card;
    }
    return nullptr;
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QString text(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

}   // namespace

class TestAgentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void dashboardShowsValueFeeAndWindowButSpendOnlyOnce()
    {
        Profile p;
        DbWorker worker(p.db.path());
        DashboardPage page(&worker, &p.clock);
        page.resize(1200, 900);
        page.show();
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(20000));

        auto *panel = page.findChild<AgentsPanel *>();
        QVERIFY(panel && panel->isVisibleTo(&page));
        QCOMPARE(page.findChildren<QFrame *>(QStringLiteral("agentCard")).size(), 2);

        QFrame *max = cardOf(&page, p.max);
        QVERIFY(max);
        QCOMPARE(text(max, "agentUsageLabel"), Money::fromNanos(ValueNanos).toDisplayString());
        QVERIFY(text(max, "agentMeaningLabel").contains(u"value at API prices (subscription)"_qs));
        QVERIFY2(text(max, "agentFeeLabel").contains(u"returned 2.3× its fee"_qs),
                 qPrintable(text(max, "agentFeeLabel")));
        QVERIFY(text(max, "agentFeeLabel").contains(Money::fromNanos(FeeNanos).toDisplayString()));
        QCOMPARE(text(max, "agentWindowLabel"), u"5-hour window 14:00–19:00 UTC"_qs);
        auto *bar = max->findChild<QProgressBar *>(QStringLiteral("agentWindowBar"));
        QVERIFY(bar);
        QCOMPARE(bar->value(), 5000);   // 50,000 of the earlier window's 100,000 tokens
        QVERIFY2(bar->format().contains(u"50 % of your peak"_qs), qPrintable(bar->format()));
        const QString detail = text(max, "agentWindowDetailLabel");
        QVERIFY2(detail.contains(u"625 tokens/min"_qs), qPrintable(detail));   // 50,000 over 80 minutes
        QVERIFY2(detail.contains(u"resets in 3 h 30 min"_qs), qPrintable(detail));

        QFrame *api = cardOf(&page, p.api);
        QVERIFY(api);
        QCOMPARE(text(api, "agentUsageLabel"), Money::fromNanos(ApiNanos).toDisplayString());
        QVERIFY(text(api, "agentMeaningLabel").contains(u"spend (API key)"_qs));
        QVERIFY(!api->findChild<QLabel *>(QStringLiteral("agentFeeLabel")));

        // The dashboard's spend: the API key's usage and the fee, never the subscription's value.
        QCOMPARE(page.data().forecast.monthToDate.nanos(), ApiNanos + FeeNanos);
        QCOMPARE(text(&page, "mtdValueLabel"), Money::fromNanos(ApiNanos + FeeNanos).toDisplayString());
        const AgentOverview &o = *page.agents().overview;
        QCOMPARE(o.subscriptionValueMtd.nanos(), ValueNanos);
        QCOMPARE(o.apiUsageMtd.nanos(), ApiNanos);

        // The tray's line for the active window.
        const QList<AgentTrayWindow> windows = agentTrayWindows(o);
        QCOMPARE(windows.size(), 1);
        QCOMPARE(agentTrayLine(windows.first(), p.clock.nowUtc()),
                 u"Claude Max: 5-h window 50 % of your peak, resets in 3 h 30 min"_qs);
    }

    // Under the cards: this month's top five projects and branches. On top of the profile, the API
    // key logs (10 Nov, nano-USD by hand, input 3,000 and output 15,000 per token):
    //   /home/dev/tool on "feature/x": 10,000 in            = $0.03
    //   /home/dev/p1 … p5 on "main":   1,000 … 5,000 in      = $0.003 … $0.015 ($0.045 together)
    //   /home/dev/old, 31 Oct:         100,000 in           — last month, in neither table
    // Projects: shop ($0.0045 spend, $0.69 value, 4 requests), tool, p5, p4, p3; p2 and p1 left out.
    // Branches: main (spend $0.0045 + $0.045, value $0.69, 9 requests), feature/x ($0.03, 1).
    void dashboardBreaksTheMonthDownByProjectAndBranch()
    {
        Profile p;
        const QDateTime today(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC);
        const auto request = [&](const QString &id, const QDateTime &time, qint64 input, const QString &cwd,
                                 const QString &branch) {
            ClaudeRequest r = Profile::at(id, time, input, 0);
            r.session = QStringLiteral("s-3");
            r.cwd = cwd;
            r.branch = branch;
            return claudeRequestLine(r);
        };
        QByteArray lines = request(u"t1"_qs, today.addSecs(11 * 3600), 10000, u"/home/dev/tool"_qs, u"feature/x"_qs);
        for (int k = 1; k <= 5; ++k)
            lines += request(u"p%1"_qs.arg(k), today.addSecs(12 * 3600 + k * 60), 1000 * k, u"/home/dev/p%1"_qs.arg(k),
                             u"main"_qs);
        lines += request(u"o1"_qs, today.addDays(-10).addSecs(-3600), 100000, u"/home/dev/old"_qs, u"main"_qs);
        QVERIFY(appendClaudeLog(p.tree.filePath(QStringLiteral("api")), QStringLiteral("-home-dev-work"),
                                QStringLiteral("s-3"), lines));
        PricingService pricing(p.db.connection());
        QVERIFY(pricing.load());
        QString error;
        QVERIFY2(importAgentAccount(p.db.connection(), pricing.catalog(), p.api, &error), qPrintable(error));

        DbWorker worker(p.db.path());
        DashboardPage page(&worker, &p.clock);
        page.resize(1200, 900);
        page.show();
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(20000));

        const auto money = [](qint64 nanos) { return Money::fromNanos(nanos).toDisplayString(); };
        auto *projects = page.findChild<QTableView *>(QStringLiteral("agentProjectTableView"));
        QVERIFY(projects && projects->isVisibleTo(&page));
        QCOMPARE(projects->model()->rowCount(), 5);
        const QStringList names = {u"/home/dev/shop"_qs, u"/home/dev/tool"_qs, u"/home/dev/p5"_qs, u"/home/dev/p4"_qs,
                                   u"/home/dev/p3"_qs};
        const qint64 spend[] = {ApiNanos, 30'000'000, 15'000'000, 12'000'000, 9'000'000};
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(cell(projects, row, 0), names.at(row));
            QCOMPARE(cell(projects, row, 1), money(spend[row]));
        }
        QCOMPARE(cell(projects, 0, 2), money(ValueNanos));
        QCOMPARE(cell(projects, 0, 3), u"4"_qs);
        QCOMPARE(cell(projects, 1, 2), u"—"_qs);
        QCOMPARE(cell(projects, 1, 3), u"1"_qs);
        QCOMPARE(text(&page, "agentProjectMoreLabel"), u"… 2 more in Usage → Coding agents"_qs);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("agentProjectMoreLabel"))->isVisibleTo(&page));

        auto *branches = page.findChild<QTableView *>(QStringLiteral("agentBranchTableView"));
        QVERIFY(branches);
        QCOMPARE(branches->model()->rowCount(), 2);
        QCOMPARE(cell(branches, 0, 0), u"main"_qs);
        QCOMPARE(cell(branches, 0, 1), money(ApiNanos + 45'000'000));
        QCOMPARE(cell(branches, 0, 2), money(ValueNanos));
        QCOMPARE(cell(branches, 0, 3), u"9"_qs);
        QCOMPARE(cell(branches, 1, 0), u"feature/x"_qs);
        QCOMPARE(cell(branches, 1, 1), money(30'000'000));
        QCOMPARE(cell(branches, 1, 2), u"—"_qs);
        QCOMPARE(cell(branches, 1, 3), u"1"_qs);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("agentBranchMoreLabel"))->isVisibleTo(&page));
    }

    void noActiveWindowIsSaidSo()
    {
        Profile p;
        p.clock.set(QDateTime(QDate(2026, 11, 10), QTime(21, 0), Qt::UTC));   // after 19:00
        DbWorker worker(p.db.path());
        DashboardPage page(&worker, &p.clock);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(20000));
        QFrame *max = cardOf(&page, p.max);
        QVERIFY(max);
        QCOMPARE(text(max, "agentWindowLabel"), u"No active 5-hour window"_qs);
        QVERIFY(!max->findChild<QProgressBar *>());
        QVERIFY(agentTrayWindows(*page.agents().overview).isEmpty());
    }

    void dashboardWithoutAgentsHidesTheSection()
    {
        TestDatabase db;
        db.addAccount(QStringLiteral("openai"), QStringLiteral("Prod"));
        FixedClock clock(QDateTime(QDate(2026, 11, 10), QTime(15, 30), Qt::UTC));
        DbWorker worker(db.path());
        DashboardPage page(&worker, &clock);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(!page.findChild<AgentsPanel *>()->hasAgents());
        QVERIFY(page.findChildren<QFrame *>(QStringLiteral("agentCard")).isEmpty());
        // Not even built (it is, with the first agent account).
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("agentGroupsWidget")));
    }

    void usageTabGroupsByProjectWithValueApart()
    {
        Profile p;
        DbWorker worker(p.db.path());
        AgentBreakdownView view(&worker, p.clock.todayUtc());
        QSignalSpy refreshed(&view, &AgentBreakdownView::refreshed);
        view.setRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(view.breakdown().rows.size(), 1);
        QCOMPARE(view.breakdown().total.value.nanos(), ValueNanos);
        QCOMPARE(view.breakdown().total.spend.nanos(), ApiNanos);
        auto *table = view.findChild<QTableView *>(QStringLiteral("agentBreakdownTableView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"/home/dev/shop"_qs);
        QCOMPARE(table->model()->index(0, 1).data().toString(), Money::fromNanos(ApiNanos).toDisplayString());
        QCOMPARE(table->model()->index(0, 3).data().toString(), Money::fromNanos(ValueNanos).toDisplayString());
        QVERIFY(table->isColumnHidden(2));   // nothing in another account's bill
    }
};

QTEST_MAIN(TestAgentsPanel)
#include "tst_agentspanel.moc"
