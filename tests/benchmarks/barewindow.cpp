// tokenledger-barewindow: the start-up anchor of tokenledger-bench. A bare Qt Widgets + QtCharts
// window — a main window whose centre is a chart view with a 30-day bar series and its axes, no
// database, no data loading — that follows the same probe protocol as TokenLedger's window
// (TOKENLEDGER_STARTUP_PROBE=FILE: "main N" and "application N" as the process starts, "painted N"
// after the chart's first paint, "close N", quit).

#include "common/processcpu.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QTimer>
#include <QValueAxis>

#include <chrono>

namespace {

void note(const QString &path, const char *what)
{
    const auto now =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch());
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(QByteArray(what) + ' ' + QByteArray::number(qint64(now.count())) + '\n');
}

// The process's CPU time so far, as app/startupprobe.cpp notes it.
void noteCpu(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write("painted-cpu-us " + QByteArray::number(tl::processCpuMicroseconds()) + '\n');
}

class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QString path)
        : m_path(std::move(path))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                note(m_path, "painted");
                noteCpu(m_path);
                note(m_path, "close");
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QString m_path;
    bool m_done = false;
};

}   // namespace

int main(int argc, char *argv[])
{
    const QString probePath = qEnvironmentVariable("TOKENLEDGER_STARTUP_PROBE");
    if (!probePath.isEmpty())
        note(probePath, "main");   // as TokenLedger's timeline has it
    QApplication app(argc, argv);
    if (!probePath.isEmpty())
        note(probePath, "application");
    auto *set = new QBarSet(QStringLiteral("Spend"));
    QStringList days;
    for (int i = 1; i <= 30; ++i) {
        *set << (i * 37 % 11) + 1;
        days << QString::number(i);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QMainWindow window;
    auto *view = new QChartView(chart);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    FirstPaint probe(qEnvironmentVariable("TOKENLEDGER_STARTUP_PROBE"));
    if (!qEnvironmentVariableIsEmpty("TOKENLEDGER_STARTUP_PROBE"))
        view->viewport()->installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
