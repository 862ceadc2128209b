#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace tl {

class DbWorker;
class EmptyState;
struct Report;

// Month to date at a glance. Reads through DbWorker, so opening it never blocks the window.
// Shows an honest empty state until there is data.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(DbWorker *reader, QWidget *parent = nullptr);

    void refresh();
    bool isLoaded() const { return m_loaded; }

signals:
    void addAccountRequested();
    void refreshed();

private:
    void present(const Report &report);

    DbWorker *m_worker = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_loading = nullptr;
    QLabel *m_summary = nullptr;
    bool m_loaded = false;
    bool m_hasAccounts = false;
};

}   // namespace tl
