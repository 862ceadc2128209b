// Alerts are stored as a kind and the values they are about, and put into words when shown, in
// the language of the translator installed then — so alerts stored earlier follow the window's
// language too. Usage reported without a model is no model to price.
#include "alerts/alerts.h"
#include "alerts/alerttext.h"
#include "alerts/budgets.h"
#include "analytics/report.h"
#include "common/clock.h"
#include "storage/costrepository.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace tl;

namespace {

constexpr qint64 Usd = 1'000'000'000;

// A "German" translation that marks every alert text it translates, so a test sees that the
// words were made through translate() at the moment they were shown.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "tl::AlertText") != 0)
            return {};
        return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

FixedClock at(QDate day)
{
    return FixedClock(QDateTime(day, QTime(12, 0), Qt::UTC));
}

QList<Alert::Kind> kinds(const QList<Alert> &alerts)
{
    QList<Alert::Kind> out;
    for (const Alert &a : alerts)
        out.append(a.kind);
    return out;
}

}   // namespace

class TestAlertText : public QObject
{
    Q_OBJECT

private slots:
    void storedAlertsAreRenderedWhenShown()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("A"));
        Budget team;
        team.name = QStringLiteral("Team");
        team.amount = Money::fromNanos(100 * Usd);
        QVERIFY(BudgetRepository(db.connection()).add(team) > 0);
        CostRecord c;
        c.accountId = account;
        c.day = QDate(2026, 11, 28);
        c.lineItem = QStringLiteral("usage");
        c.amount = Money::fromNanos(55 * Usd);
        QVERIFY(CostRepository(db.connection()).upsert({c}).ok);

        // Created with no translator installed (as the command line, or before a language change).
        const auto created = evaluateAlerts(db.connection(), at(QDate(2026, 11, 30)));
        QVERIFY(created);
        QCOMPARE(kinds(*created), QList<Alert::Kind>{Alert::Kind::BudgetThreshold});
        // Kept as values, not words.
        QVERIFY(created->first().storedTitle.isEmpty());
        QCOMPARE(created->first().params.value(QStringLiteral("spent_nano")).toInteger(), 55 * Usd);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE title = '' AND params IS NOT NULL")), 1);

        const Alert stored = AlertRepository(db.connection()).list().first();
        AlertText text = renderAlert(stored, QLocale::c());
        QCOMPARE(text.title, QStringLiteral("Budget “Team” at 50 %"));
        QVERIFY2(
            text.message.startsWith(QStringLiteral("$55.00 spent of $100.00 this month (UTC), 55 % of the budget.")),
            qPrintable(text.message));

        // The window switches to German: the alert stored earlier is shown in German.
        MarkingTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        text = renderAlert(stored, QLocale::c());
        QCOMPARE(text.title, QStringLiteral("[de] Budget “Team” at 50 %"));
        QVERIFY2(text.message.startsWith(QStringLiteral("[de] $55.00 spent of $100.00")), qPrintable(text.message));
        QVERIFY(QCoreApplication::removeTranslator(&german));
        QCOMPARE(renderAlert(stored, QLocale::c()).title, QStringLiteral("Budget “Team” at 50 %"));
    }

    void everyKindIsRenderedFromItsParams()
    {
        const auto alert = [](Alert::Kind kind, const QJsonObject &params) {
            Alert a;
            a.kind = kind;
            a.params = params;
            return renderAlert(a, QLocale::c());
        };
        AlertText t = alert(Alert::Kind::BudgetThreshold,
                            {{QStringLiteral("budget"), QStringLiteral("Ops")},
                             {QStringLiteral("threshold"), 100},
                             {QStringLiteral("spent_nano"), 105 * Usd},
                             {QStringLiteral("budget_nano"), 100 * Usd},
                             {QStringLiteral("over_nano"), 5 * Usd},
                             {QStringLiteral("forecast_nano"), 130 * Usd}});   // no used_percent: past 64 bits
        QCOMPARE(t.title, QStringLiteral("Budget “Ops” is used up"));
        QVERIFY2(t.message.contains(QStringLiteral("more than 92233720368547758 % of the budget, $5.00 over. "
                                                   "At the current rate the month ends at $130.00.")),
                 qPrintable(t.message));
        t = alert(Alert::Kind::BudgetForecast, {{QStringLiteral("budget"), QStringLiteral("Ops")},
                                                {QStringLiteral("forecast_nano"), 116 * Usd},
                                                {QStringLiteral("low_nano"), 100 * Usd},
                                                {QStringLiteral("high_nano"), 130 * Usd},
                                                {QStringLiteral("budget_nano"), 100 * Usd},
                                                {QStringLiteral("spent_nano"), 36 * Usd}});
        QCOMPARE(t.title, QStringLiteral("“Ops” is heading over budget"));
        QVERIFY(t.message.startsWith(QStringLiteral("At the current rate this month ends at $116.00 (range $100.00 – "
                                                    "$130.00), over the $100.00 budget; $36.00 spent so far.")));
        t = alert(Alert::Kind::Spike, {{QStringLiteral("account"), QStringLiteral("Prod")},
                                       {QStringLiteral("day"), QStringLiteral("2026-03-01")},
                                       {QStringLiteral("spent_nano"), 21 * Usd},
                                       {QStringLiteral("median_nano"), 10 * Usd},
                                       {QStringLiteral("baseline_days"), 14}});
        QCOMPARE(t.title, QStringLiteral("Spending spike on Prod"));
        QVERIFY(t.message.startsWith(
            QStringLiteral("2026-03-01 (UTC): $21.00, against a usual $10.00 a day (median of the 14 days before).")));
        t = alert(Alert::Kind::SyncFailing, {{QStringLiteral("account"), QStringLiteral("Gateway")},
                                             {QStringLiteral("failures"), 3},
                                             {QStringLiteral("error"), QStringLiteral("HTTP 401")}});
        QCOMPARE(t.title, QStringLiteral("Sync failing for Gateway"));
        QVERIFY(t.message.startsWith(QStringLiteral("The last 3 syncs failed (HTTP 401).")));
        t = alert(Alert::Kind::LowBalance, {{QStringLiteral("account"), QStringLiteral("Gateway")},
                                            {QStringLiteral("amount_nano"), 1'234'500'000'000LL},
                                            {QStringLiteral("currency"), QStringLiteral("USD")},
                                            {QStringLiteral("balance"), QStringLiteral("credits_remaining")}});
        QCOMPARE(t.title, QStringLiteral("Low balance on Gateway"));
        QVERIFY2(t.message.startsWith(QStringLiteral("1234.50 USD left (credits_remaining).")), qPrintable(t.message));
        // The balance in the reader's own number format.
        Alert balance;
        balance.kind = Alert::Kind::LowBalance;
        balance.params = {{QStringLiteral("amount_nano"), -1'234'500'000'000LL},
                          {QStringLiteral("currency"), QStringLiteral("EUR")}};
        QVERIFY2(renderAlert(balance, QLocale(QLocale::German)).message.startsWith(QStringLiteral("-1.234,50 EUR")),
                 qPrintable(renderAlert(balance, QLocale(QLocale::German)).message));
        t = alert(Alert::Kind::UnpricedModel, {{QStringLiteral("provider"), QStringLiteral("openrouter")},
                                               {QStringLiteral("model"), QStringLiteral("mystery/model-x")},
                                               {QStringLiteral("tokens"), 20}});
        QCOMPARE(t.title, QStringLiteral("No price for mystery/model-x"));
        QVERIFY2(t.message.startsWith(QStringLiteral("20 tokens of mystery/model-x (OpenRouter)")),
                 qPrintable(t.message));
        t = alert(Alert::Kind::UsageWindow, {{QStringLiteral("account"), QStringLiteral("Claude Code")},
                                             {QStringLiteral("window_start"), QStringLiteral("2026-11-30T09:00:00Z")},
                                             {QStringLiteral("projected_tokens"), 1500},
                                             {QStringLiteral("percent"), 150},
                                             {QStringLiteral("basis_tokens"), 1000},
                                             {QStringLiteral("resets_in_seconds"), 3600},
                                             {QStringLiteral("alert_percent"), 120}});
        QCOMPARE(t.title, QStringLiteral("Claude Code: this 5-hour window is running hot"));
        QVERIFY2(t.message.startsWith(QStringLiteral("At the current pace the window that started 09:00 UTC ends at "
                                                     "1500 tokens, 150 % of your highest earlier window (1000 tokens); "
                                                     "it resets in 1 h. Your alert is set at 120 %.")),
                 qPrintable(t.message));
    }

    void amountsStayExactThroughTheDatabase()
    {
        test::TestDatabase db;
        Alert a;
        a.kind = Alert::Kind::BudgetForecast;
        a.dedupKey = QStringLiteral("exact");
        a.createdAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        a.params = {{QStringLiteral("budget"), QStringLiteral("Big")},
                    {QStringLiteral("budget_nano"), std::numeric_limits<qint64>::max()},
                    {QStringLiteral("spent_nano"), 9'007'199'254'740'993LL}};   // 2^53 + 1: no double holds it
        QString insertError;
        QVERIFY2(AlertRepository(db.connection()).addIfNew(a, &insertError), qPrintable(insertError));
        const Alert back = *AlertRepository(db.connection()).find(a.id);
        QCOMPARE(back.params.value(QStringLiteral("budget_nano")).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(back.params.value(QStringLiteral("spent_nano")).toInteger(), 9'007'199'254'740'993LL);
        const QString message = renderAlert(back, QLocale::c()).message;
        QVERIFY2(message.contains(QStringLiteral("over the $9223372036.85 budget; $9007199.25 spent so far")),
                 qPrintable(message));
    }

    // Rows stored before alerts had params keep their English text, whatever the language.
    void oldRowsShowTheirStoredText()
    {
        test::TestDatabase db;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO alerts (kind, severity, dedup_key, period, title, message, created_at) VALUES "
                           "('budget_threshold', 'warning', 'budget:1:2026-10:80', '2026-10', 'Budget “Old” at 80 %', "
                           "'$80.00 spent of $100.00 this month (UTC).', '2026-10-20T12:00:00Z')")));
        const Alert old = AlertRepository(db.connection()).list().first();
        QVERIFY(old.params.isEmpty());
        MarkingTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const AlertText text = renderAlert(old);
        QVERIFY(QCoreApplication::removeTranslator(&german));
        QCOMPARE(text.title, QStringLiteral("Budget “Old” at 80 %"));
        QCOMPARE(text.message, QStringLiteral("$80.00 spent of $100.00 this month (UTC)."));
    }

    // A provider row with no model is stored as "(unattributed)": not a model anyone can price.
    void unattributedUsageIsNoModelToPrice()
    {
        test::TestDatabase db;
        const qint64 a = db.addAccount(QStringLiteral("openai"), QStringLiteral("Org"));
        const QDate day(2026, 11, 19);
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(a, day, unattributedModel(), 300, 100, std::nullopt),
                             test::usage(a, day, QStringLiteral("mystery-model"), 10, 10, std::nullopt)})
                    .ok);
        const auto created = evaluateAlerts(db.connection(), at(QDate(2026, 11, 20)));
        QVERIFY(created);
        QCOMPARE(kinds(*created), QList<Alert::Kind>{Alert::Kind::UnpricedModel});
        QCOMPARE(created->first().params.value(QStringLiteral("model")).toString(), QStringLiteral("mystery-model"));

        // The Pricing page's "models with no price" (and the report's) leave it out, and say what it is.
        const auto report = ReportBuilder(db.connection()).build(day, day);
        QVERIFY(report);
        QCOMPARE(report->unpriced.size(), 1);
        QCOMPARE(report->unpriced.first().model, QStringLiteral("mystery-model"));
        QCOMPARE(report->unattributedTokens, 400);
        QCOMPARE(report->total.unpricedTokens, 420);   // still no cost: coverage stays honest
    }
};

QTEST_GUILESS_MAIN(TestAlertText)
#include "tst_alerttext.moc"
