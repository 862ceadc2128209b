#pragma once

#include "analytics/dashboard.h"

#include <QChartView>

namespace tl::charts {

// Spend, requests or tokens per calendar month (UTC) over the last 3, 6 or 12 months. Hovering a
// bar shows its exact figure; clicking it asks for that month's rows.
class TrendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    enum class Metric
    {
        Cost,
        Requests,
        Tokens,
    };

    explicit TrendChart(QWidget *parent = nullptr);

    // `today` marks its month as still running in the tooltips.
    void setMonths(const QList<MonthTotal> &months, QDate today = {});
    void setRange(int months);   // 3, 6 or 12
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    // What is drawn, exactly (nanos for cost), oldest month first.
    QList<qint64> values() const;
    QList<MonthTotal> shownMonths() const;

signals:
    // A bar was clicked: its month's 1st (the window opens the Usage page on it).
    void monthClicked(QDate month);

protected:
    using QChartView::metric;   // QWidget's paint-device metric(PaintDeviceMetric), not hidden by ours
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<MonthTotal> m_months;
    QDate m_today;
    int m_range = 6;
    Metric m_metric = Metric::Cost;
};

}   // namespace tl::charts
