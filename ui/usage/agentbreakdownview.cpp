#include "agentbreakdownview.h"

#include "charts/chartstyle.h"
#include "common/dates.h"
#include "common/tables.h"
#include "pricing/pricingservice.h"
#include "storage/agentrepository.h"
#include "storage/dbworker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl {

namespace {

enum Column
{
    KeyColumn,
    SpendColumn,
    BilledElsewhereColumn,
    ValueColumn,
    RequestsColumn,
    UnpricedColumn,
    TokensColumn,
    InputColumn,
    CacheReadColumn,
    CacheWriteColumn,
    OutputColumn,
    FirstColumn,
    LastColumn,
    AccountsColumn,
    ColumnCount,
};

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMinimumContentsLength(12);
    c->setMaximumWidth(280);
    return c;
}

QString noneText()
{
    return AgentBreakdownView::tr("(none recorded)");
}

// "Any …" first, then the values; keeps the current choice when it is still offered.
void refill(QComboBox *box, const QString &any, const QStringList &values)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(any, QVariant());
    for (const QString &v : values)
        box->addItem(v.isEmpty() ? noneText() : v, v);
    const int index = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(std::max(0, index));
}

std::optional<QString> chosen(const QComboBox *box)
{
    const QVariant v = box->currentData();
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

QStandardItem *moneyItem(Money amount)
{
    auto *item =
        readOnlyItem(amount.isZero() ? QStringLiteral("—") : amount.toDisplayString(), amount.nanos(), Qt::AlignRight);
    item->setToolTip(charts::exactMoneyText(amount.nanos()));
    return item;
}

QStandardItem *countItem(qint64 n)
{
    return readOnlyItem(QLocale().toString(n), n, Qt::AlignRight);
}

QStandardItem *timeItem(const QDateTime &t)
{
    return readOnlyItem(momentText(t), t.toMSecsSinceEpoch());
}

}   // namespace

AgentBreakdownView::AgentBreakdownView(DbWorker *worker, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_by(combo(QStringLiteral("agentGroupByComboBox"), this))
    , m_account(combo(QStringLiteral("agentAccountComboBox"), this))
    , m_project(combo(QStringLiteral("agentProjectComboBox"), this))
    , m_branch(combo(QStringLiteral("agentBranchComboBox"), this))
    , m_session(combo(QStringLiteral("agentSessionComboBox"), this))
    , m_model(combo(QStringLiteral("agentModelComboBox"), this))
    , m_summary(new QLabel(this))
    , m_table(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("agentBreakdownView"));
    m_from->setObjectName(QStringLiteral("agentFromDateEdit"));
    m_to->setObjectName(QStringLiteral("agentToDateEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_by->addItem(tr("By project"), int(AgentDimension::Project));
    m_by->addItem(tr("By git branch"), int(AgentDimension::GitBranch));
    m_by->addItem(tr("By session"), int(AgentDimension::Session));
    m_by->addItem(tr("By model"), int(AgentDimension::Model));
    refill(m_account, tr("All coding agents"), {});
    refill(m_project, tr("Any project"), {});
    refill(m_branch, tr("Any branch"), {});
    refill(m_session, tr("Any session"), {});
    refill(m_model, tr("Any model"), {});

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    filters->addWidget(new QLabel(tr("From"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(tr("to (UTC days)"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(m_by, 0, 4);
    filters->addWidget(m_account, 0, 5);
    filters->addWidget(m_project, 1, 1, 1, 3);
    filters->addWidget(m_branch, 1, 4);
    filters->addWidget(m_session, 1, 5);
    filters->addWidget(m_model, 1, 6);
    auto *reset = new QPushButton(tr("Reset filters"), this);
    reset->setObjectName(QStringLiteral("agentResetButton"));
    filters->addWidget(reset, 0, 6);
    filters->setColumnStretch(7, 1);

    m_view = readOnlyTable(m_table, QStringLiteral("agentBreakdownTableView"), this);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_table->setSortRole(Qt::UserRole);
    m_summary->setObjectName(QStringLiteral("agentSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("Each request is priced on its own UTC day at API prices, long-context requests wholly "
                               "at the long-context price. Spend is what API-key agents cost; a subscription's "
                               "usage is value, never spend; requests another synced account already bills are "
                               "shown apart and not counted twice."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(note);

    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_filling)
                return;   // set from the page: it knows
            emit rangeChanged(m_from->date(), m_to->date());
            refresh();
        });
    }
    for (QComboBox *box : {m_by, m_account, m_project, m_branch, m_session, m_model}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    }
    connect(reset, &QPushButton::clicked, this, [this] {
        m_filling = true;
        for (QComboBox *box : {m_account, m_project, m_branch, m_session, m_model})
            box->setCurrentIndex(0);
        m_filling = false;
        refresh();
    });
}

void AgentBreakdownView::setRange(QDate from, QDate to, bool read)
{
    if (from == m_from->date() && to == m_to->date())
        return;
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    if (read)
        refresh();
}

QDate AgentBreakdownView::from() const
{
    return m_from->date();
}

QDate AgentBreakdownView::to() const
{
    return m_to->date();
}

void AgentBreakdownView::setDimension(AgentDimension by)
{
    m_by->setCurrentIndex(std::max(0, m_by->findData(int(by))));
}

AgentBreakdownFilter AgentBreakdownView::filter() const
{
    AgentBreakdownFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.accountId = m_account->currentData().isValid() ? m_account->currentData().toLongLong() : 0;
    f.project = chosen(m_project);
    f.gitBranch = chosen(m_branch);
    f.session = chosen(m_session);
    f.model = chosen(m_model);
    return f;
}

void AgentBreakdownView::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    struct Result
    {
        std::optional<AgentBreakdown> data;
        QList<std::pair<qint64, QString>> accounts;
        QString error;
    };
    const auto by = static_cast<AgentDimension>(m_by->currentData().toInt());
    m_worker->read(
        [by, f = filter()](QSqlDatabase db) {
            Result r;
            for (const Account &a : AgentRepository(db).accounts(&r.error))
                r.accounts.append({a.id, a.label});
            if (!r.error.isEmpty())
                return r;
            // No agent account, nothing to price: the catalog is not loaded (issue 15: 40 ms of
            // the start-up, the same at any ledger size).
            if (r.accounts.isEmpty()) {
                r.data = agentBreakdown(db, PricingCatalog(), by, f, &r.error);
                return r;
            }
            PricingService pricing(db);
            if (pricing.load(&r.error))
                r.data = agentBreakdown(db, pricing.catalog(), by, f, &r.error);
            return r;
        },
        this,
        [this](Result r) {
            m_inFlight = false;
            if (r.data) {
                m_data = std::move(*r.data);
                fillChoices(m_data, r.accounts);
                present();
            } else {
                m_summary->setText(tr("The coding agents' usage could not be read: %1").arg(r.error));
            }
            emit refreshed();
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void AgentBreakdownView::fillChoices(const AgentBreakdown &breakdown, const QList<std::pair<qint64, QString>> &accounts)
{
    m_filling = true;
    const QVariant account = m_account->currentData();
    m_account->clear();
    m_account->addItem(tr("All coding agents"), QVariant());
    for (const auto &[id, label] : accounts)
        m_account->addItem(label, id);
    m_account->setCurrentIndex(std::max(0, account.isValid() ? m_account->findData(account) : 0));
    refill(m_project, tr("Any project"), breakdown.projects);
    refill(m_branch, tr("Any branch"), breakdown.gitBranches);
    refill(m_session, tr("Any session"), breakdown.sessions);
    refill(m_model, tr("Any model"), breakdown.models);
    m_filling = false;
}

void AgentBreakdownView::present()
{
    QString keyHeader;
    switch (m_data.by) {
    case AgentDimension::Project:
        keyHeader = tr("Project");
        break;
    case AgentDimension::GitBranch:
        keyHeader = tr("Git branch");
        break;
    case AgentDimension::Session:
        keyHeader = tr("Session");
        break;
    case AgentDimension::Model:
        keyHeader = tr("Model");
        break;
    }
    m_table->clear();
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({keyHeader, tr("Spend (API key)"), tr("In another bill"),
                                        tr("Value (subscription)"), tr("Requests"), tr("Unpriced"), tr("Tokens"),
                                        tr("Input"), tr("Cache read"), tr("Cache write"), tr("Output"),
                                        tr("First request (UTC)"), tr("Last request (UTC)"), tr("Accounts")});
    for (const AgentBreakdownRow &r : std::as_const(m_data.rows)) {
        auto *key = readOnlyItem(r.key.isEmpty() ? noneText() : r.key, r.key);
        key->setToolTip(r.key);
        m_table->appendRow({key, moneyItem(r.spend), moneyItem(r.billedElsewhere), moneyItem(r.value),
                            countItem(r.requests), countItem(r.unpricedRequests), countItem(r.tokens),
                            countItem(r.inputTokens), countItem(r.cacheReadTokens), countItem(r.cacheWriteTokens),
                            countItem(r.outputTokens), timeItem(r.firstRequest), timeItem(r.lastRequest),
                            readOnlyItem(r.accounts.join(QStringLiteral(", ")))});
    }
    // Columns with nothing in them say nothing: another bill, and unpriced when all is priced.
    const AgentBreakdownRow &t = m_data.total;
    m_view->setColumnHidden(BilledElsewhereColumn, t.billedElsewhere.isZero());
    m_view->setColumnHidden(UnpricedColumn, t.unpricedRequests == 0);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(KeyColumn, std::min(m_view->columnWidth(KeyColumn), 320));

    if (!m_data.anyAgentAccount) {
        m_summary->setText(tr("No coding-agent accounts yet. Add one under Accounts (Claude Code, Codex CLI or "
                              "Gemini CLI read from their local logs), or run tokenledger agents import."));
        return;
    }
    if (m_data.rows.isEmpty()) {
        m_summary->setText(tr("No coding-agent requests match in %1 – %2 (UTC).")
                               .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
        return;
    }
    QStringList parts;
    parts << tr("Total: spend %1").arg(t.spend.toDisplayString());
    if (!t.billedElsewhere.isZero())
        parts << tr("in another account's bill %1").arg(t.billedElsewhere.toDisplayString());
    parts << tr("subscription value %1 (not spend)").arg(t.value.toDisplayString());
    parts << tr("%1 requests, %2 tokens").arg(QLocale().toString(t.requests), QLocale().toString(t.tokens));
    if (t.unpricedRequests > 0)
        parts << tr("%1 requests unpriced (no price for their model; in no amount)")
                     .arg(QLocale().toString(t.unpricedRequests));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

}   // namespace tl
