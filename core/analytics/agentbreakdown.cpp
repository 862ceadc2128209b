#include "agentbreakdown.h"

#include "analytics/agentoverview.h"
#include "common/checkedmath.h"
#include "common/dates.h"
#include "common/int128.h"
#include "pricing/costcalculator.h"
#include "storage/agentrepository.h"
#include "storage/sqlutil.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tl {

namespace {

using i128 = Int128;

enum Column
{
    AccountColumn,
    AtColumn,
    DayColumn,
    ModelColumn,
    SessionColumn,
    ProjectColumn,
    BranchColumn,
    InputColumn,
    CacheReadColumn,
    Write5mColumn,
    Write1hColumn,
    OutputColumn,
};

struct Request
{
    QString model;
    QString session;
    QString project;
    QString branch;

    const QString &of(AgentDimension d) const
    {
        switch (d) {
        case AgentDimension::Project:
            return project;
        case AgentDimension::GitBranch:
            return branch;
        case AgentDimension::Session:
            return session;
        case AgentDimension::Model:
            break;
        }
        return model;
    }
};

bool matches(const std::optional<QString> &wanted, const QString &value)
{
    return !wanted || *wanted == value;
}

QStringList sorted(const QSet<QString> &values)
{
    QStringList out(values.cbegin(), values.cend());
    std::sort(out.begin(), out.end());
    return out;
}

// Adds every figure of `from` into `into` (amounts, counts, first and last request).
void accumulate(AgentBreakdownRow &into, const AgentBreakdownRow &from, OverflowGuard &guard)
{
    const auto what = [] { return QStringLiteral("the coding agents' breakdown"); };
    into.spend = guard.add(into.spend, from.spend, what);
    into.billedElsewhere = guard.add(into.billedElsewhere, from.billedElsewhere, what);
    into.value = guard.add(into.value, from.value, what);
    into.requests = guard.add(into.requests, from.requests, what);
    into.unpricedRequests = guard.add(into.unpricedRequests, from.unpricedRequests, what);
    into.tokens = guard.add(into.tokens, from.tokens, what);
    into.inputTokens = guard.add(into.inputTokens, from.inputTokens, what);
    into.cacheReadTokens = guard.add(into.cacheReadTokens, from.cacheReadTokens, what);
    into.cacheWriteTokens = guard.add(into.cacheWriteTokens, from.cacheWriteTokens, what);
    into.outputTokens = guard.add(into.outputTokens, from.outputTokens, what);
    if (from.firstRequest.isValid() && (!into.firstRequest.isValid() || from.firstRequest < into.firstRequest))
        into.firstRequest = from.firstRequest;
    if (from.lastRequest.isValid() && (!into.lastRequest.isValid() || from.lastRequest > into.lastRequest))
        into.lastRequest = from.lastRequest;
    for (const QString &a : from.accounts) {
        if (!into.accounts.contains(a))
            into.accounts.append(a);
    }
}

i128 amountOf(const AgentBreakdownRow &r)
{
    return static_cast<i128>(r.spend.nanos()) + r.billedElsewhere.nanos() + r.value.nanos();
}

}   // namespace

std::optional<AgentBreakdown> agentBreakdown(QSqlDatabase db, const PricingCatalog &catalog, AgentDimension by,
                                             const AgentBreakdownFilter &filter, QString *error)
{
    AgentBreakdown out;
    out.by = by;
    QString problem;
    const QList<Account> accountList = AgentRepository(db).accounts(&problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    QHash<qint64, Account> accounts;
    for (const Account &a : accountList)
        accounts.insert(a.id, a);
    out.anyAgentAccount = !accounts.isEmpty();
    if (accounts.isEmpty() || !filter.from.isValid() || !filter.to.isValid() || filter.from > filter.to)
        return out;

    sql::Statement q;
    if (!q.prepare(db,
                   "SELECT account_id, at_ms, day, model, session, project, git_branch, input, cache_read, "
                   "cache_write_5m, cache_write_1h, output FROM agent_requests "
                   "WHERE day BETWEEN ?1 AND ?2 AND (?3 = 0 OR account_id = ?3)",
                   error))
        return std::nullopt;
    q.bind(1, isoDay(filter.from));
    q.bind(2, isoDay(filter.to));
    q.bind(3, filter.accountId);

    const CostCalculator calculator(catalog);
    OverflowGuard guard;
    const auto what = [] { return QStringLiteral("the coding agents' breakdown"); };
    QSet<QString> projects, branches, sessions, models;
    QHash<QString, AgentBreakdownRow> groups;
    while (q.step()) {
        const auto account = accounts.constFind(q.int64(AccountColumn));
        if (account == accounts.cend())
            continue;   // archived
        Request r{q.text(ModelColumn), q.text(SessionColumn), q.text(ProjectColumn), q.text(BranchColumn)};
        projects.insert(r.project);
        branches.insert(r.branch);
        sessions.insert(r.session);
        models.insert(r.model);
        if (!matches(filter.project, r.project) || !matches(filter.gitBranch, r.branch) ||
            !matches(filter.session, r.session) || !matches(filter.model, r.model))
            continue;

        AgentRequestTokens t;
        t.day = parseIsoDay(q.text(DayColumn)).value_or(QDate());
        t.model = r.model;
        t.input = q.int64(InputColumn);
        t.cacheRead = q.int64(CacheReadColumn);
        t.cacheWrite5m = q.int64(Write5mColumn);
        t.cacheWrite1h = q.int64(Write1hColumn);
        t.output = q.int64(OutputColumn);
        AgentBreakdownRow one;
        one.requests = 1;
        one.inputTokens = t.input;
        one.cacheReadTokens = t.cacheRead;
        one.cacheWriteTokens = guard.add(t.cacheWrite5m, t.cacheWrite1h, what);
        one.outputTokens = t.output;
        one.tokens = guard.add(guard.add(one.inputTokens, one.cacheReadTokens, what),
                               guard.add(one.cacheWriteTokens, one.outputTokens, what), what);
        one.firstRequest = one.lastRequest = QDateTime::fromMSecsSinceEpoch(q.int64(AtColumn), Qt::UTC);
        one.accounts = {account->label};
        if (const std::optional<Money> cost = agentRequestCost(calculator, account->provider, t)) {
            if (account->subscription)
                one.value = *cost;
            else if (account->billedByAccount != 0)
                one.billedElsewhere = *cost;
            else
                one.spend = *cost;
        } else {
            one.unpricedRequests = 1;
        }
        const QString &key = r.of(by);
        AgentBreakdownRow &group = groups[key];
        group.key = key;
        accumulate(group, one, guard);
    }
    if (!q.ok()) {
        if (error)
            *error = q.error();
        return std::nullopt;
    }

    out.rows = groups.values();
    for (AgentBreakdownRow &row : out.rows) {
        std::sort(row.accounts.begin(), row.accounts.end());
        accumulate(out.total, row, guard);
    }
    std::sort(out.total.accounts.begin(), out.total.accounts.end());
    if (!guard.check(error))
        return std::nullopt;
    std::sort(out.rows.begin(), out.rows.end(), [](const AgentBreakdownRow &a, const AgentBreakdownRow &b) {
        const i128 x = amountOf(a);
        const i128 y = amountOf(b);
        if (x != y)
            return x > y;
        if (a.tokens != b.tokens)
            return a.tokens > b.tokens;
        return a.key < b.key;
    });
    out.projects = sorted(projects);
    out.gitBranches = sorted(branches);
    out.sessions = sorted(sessions);
    out.models = sorted(models);
    return out;
}

}   // namespace tl
