#pragma once

#include "analytics/dashboard.h"

#include <QChartView>
#include <QHash>

namespace tl::charts {

// A period's daily spend, stacked by provider, with the cumulative line (right axis) and, for the
// current month only, the forecast continuing it to the month's end inside its low–high band.
// Hovering a bar or a point shows its exact amount; clicking a day asks for its rows.
class DailySpendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailySpendChart)

public:
    explicit DailySpendChart(QWidget *parent = nullptr);

    void setData(const DashboardData &dashboard);

    // The exact figures behind what is drawn, for tooltips and tests: nanos per day of the period.
    QList<qint64> dailyNanos(const QString &provider) const { return m_daily.value(provider); }
    QList<qint64> cumulativeNanos() const { return m_cumulative; }

signals:
    void dayClicked(QDate day);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showBarTip(int dayIndex);

    DashboardData m_data;
    QHash<QString, QList<qint64>> m_daily;
    QList<qint64> m_cumulative;
};

}   // namespace tl::charts
