#include "startupprobe.h"

#include "charts/dailyspendchart.h"
#include "common/processcpu.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"

#include <QEvent>
#include <QFile>
#include <QTimer>

#include <chrono>

namespace tl {

namespace {

void note(const QString &path, const char *what)
{
    const auto now =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch());
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(QByteArray(what) + ' ' + QByteArray::number(qint64(now.count())) + '\n');
}

// The CPU time the process has used so far ("painted-cpu-us N"): a figure the machine's load
// hardly changes, beside the wall-clock moments.
void noteCpu(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write("painted-cpu-us " + QByteArray::number(processCpuMicroseconds()) + '\n');
}

// Waits for the daily chart's first paint after the dashboard has figures, then quits.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QString path, MainWindow *window, DashboardPage *dashboard)
        : QObject(window)
        , m_path(std::move(path))
        , m_window(window)
        , m_dashboard(dashboard)
    {
        m_dashboard->dailyChart()->viewport()->installEventFilter(this);
        // A dashboard that never shows figures (no data this month) ends the probe too.
        QTimer::singleShot(60'000, this, [this] {
            if (!m_done) {
                m_done = true;
                m_window->quit();
            }
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The chart's first paint with the period's figures in every section in view (those wholly
        // below the window are filled right after this paint: DashboardPage::figuresInView).
        if (event->type() == QEvent::Paint && !m_done && m_dashboard->figuresInView() &&
            m_dashboard->data().hasSpendData()) {
            m_done = true;
            // After this paint has run: the moment the figures are on screen. With
            // TOKENLEDGER_STARTUP_PROBE_LINGER_MS=N the window stays N ms longer before quitting,
            // so the start-up's other jobs (pages, after-change step) run and are traced.
            QTimer::singleShot(0, this, [this] {
                note(m_path, "painted");
                noteCpu(m_path);
                QTimer::singleShot(qEnvironmentVariableIntValue("TOKENLEDGER_STARTUP_PROBE_LINGER_MS"), this, [this] {
                    note(m_path, "close");
                    m_window->quit();
                });
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QString m_path;
    MainWindow *m_window;
    DashboardPage *m_dashboard;
    bool m_done = false;
};

}   // namespace

void startupProbeMark(const char *what)
{
    static const QString path = qEnvironmentVariable("TOKENLEDGER_STARTUP_PROBE");
    if (!path.isEmpty())
        note(path, what);
}

void installStartupProbe(MainWindow &window)
{
    const QString path = qEnvironmentVariable("TOKENLEDGER_STARTUP_PROBE");
    if (path.isEmpty())
        return;
    note(path, "window");
    if (auto *dashboard = window.findChild<DashboardPage *>()) {
        QObject::connect(dashboard, &DashboardPage::refreshed, &window, [path] { note(path, "loaded"); });
        new PaintWatch(path, &window, dashboard);
    }
}

}   // namespace tl
