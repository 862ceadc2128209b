#include "trendchart.h"

#include "chartstyle.h"
#include "common/dates.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace tl::charts {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void TrendChart::setMonths(const QList<MonthTotal> &months, QDate today)
{
    m_months = months;
    m_today = today;
    rebuild();
}

void TrendChart::setRange(int months)
{
    // The dashboard sets the range it shows after every setMonths: the chart is built once.
    if (months == m_range)
        return;
    m_range = months;
    rebuild();
}

void TrendChart::setMetric(Metric metric)
{
    m_metric = metric;
    rebuild();
}

QList<MonthTotal> TrendChart::shownMonths() const
{
    return m_months.mid(std::max<qsizetype>(0, m_months.size() - m_range));
}

QList<qint64> TrendChart::values() const
{
    QList<qint64> out;
    for (const MonthTotal &m : shownMonths()) {
        switch (m_metric) {
        case Metric::Cost:
            out.append(m.spend.nanos());
            break;
        case Metric::Requests:
            out.append(m.requests);
            break;
        case Metric::Tokens:
            out.append(m.tokens);
            break;
        }
    }
    return out;
}

void TrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void TrendChart::rebuild()
{
    QChart *c = chart();
    resetChart(c, palette());
    c->legend()->setVisible(false);
    const QList<MonthTotal> months = shownMonths();
    const QList<qint64> v = values();
    auto *series = new QBarSeries(c);
    auto *set = new QBarSet(QString(), series);
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    QStringList categories;
    qint64 max = 0;
    qint64 peak = 0;
    for (qint64 value : v)
        peak = std::max(peak, value);
    // Counts are drawn in thousands, millions or billions so the axis reads "12M", not "1.2e+07".
    double scale = 1e9;   // cost: nanos to dollars
    QString countSuffix;
    if (m_metric != Metric::Cost) {
        scale = peak >= 1'000'000'000 ? 1e9 : peak >= 1'000'000 ? 1e6 : peak >= 10'000 ? 1e3 : 1;
        countSuffix = peak >= 1'000'000'000 ? QStringLiteral("B")
                      : peak >= 1'000'000   ? QStringLiteral("M")
                      : peak >= 10'000      ? QStringLiteral("k")
                                            : QString();
    }
    for (qsizetype i = 0; i < months.size(); ++i) {
        set->append(double(v.at(i)) / scale);
        // "Mar 26" — short enough for twelve labels side by side.
        categories << QLocale().toString(months.at(i).month, QStringLiteral("MMM yy"));
        max = std::max(max, v.at(i));
    }
    connect(set, &QBarSet::hovered, this, [this, months, v](bool on, int index) {
        if (!on || index < 0 || index >= v.size()) {
            QToolTip::hideText();
            return;
        }
        const QString month = monthText(months.at(index).month, QLocale());
        const bool running = m_today.isValid() && months.at(index).month.year() == m_today.year() &&
                             months.at(index).month.month() == m_today.month();
        QString value = m_metric == Metric::Cost       ? exactMoneyText(v.at(index))
                        : m_metric == Metric::Requests ? tr("%1 requests").arg(QLocale().toString(v.at(index)))
                                                       : tr("%1 tokens").arg(QLocale().toString(v.at(index)));
        QToolTip::showText(QCursor::pos(),
                           tr("<b>%1</b>%2<br>%3<br><i>Click to see its rows</i>")
                               .arg(month, running ? tr(" (so far)") : QString(), value),
                           this);
    });
    connect(set, &QBarSet::clicked, this, [this, months](int index) {
        if (index >= 0 && index < months.size())
            emit monthClicked(months.at(index).month);
    });
    series->append(set);
    series->setBarWidth(0.6);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis(c);
    x->append(categories);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis(c);
    if (m_metric == Metric::Cost) {
        const double top = std::max(1.0, double(max) / 1e9 * 1.1);
        y->setRange(0, top);
        y->setLabelFormat(moneyAxisFormat(top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f")));
    } else {
        y->setRange(0, std::max(10.0, double(max) / scale * 1.1));
        y->setLabelFormat(QStringLiteral("%.0f") + countSuffix);
    }
    y->setTickCount(5);
    y->applyNiceNumbers();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        axis->setLabelsColor(palette().color(QPalette::WindowText));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

}   // namespace tl::charts
