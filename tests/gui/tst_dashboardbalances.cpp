// The dashboard's "Credits left" card over the balances the last syncs stored: a sum per currency
// (never currencies added together, never one provider's balance shown as if it were all), key
// limits apart, and a card no taller than its neighbours' text needs.
#include "dashboard/dashboardpage.h"
#include "storage/accountrepository.h"
#include "storage/manualentryrepository.h"
#include "storage/syncrunrepository.h"
#include "windowharness.h"

#include <QLabel>
#include <QTest>

using namespace tl;

namespace {

const QDateTime Now(QDate(2026, 3, 3), QTime(18, 0), Qt::UTC);

qint64 addAccount(test::TestDatabase &db, const QString &provider, const QString &label)
{
    Account a;
    a.provider = provider;
    a.label = label;
    a.baseUrl = QStringLiteral("http://127.0.0.1:9/") + provider;   // never called: no sync here
    const qint64 id = AccountRepository(db.connection()).add(a);
    // Something spent, so the dashboard shows its cards rather than the empty state.
    ManualEntry seat;
    seat.accountId = id;
    seat.label = QStringLiteral("Seats");
    seat.amount = Money::fromNanos(5'000'000'000);
    seat.start = QDate(2026, 3, 1);
    ManualEntryRepository(db.connection()).add(seat);
    return id;
}

Balance balance(const char *currency, const char *kind, qint64 nanos)
{
    return {QString::fromLatin1(currency), QString::fromLatin1(kind), Money::fromNanos(nanos)};
}

QLabel *label(QWidget *root, const char *name)
{
    return root->findChild<QLabel *>(QString::fromLatin1(name));
}

}   // namespace

class TstDashboardBalances : public QObject
{
    Q_OBJECT

private slots:
    void sumsPerCurrencyAndKeepsKeyLimitsApart()
    {
        test::WindowHarness h(Now);
        const qint64 deepseek = addAccount(h.db, QStringLiteral("deepseek"), QStringLiteral("DeepSeek"));
        const qint64 router = addAccount(h.db, QStringLiteral("openrouter"), QStringLiteral("Side projects"));
        BalanceRepository balances(h.db.connection());
        QVERIFY(balances.replace(
            deepseek, {balance("USD", "balance", 18'400'000'000), balance("CNY", "balance", 110'000'000'000)},
            Now.addSecs(-600)));
        QVERIFY(balances.replace(
            router,
            {balance("USD", "credits_remaining", 107'880'000'000), balance("USD", "limit_remaining", 74'250'000'000)},
            Now.addSecs(-600)));

        MainWindow &window = h.open(QSize(1280, 800));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isLoaded());

        // $18.40 + $107.88: the key limit is a cap on a key, no money of its own; the yuan stay apart.
        QLabel *value = label(page, "balanceValueLabel");
        QTRY_COMPARE(value->text(), QStringLiteral("$126.28"));   // the cards are filled once the page is shown
        const QStringList lines = label(page, "balanceDetailLabel")->text().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("and 110.00 CNY"));
        QCOMPARE(lines.at(1), QStringLiteral("DeepSeek: $18.40 · 110.00 CNY"));
        QCOMPARE(lines.at(2), QStringLiteral("Side projects: $107.88 · key\u00a0limit\u00a0$74.25"));   // wraps as one
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("as of ")), qPrintable(lines.at(3)));
        // Which provider and which kind of money each is: in the tooltip.
        const QString tip = value->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Side projects (OpenRouter): $107.88 credits left")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Side projects (OpenRouter): $74.25 key limit left")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("DeepSeek: 110.00 CNY balance")), qPrintable(tip));
        // The figure fits on one line of its card (it wrapped to two when every currency was in it).
        QVERIFY2(value->fontMetrics().horizontalAdvance(value->text()) <= value->contentsRect().width(),
                 qPrintable(QString::number(value->contentsRect().width())));
        QVERIFY(value->heightForWidth(value->contentsRect().width()) < 2 * value->fontMetrics().height());
    }

    void aKeyLimitAloneIsTheFigure()
    {
        test::WindowHarness h(Now);
        const qint64 router = addAccount(h.db, QStringLiteral("openrouter"), QStringLiteral("Side projects"));
        QVERIFY(BalanceRepository(h.db.connection())
                    .replace(router, {balance("USD", "limit_remaining", 74'250'000'000)}, Now.addSecs(-60)));
        MainWindow &window = h.open(QSize(1280, 800));
        auto *page = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isLoaded());
        QTRY_COMPARE(label(page, "balanceValueLabel")->text(), QStringLiteral("$74.25"));
        QVERIFY(label(page, "balanceDetailLabel")
                    ->text()
                    .startsWith(QStringLiteral("Side projects: key\u00a0limit\u00a0$74.25\n")));
    }

    void noBalanceSaysWhichProvidersReportOne()
    {
        test::WindowHarness h(Now);
        addAccount(h.db, QStringLiteral("openai"), QStringLiteral("Prod"));
        MainWindow &window = h.open(QSize(1280, 800));
        auto *page = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isLoaded());
        QTRY_COMPARE(label(page, "balanceValueLabel")->text(), QStringLiteral("—"));
        QVERIFY(label(page, "balanceDetailLabel")->text().contains(QStringLiteral("OpenRouter and DeepSeek")));
        QVERIFY(label(page, "balanceValueLabel")->toolTip().isEmpty());
    }
};

QTEST_MAIN(TstDashboardBalances)
#include "tst_dashboardbalances.moc"
