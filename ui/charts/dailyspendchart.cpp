#include "dailyspendchart.h"

#include "chartstyle.h"
#include "common/dates.h"
#include "providers/providercatalog.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace tl::charts {

namespace {

constexpr double NanosPerUsd = 1e9;   // drawing only: exact figures stay in the tooltips

double usd(qint64 nanos)
{
    return double(nanos) / NanosPerUsd;
}

// An axis maximum that leaves a little headroom and lands on a round number, with a tick count
// that puts every tick on a round number too.
std::pair<double, int> niceAxis(double value)
{
    if (value <= 0)
        return {1, 5};
    double step = 1e-4;
    while (step * 10 < value)
        step *= 10;
    // multiple of `step`, ticks
    const std::pair<double, int> choices[] = {{1, 5}, {1.5, 4}, {2, 5}, {2.5, 6}, {3, 4},
                                              {4, 5}, {5, 6},   {6, 4}, {8, 5},   {10, 6}};
    for (const auto &[m, ticks] : choices) {
        if (step * m >= value * 1.04)
            return {step * m, ticks};
    }
    return {step * 10, 6};
}

QString axisFormat(double max)
{
    return moneyAxisFormat(max >= 30    ? QStringLiteral("%.0f")
                           : max >= 0.1 ? QStringLiteral("%.2f")
                                        : QStringLiteral("%.4f"));
}

}   // namespace

DailySpendChart::DailySpendChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("dailySpendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

void DailySpendChart::setData(const DashboardData &dashboard)
{
    m_data = dashboard;
    rebuild();
}

void DailySpendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void DailySpendChart::rebuild()
{
    QChart *c = chart();
    resetChart(c, palette());
    m_daily.clear();
    m_cumulative.clear();
    if (!m_data.today.isValid() || !m_data.period.isValid())
        return;

    const QDate first = m_data.period.from;
    const int days = int(m_data.period.days());
    const int todayIndex = int(std::min<qint64>(days - 1, first.daysTo(m_data.periodEnd)));
    QList<qint64> dayTotals(days, 0);
    for (const QString &provider : std::as_const(m_data.providers))
        m_daily.insert(provider, QList<qint64>(days, 0));
    for (const ProviderDay &p : std::as_const(m_data.daily)) {
        const qint64 i = first.daysTo(p.day);
        if (!m_daily.contains(p.provider) || i < 0 || i >= days)
            continue;   // a provider with nothing but zero in the period
        m_daily[p.provider][i] += p.spend.nanos();
        dayTotals[i] += p.spend.nanos();
    }

    auto *bars = new QStackedBarSeries(c);
    bars->setBarWidth(0.75);
    double maxDay = 0;
    for (const QString &provider : std::as_const(m_data.providers)) {
        auto *set = new QBarSet(providerDisplayName(provider), bars);
        set->setColor(providerColor(provider));
        set->setBorderColor(providerColor(provider));
        for (qint64 nanos : m_daily.value(provider))
            set->append(usd(nanos));
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            if (on)
                showBarTip(index);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < m_data.period.days())
                emit dayClicked(m_data.period.from.addDays(index));
        });
        bars->append(set);
    }
    for (qint64 t : std::as_const(dayTotals))
        maxDay = std::max(maxDay, usd(t));
    c->addSeries(bars);

    auto *cumulative = new QLineSeries(c);
    cumulative->setName(m_data.showsForecast ? tr("Month to date") : tr("Spent so far in the period"));
    QPen linePen(palette().color(QPalette::WindowText));
    linePen.setWidthF(2.0);
    cumulative->setPen(linePen);
    qint64 running = 0;
    for (int i = 0; i <= todayIndex; ++i) {
        running += dayTotals.at(i);
        m_cumulative.append(running);
        cumulative->append(i, usd(running));
    }
    cumulative->setPointsVisible(true);
    connect(cumulative, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
        const int i = qBound(0, qRound(point.x()), int(m_cumulative.size()) - 1);
        if (on && !m_cumulative.isEmpty())
            QToolTip::showText(QCursor::pos(),
                               tr("%1 (UTC): %2 spent in the period so far")
                                   .arg(QLocale().toString(m_data.period.from.addDays(i), QLocale::ShortFormat),
                                        exactMoneyText(m_cumulative.at(i))),
                               this);
    });

    const Forecast &f = m_data.forecast;
    QLineSeries *forecast = nullptr;
    QAreaSeries *band = nullptr;
    if (m_data.showsForecast && f.daysLeft > 0) {
        forecast = new QLineSeries(c);
        forecast->setName(tr("Forecast"));
        // Neutral grey: the forecast is not a provider, so it must not share a provider's colour.
        const QColor neutral = isDark(palette()) ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x6b, 0x6b, 0x6b);
        QPen dashed(neutral);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(2.0);
        forecast->setPen(dashed);
        forecast->append(todayIndex, usd(f.monthToDate.nanos()));
        forecast->append(days - 1, usd(f.expected.nanos()));
        auto *low = new QLineSeries(c);
        low->append(todayIndex, usd(f.monthToDate.nanos()));
        low->append(days - 1, usd(f.low.nanos()));
        auto *high = new QLineSeries(c);
        high->append(todayIndex, usd(f.monthToDate.nanos()));
        high->append(days - 1, usd(f.high.nanos()));
        band = new QAreaSeries(high, low);
        band->setName(tr("Forecast range"));
        QColor fill = neutral;
        fill.setAlpha(45);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        const QString tip =
            tr("Month-end forecast: %1 (range %2 – %3)")
                .arg(exactMoneyText(f.expected.nanos()), exactMoneyText(f.low.nanos()), exactMoneyText(f.high.nanos()));
        connect(forecast, &QLineSeries::hovered, this, [this, tip](const QPointF &, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), tip, this);
        });
        c->addSeries(band);
        c->addSeries(forecast);
    }
    c->addSeries(cumulative);

    auto *x = new QCategoryAxis(c);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, days - 0.5);
    if (m_data.period.kind == Period::Kind::Month) {
        for (int day = 1; day <= days; ++day) {
            if (day == 1 || day % 5 == 0 || day == days) {
                if (day == days && day % 5 != 0 && days - (days / 5) * 5 < 3)
                    continue;   // too close to the last multiple of five
                x->append(QString::number(day), day - 1);
            }
        }
    } else if (days <= 45) {
        // A week apart, with the month where it is not obvious.
        for (int i = 0; i < days; i += 7)
            x->append(QLocale().toString(first.addDays(i), dayPattern(QLocale(), false)), i);
    } else {
        // The first of each month; the year on January and on the first label.
        for (int i = 0; i < days; ++i) {
            const QDate day = first.addDays(i);
            if (day.day() != 1 && i != 0)
                continue;
            if (i == 0 && day.day() > 20)
                continue;   // a label of its own would run into the next month's
            x->append(i == 0 || day.month() == 1 ? monthText(day, QLocale(), QLocale::ShortFormat)
                                                 : QLocale().standaloneMonthName(day.month(), QLocale::ShortFormat),
                      i);
        }
    }
    x->setGridLineVisible(false);
    x->setTitleText(m_data.period.kind == Period::Kind::Month
                        ? tr("%1 (UTC days)").arg(monthText(first, QLocale()))
                        : tr("%1 – %2 (UTC days)")
                              .arg(QLocale().toString(first, dayPattern(QLocale())),
                                   QLocale().toString(m_data.period.to, dayPattern(QLocale()))));
    auto *left = new QValueAxis(c);
    const auto [leftMax, leftTicks] = niceAxis(maxDay);
    left->setRange(0, leftMax);
    left->setLabelFormat(axisFormat(leftMax));
    left->setTickCount(leftTicks);
    left->setTitleText(tr("Per day"));
    auto *right = new QValueAxis(c);
    const auto [rightMax, rightTicks] =
        niceAxis(usd(m_data.showsForecast ? std::max({running, f.high.nanos(), f.expected.nanos()}) : running));
    right->setRange(0, rightMax);
    right->setLabelFormat(axisFormat(rightMax));
    right->setTickCount(rightTicks);
    right->setGridLineVisible(false);
    right->setTitleText(m_data.showsForecast ? tr("Month so far") : tr("Period so far"));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(left), static_cast<QAbstractAxis *>(right)}) {
        axis->setLabelsColor(palette().color(QPalette::WindowText));
        axis->setTitleBrush(palette().color(QPalette::WindowText));
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(left, Qt::AlignLeft);
    c->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(left);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(cumulative), static_cast<QAbstractSeries *>(forecast),
                               static_cast<QAbstractSeries *>(band)}) {
        if (!s)
            continue;
        s->attachAxis(x);
        s->attachAxis(right);
    }
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setVisible(true);
}

void DailySpendChart::showBarTip(int dayIndex)
{
    QStringList lines;
    lines << tr("<b>%1</b> (UTC)").arg(QLocale().toString(m_data.period.from.addDays(dayIndex), QLocale::LongFormat));
    qint64 total = 0;
    for (const QString &provider : std::as_const(m_data.providers)) {
        const qint64 nanos = m_daily.value(provider).value(dayIndex);
        if (nanos == 0)
            continue;
        total += nanos;
        lines << tr("%1: %2").arg(providerDisplayName(provider), exactMoneyText(nanos));
    }
    lines << tr("Total: %1").arg(exactMoneyText(total)) << tr("<i>Click to see the day's rows</i>");
    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), this);
}

}   // namespace tl::charts
