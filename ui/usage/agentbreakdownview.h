#pragma once

#include "analytics/agentbreakdown.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl {

class DbWorker;

// Usage → Coding agents: the agents' requests grouped by project, git branch, session or model
// over a date range, with filters on the other dimensions. Each group says what it cost (API
// key), what another account's bill already holds, and what it was worth at API prices
// (subscription) — three columns that never overlap. Read on the worker thread.
class AgentBreakdownView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentBreakdownView)

public:
    AgentBreakdownView(DbWorker *worker, QDate today, QWidget *parent = nullptr);

    void setRange(QDate from, QDate to, bool read = true);
    QDate from() const;
    QDate to() const;
    void setDimension(AgentDimension by);
    void refresh();
    const AgentBreakdown &breakdown() const { return m_data; }

signals:
    void rangeChanged(QDate from, QDate to);
    void refreshed();

private:
    AgentBreakdownFilter filter() const;
    void present();
    void fillChoices(const AgentBreakdown &breakdown, const QList<std::pair<qint64, QString>> &accounts);

    DbWorker *m_worker = nullptr;
    AgentBreakdown m_data;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_by = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_session = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_table = nullptr;
    QTableView *m_view = nullptr;
    bool m_filling = false;
    bool m_inFlight = false;
    bool m_again = false;
};

}   // namespace tl
