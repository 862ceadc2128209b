#include "alerttext.h"

#include "analytics/usagewindows.h"
#include "providers/providercatalog.h"

#include <QJsonValue>

namespace tl {

namespace {

// Reads an alert's params. Integers are read as integers (never through a double), so amounts
// in nano-USD stay exact.
class Params
{
public:
    Params(const QJsonObject &params, const QLocale &locale)
        : m_params(params)
        , m_locale(locale)
    {}

    QString text(const char *key) const { return m_params.value(QLatin1String(key)).toString(); }
    qint64 integer(const char *key) const { return m_params.value(QLatin1String(key)).toInteger(); }
    bool has(const char *key) const { return m_params.contains(QLatin1String(key)); }
    QString count(const char *key) const { return m_locale.toString(integer(key)); }
    QString usd(const char *key) const { return Money::fromNanos(integer(key)).toDisplayString(m_locale); }

private:
    QJsonObject m_params;
    QLocale m_locale;
};

AlertText budgetThreshold(const Params &p)
{
    const QString name = p.text("budget");
    const qint64 threshold = p.integer("threshold");
    AlertText t;
    t.title = threshold >= 100 ? AlertText::tr("Budget “%1” is used up").arg(name)
                               : AlertText::tr("Budget “%1” at %2 %").arg(name, p.count("threshold"));
    const QString used =
        p.has("used_percent")
            ? p.count("used_percent")
            //: the share of a budget spent, when it does not fit in 64 bits (a budget of a few nano-dollars)
            : AlertText::tr("more than %1").arg(QLocale::c().toString(std::numeric_limits<qint64>::max() / 100));
    const QString over = p.integer("over_nano") > 0 ? AlertText::tr(", %1 over").arg(p.usd("over_nano")) : QString();
    //: %4 is empty or ", $5.00 over"
    t.message = AlertText::tr("%1 spent of %2 this month (UTC), %3 % of the budget%4. At the current rate the month "
                              "ends at %5. Open the dashboard to see which provider and model drive it, or raise the "
                              "budget.")
                    .arg(p.usd("spent_nano"), p.usd("budget_nano"), used, over, p.usd("forecast_nano"));
    return t;
}

AlertText budgetForecast(const Params &p)
{
    AlertText t;
    t.title = AlertText::tr("“%1” is heading over budget").arg(p.text("budget"));
    t.message = AlertText::tr("At the current rate this month ends at %1 (range %2 – %3), over the %4 budget; %5 spent "
                              "so far. Slow down the biggest spender on the dashboard, or raise the budget.")
                    .arg(p.usd("forecast_nano"), p.usd("low_nano"), p.usd("high_nano"), p.usd("budget_nano"),
                         p.usd("spent_nano"));
    return t;
}

AlertText spike(const Params &p)
{
    AlertText t;
    t.title = AlertText::tr("Spending spike on %1").arg(p.text("account"));
    t.message = AlertText::tr("%1 (UTC): %2, against a usual %3 a day (median of the %4 days before). Check that day "
                              "on the Usage page: a runaway job or a leaked key looks like this.")
                    .arg(p.text("day"), p.usd("spent_nano"), p.usd("median_nano"), p.count("baseline_days"));
    return t;
}

AlertText syncFailing(const Params &p)
{
    AlertText t;
    t.title = AlertText::tr("Sync failing for %1").arg(p.text("account"));
    // The error is the provider's or the network's own words, shown as they came.
    const QString error = p.text("error").isEmpty() ? AlertText::tr("no message") : p.text("error");
    t.message = AlertText::tr("The last %1 syncs failed (%2). This account's figures may be out of date: check its "
                              "key on the Accounts page and Sync History for details.")
                    .arg(p.count("failures"), error);
    return t;
}

AlertText lowBalance(const Params &p, const QLocale &locale)
{
    AlertText t;
    t.title = AlertText::tr("Low balance on %1").arg(p.text("account"));
    // In the balance's own currency, so not Money's "$" display.
    const Money amount = Money::fromNanos(p.integer("amount_nano"));
    QString figure = amount.toDecimalString(2);
    if (figure.startsWith(QLatin1Char('-')))
        figure.remove(0, 1);
    const qsizetype dot = figure.indexOf(QLatin1Char('.'));
    figure = locale.toString(figure.left(dot).toLongLong()) + locale.decimalPoint() + figure.mid(dot + 1);
    if (amount.isNegative())
        figure.prepend(locale.negativeSign());
    //: %1 amount, %2 currency code, %3 the provider's kind of balance (such as credits_remaining)
    t.message = AlertText::tr("%1 %2 left (%3). Top up with the provider before requests start failing.")
                    .arg(figure, p.text("currency"), p.text("balance"));
    return t;
}

AlertText unpricedModel(const Params &p)
{
    AlertText t;
    const QString model = p.text("model");
    t.title = AlertText::tr("No price for %1").arg(model);
    t.message = AlertText::tr("%1 tokens of %2 (%3) are in no money total because no price is known. Add a price on "
                              "the Pricing page or update the price catalog.")
                    .arg(p.count("tokens"), model, providerDisplayName(p.text("provider")));
    return t;
}

AlertText usageWindow(const Params &p)
{
    AlertText t;
    t.title = AlertText::tr("%1: this 5-hour window is running hot").arg(p.text("account"));
    const QDateTime start = QDateTime::fromString(p.text("window_start"), Qt::ISODate).toUTC();
    //: %5 is "resets in 2 h 10 min" or "resets now"
    t.message =
        AlertText::tr("At the current pace the window that started %1 UTC ends at %2 tokens, %3 % of your "
                      "highest earlier window (%4 tokens); it %5. Your alert is set at %6 %.")
            .arg(start.toString(QStringLiteral("HH:mm")), p.count("projected_tokens"), p.count("percent"),
                 p.count("basis_tokens"), resetsInText(p.integer("resets_in_seconds")), p.count("alert_percent"));
    return t;
}

}   // namespace

AlertText renderAlert(const Alert &alert, const QLocale &locale)
{
    // Stored before alerts had params (schema < 8): its English text is all there is.
    if (!alert.storedTitle.isEmpty())
        return {alert.storedTitle, alert.storedMessage};
    const Params p(alert.params, locale);
    switch (alert.kind) {
    case Alert::Kind::BudgetThreshold:
        return budgetThreshold(p);
    case Alert::Kind::BudgetForecast:
        return budgetForecast(p);
    case Alert::Kind::Spike:
        return spike(p);
    case Alert::Kind::SyncFailing:
        return syncFailing(p);
    case Alert::Kind::LowBalance:
        return lowBalance(p, locale);
    case Alert::Kind::UnpricedModel:
        return unpricedModel(p);
    case Alert::Kind::UsageWindow:
        return usageWindow(p);
    }
    return {alert.storedTitle, alert.storedMessage};
}

}   // namespace tl
