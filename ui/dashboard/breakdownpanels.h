#pragma once

#include "analytics/dashboard.h"
#include "analytics/groupbreakdown.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl {

class DbWorker;

// The dashboard's "By project or API key": usage cost, exact share, tokens and requests of the
// period per project (OpenAI project, Anthropic workspace, CSV project) or per API key, per
// provider. Read by its own job after the dashboard's (the rollups hold neither dimension).
class GroupBreakdownPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupBreakdownPanel)

public:
    explicit GroupBreakdownPanel(DbWorker *worker, QWidget *parent = nullptr);

    void setDays(QDate from, QDate to);   // reads them
    void setGroup(UsageGroup group);      // reads it
    UsageGroup group() const;
    const QList<Share> &shares() const { return m_shares; }
    QStandardItemModel *model() const { return m_model; }
    QComboBox *groupBox() const { return m_group; }

signals:
    void loaded();

private:
    void read();
    void present(const QString &error);

    DbWorker *m_worker = nullptr;
    QDate m_from;
    QDate m_to;
    QList<Share> m_shares;
    quint64 m_generation = 0;   // the latest read: an older answer is dropped
    QComboBox *m_group = nullptr;
    QLabel *m_message = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

// Tokens by kind, as the provider consoles show them: uncached input, cache reads, cache writes and
// output, per model and for all models, each with its share of the row's tokens.
class TokenKindsTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenKindsTable)

public:
    explicit TokenKindsTable(QWidget *parent = nullptr);
    void setShares(const QList<Share> &byModel);
    QStandardItemModel *model() const { return m_model; }

private:
    QLabel *m_message = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

}   // namespace tl
