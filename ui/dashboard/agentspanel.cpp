#include "agentspanel.h"
#include "dashboardtext.h"

#include "common/dates.h"

#include "agents/agentsources.h"
#include "charts/chartstyle.h"
#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"
#include "storage/agentrepository.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace tl {

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    dashboard::selectableOnDemand(l, Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    if (bold)
        f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}

QLabel *quiet(QLabel *l)
{
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

// A caption over a slim bar from 0 to 100 % (hundredths of a percent; past 100 % the bar is
// full and red, the caption says by how much): text inside a bar reads badly over the chunk's edge.
QWidget *percentBar(const QString &objectName, qint64 basisPoints, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    QLabel *caption = textLabel(objectName + QStringLiteral("Label"), box, 0.9);
    caption->setText(text);
    layout->addWidget(caption);
    auto *bar = new QProgressBar(box);
    bar->setObjectName(objectName);
    bar->setRange(0, 10000);
    bar->setValue(int(std::clamp<qint64>(basisPoints, 0, 10000)));
    bar->setFormat(text);
    bar->setTextVisible(false);
    bar->setFixedHeight(8);
    const QString colour = basisPoints >= 10000  ? QStringLiteral("#c5221f")
                           : basisPoints >= 8000 ? QStringLiteral("#e38b00")
                                                 : QStringLiteral("#1a73e8");
    bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: "
                                      "palette(window); } QProgressBar::chunk { background: %1; border-radius: 2px; }")
                           .arg(colour));
    layout->addWidget(bar);
    return box;
}

// "3.2×": value ÷ fee to one decimal, floored, from hundredths of a percent.
QString ratioText(qint64 basisPoints)
{
    const qint64 tenths = basisPoints / 1000;
    return QLocale().toString(tenths / 10) + QLocale().decimalPoint() + QString::number(tenths % 10) +
           QStringLiteral("×");
}

// A moment of today, local: "14:05" (the zone is said once, beside the window).
QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("HH:mm"));
}

QString tokensText(qint64 tokens)
{
    return charts::compactCount(tokens);
}

CodexLimits codexLimitsOf(const AgentRateLimits &limits)
{
    const auto window = [](const AgentRateWindow &w) -> std::optional<CodexLimitWindow> {
        if (w.usedPercentMilli < 0)
            return std::nullopt;
        // A percentage for display (codexWindowText), not money: the exact figure stays in milli.
        return CodexLimitWindow{double(w.usedPercentMilli) / 1000.0, w.windowMinutes, w.resetsAt};
    };
    CodexLimits out;
    out.observedAt = limits.observedAt;
    out.primary = window(limits.primary);
    out.secondary = window(limits.secondary);
    out.planType = limits.plan;
    return out;
}

QString windowName(qint64 minutes)
{
    if (minutes == 300)
        return AgentsPanel::tr("5-hour window");
    if (minutes == 10080)
        return AgentsPanel::tr("Weekly window");
    return AgentsPanel::tr("%1-minute window").arg(minutes);
}

}   // namespace

AgentPanelData loadAgentPanel(QSqlDatabase db, const QDateTime &now)
{
    AgentPanelData data;
    data.now = now;
    // Without coding-agent accounts there is nothing to price: the catalog (JSON parsed, most of a
    // dashboard read at start-up) is loaded only when an agent account is there.
    const QList<Account> agentAccounts = AgentRepository(db).accounts(&data.error);
    if (!data.error.isEmpty())
        return data;
    if (agentAccounts.isEmpty()) {
        data.overview = AgentOverview{};
    } else {
        PricingService pricing(db);
        if (!pricing.load(&data.error))
            return data;
        data.overview = agentOverview(db, pricing.catalog(), now, &data.error);
        if (!data.overview)
            return data;
        const QDate today = now.toUTC().date();
        AgentBreakdownFilter month;
        month.from = QDate(today.year(), today.month(), 1);
        month.to = today;
        const auto projects = agentBreakdown(db, pricing.catalog(), AgentDimension::Project, month, &data.groupsError);
        const auto branches =
            projects ? agentBreakdown(db, pricing.catalog(), AgentDimension::GitBranch, month, &data.groupsError)
                     : std::nullopt;
        if (projects && branches) {
            data.byProject = topAgentGroups(*projects);
            data.byBranch = topAgentGroups(*branches);
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, label FROM accounts"))) {
        while (q.next())
            data.accountLabels.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return data;
}

QList<AgentTrayWindow> agentTrayWindows(const AgentOverview &overview)
{
    QList<AgentTrayWindow> out;
    for (const AgentAccountOverview &a : overview.accounts) {
        if (a.windows && a.windows->hasActive()) {
            out.append({a.label, a.windows->tokensOfPeakBasisPoints, std::nullopt, a.windows->active->end});
        } else if (a.rateLimits && a.rateLimits->primary.usedPercentMilli >= 0 &&
                   a.rateLimits->primary.resetsAt.isValid()) {
            out.append({a.label, std::nullopt, a.rateLimits->primary.usedPercentMilli, a.rateLimits->primary.resetsAt});
        }
    }
    return out;
}

QString agentTrayLine(const AgentTrayWindow &w, const QDateTime &now)
{
    const qint64 left = (w.resetsAt.toMSecsSinceEpoch() - now.toMSecsSinceEpoch()) / 1000;
    if (left <= 0)
        return AgentsPanel::tr("%1: 5-h window ended").arg(w.label);
    if (w.usedPercentMilli) {
        return AgentsPanel::tr("%1: 5-h window %2 % used, %3")
            .arg(w.label, QLocale().toString(double(*w.usedPercentMilli) / 1000.0, 'g', 4), resetsInText(left));
    }
    if (w.ofPeakBasisPoints) {
        return AgentsPanel::tr("%1: 5-h window %2 % of your peak, %3")
            .arg(w.label, QLocale().toString(*w.ofPeakBasisPoints / 100), resetsInText(left));
    }
    return AgentsPanel::tr("%1: 5-h window active (no earlier window to compare), %2").arg(w.label, resetsInText(left));
}

AgentsPanel::AgentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(textLabel(QStringLiteral("agentSummaryLabel"), this))
    , m_error(textLabel(QStringLiteral("agentErrorLabel"), this))
    , m_cards(new QGridLayout)
{
    setObjectName(QStringLiteral("agentsPanel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    QLabel *heading = textLabel(QString(), this, 1.15, true);
    heading->setText(tr("Coding agents this month"));
    layout->addWidget(heading);
    quiet(m_summary);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    m_cards->setSpacing(12);
    layout->addLayout(m_cards);

    m_groupsError = quiet(textLabel(QStringLiteral("agentGroupsErrorLabel"), this, 0.9));
    layout->addWidget(m_groupsError);
    m_groupsError->hide();
    hide();
}

void AgentsPanel::setData(const AgentPanelData &panel)
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!panel.overview) {
        // Say so rather than hide: the section was there before the failed read.
        m_error->setText(tr("The coding agents could not be read: %1").arg(panel.error));
        m_error->setVisible(m_hasAgents);
        return;
    }
    m_error->hide();
    const AgentOverview &o = *panel.overview;
    m_hasAgents = !o.accounts.isEmpty();
    setVisible(m_hasAgents);
    if (!m_hasAgents)
        return;

    QStringList summary;
    if (!o.apiUsageMtd.isZero())
        summary << tr("API-key agents: %1 estimated spend, included in month to date above.")
                       .arg(o.apiUsageMtd.toDisplayString());
    if (!o.subscriptionValueMtd.isZero() || !o.subscriptionFeesMtd.isZero())
        summary << tr("Subscriptions: %1 of usage at API prices for %2 in fees — the value is not spend; only the "
                      "fees are.")
                       .arg(o.subscriptionValueMtd.toDisplayString(), o.subscriptionFeesMtd.toDisplayString());
    if (summary.isEmpty())
        summary << tr("No coding-agent usage this month yet.");
    m_summary->setText(summary.join(QLatin1Char(' ')));

    const int columns = o.accounts.size() >= 3 ? 3 : int(o.accounts.size());
    for (int i = 0; i < o.accounts.size(); ++i)
        m_cards->addWidget(accountCard(o.accounts.at(i), panel), i / std::max(columns, 1), i % std::max(columns, 1));
    for (int c = 0; c < 3; ++c)
        m_cards->setColumnStretch(c, c < columns ? 1 : 0);
    setGroups(panel);
}

void AgentsPanel::setGroups(const AgentPanelData &panel)
{
    m_groupsError->setText(tr("This month's projects and branches could not be read: %1").arg(panel.groupsError));
    m_groupsError->setVisible(!panel.groupsError.isEmpty());
    if (!m_groups) {
        m_groups = new QWidget(this);
        m_groups->setObjectName(QStringLiteral("agentGroupsWidget"));
        auto *groups = new QHBoxLayout(m_groups);
        groups->setContentsMargins(0, 6, 0, 0);
        groups->setSpacing(12);
        m_projects = new AgentTopGroupsView(QStringLiteral("agentProject"), tr("By project"), tr("Project"), m_groups);
        m_branches =
            new AgentTopGroupsView(QStringLiteral("agentBranch"), tr("By git branch"), tr("Git branch"), m_groups);
        groups->addWidget(m_projects, 1, Qt::AlignTop);
        groups->addWidget(m_branches, 1, Qt::AlignTop);
        auto *column = static_cast<QVBoxLayout *>(layout());
        column->insertWidget(column->indexOf(m_groupsError), m_groups);
    }
    // Nothing to break down before the month's first request.
    m_groups->setVisible(panel.groupsError.isEmpty() && !panel.byProject.rows.isEmpty());
    m_projects->setGroups(panel.byProject);
    m_branches->setGroups(panel.byBranch);
}

QWidget *AgentsPanel::accountCard(const AgentAccountOverview &a, const AgentPanelData &panel)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("agentCard"));
    frame->setProperty("accountId", a.accountId);
    frame->setStyleSheet(QStringLiteral("QFrame#agentCard { background: palette(base); border: 1px solid palette(mid); "
                                        "border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);

    QLabel *title = quiet(textLabel(QStringLiteral("agentTitleLabel"), frame, 0.95, true));
    title->setText(tr("%1 · %2").arg(a.label, a.subscription ? tr("subscription") : tr("API key")));
    layout->addWidget(title);
    QLabel *usage = textLabel(QStringLiteral("agentUsageLabel"), frame, 1.7, true);
    usage->setText(a.usageMtd.toDisplayString());
    usage->setToolTip(charts::exactMoneyText(a.usageMtd.nanos()));
    layout->addWidget(usage);
    QLabel *meaning = textLabel(QStringLiteral("agentMeaningLabel"), frame, 0.9);
    meaning->setText(a.subscription ? tr("value at API prices (subscription) — not spend")
                                    : tr("spend (API key), estimated from tokens × prices"));
    layout->addWidget(meaning);

    if (a.billedByAccount != 0) {
        QLabel *billed = textLabel(QStringLiteral("agentBilledByLabel"), frame, 0.9);
        const QString other = panel.accountLabels.value(a.billedByAccount, tr("another account"));
        billed->setText(tr("In %1's bill, not counted twice.").arg(other));
        layout->addWidget(billed);
    }
    if (a.subscription) {
        QLabel *fee = textLabel(QStringLiteral("agentFeeLabel"), frame, 0.9);
        if (a.feeMtd.isZero()) {
            fee->setText(tr("No fee entered this month: add the plan's monthly fee as a manual entry (Usage → Manual "
                            "entries) to see what it returned."));
            quiet(fee);
        } else if (a.returnBasisPoints) {
            fee->setText(
                tr("Fee %1 · returned %2 its fee").arg(a.feeMtd.toDisplayString(), ratioText(*a.returnBasisPoints)));
        } else {
            fee->setText(tr("Fee %1").arg(a.feeMtd.toDisplayString()));
        }
        layout->addWidget(fee);
    }
    QLabel *counts = quiet(textLabel(QStringLiteral("agentCountsLabel"), frame, 0.9));
    QString countText = tr("%1 requests · %2 tokens").arg(QLocale().toString(a.requestsMtd), tokensText(a.tokensMtd));
    if (a.unpricedRequestsMtd > 0)
        countText += QLatin1Char(' ') +
                     tr("· %1 unpriced requests not in the amount").arg(QLocale().toString(a.unpricedRequestsMtd));
    counts->setText(countText);
    layout->addWidget(counts);

    auto *rule = new QFrame(frame);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);

    if (a.windows) {
        const WindowSummary &w = *a.windows;
        QLabel *head = textLabel(QStringLiteral("agentWindowLabel"), frame, 0.95, true);
        layout->addWidget(head);
        if (!w.hasActive()) {
            head->setText(tr("No active 5-hour window"));
            QLabel *none = quiet(textLabel(QStringLiteral("agentWindowDetailLabel"), frame, 0.9));
            none->setText(w.peakTokens ? tr("The next request starts one. Highest earlier window (last 30 days): %1 "
                                            "tokens.")
                                             .arg(tokensText(*w.peakTokens))
                                       : tr("The next request starts one."));
            layout->addWidget(none);
        } else {
            const UsageWindow &active = *w.active;
            head->setText(
                tr("5-hour window %1–%2 %3").arg(timeText(active.start), timeText(active.end), zoneText(active.end)));
            if (w.tokensOfPeakBasisPoints) {
                layout->addWidget(
                    percentBar(QStringLiteral("agentWindowBar"), *w.tokensOfPeakBasisPoints,
                               tr("%1 tokens · %2 % of your peak (%3)")
                                   .arg(tokensText(active.tokens), QLocale().toString(*w.tokensOfPeakBasisPoints / 100),
                                        tokensText(*w.peakTokens)),
                               frame));
            }
            QLabel *detail = textLabel(QStringLiteral("agentWindowDetailLabel"), frame, 0.9);
            QStringList lines;
            if (!w.tokensOfPeakBasisPoints)
                lines << tr("%1 tokens so far; no earlier window in the last 30 days to compare with.")
                             .arg(tokensText(active.tokens));
            if (w.burnRate) {
                lines << tr("Burning %1 tokens/min (%2/h at API prices); projected %3 tokens (%4) at %5 %6.")
                             .arg(tokensText(w.burnRate->tokensPerMinute),
                                  Money::fromNanos(w.burnRate->valueNanoPerHour).toDisplayString(),
                                  tokensText(w.projectedTokens),
                                  Money::fromNanos(w.projectedValueNano).toDisplayString(), timeText(active.end),
                                  zoneText(active.end));
            } else {
                lines << tr("Too early for a burn rate.");
            }
            lines << resetsInText(w.resetsInSeconds);
            if (w.overflowed)
                lines = QStringList{tr("This window's figures are too large to add up.")};
            detail->setText(lines.join(QLatin1Char('\n')));
            layout->addWidget(detail);
        }
    } else if (a.provider == agentProviderId(AgentKind::CodexCli)) {
        QLabel *head = textLabel(QStringLiteral("agentWindowLabel"), frame, 0.95, true);
        head->setText(tr("Codex's own limits"));
        layout->addWidget(head);
        if (!a.rateLimits) {
            QLabel *none = quiet(textLabel(QStringLiteral("agentWindowDetailLabel"), frame, 0.9));
            none->setText(tr("Codex has not logged its rate limits yet."));
            layout->addWidget(none);
        } else {
            const CodexWindowsStatus status = codexWindowsStatus(codexLimitsOf(*a.rateLimits), panel.now);
            const std::pair<const CodexWindowStatus *, const char *> windows[] = {
                {&status.primary, "agentCodexPrimaryLabel"}, {&status.secondary, "agentCodexSecondaryLabel"}};
            for (const auto &[s, name] : windows) {
                if (s->state == CodexWindowStatus::State::NotLogged && s->windowMinutes == 0)
                    continue;
                const QString text = tr("%1: %2").arg(windowName(s->windowMinutes), codexWindowText(*s));
                if (s->state == CodexWindowStatus::State::Current && s->usedPercent) {
                    const qint64 bp = qRound64(*s->usedPercent * 100.0);
                    layout->addWidget(percentBar(QString::fromLatin1(name), bp, text, frame));
                } else {
                    QLabel *line = textLabel(QString::fromLatin1(name), frame, 0.9);
                    line->setText(text);
                    layout->addWidget(line);
                }
            }
            QLabel *seen = quiet(textLabel(QStringLiteral("agentWindowDetailLabel"), frame, 0.85));
            seen->setText(
                status.planType.isEmpty()
                    ? tr("As Codex logged it at %1.").arg(momentText(status.observedAt))
                    : tr("As Codex logged it at %1 (plan: %2).").arg(momentText(status.observedAt), status.planType));
            layout->addWidget(seen);
        }
    } else {
        QLabel *none = quiet(textLabel(QStringLiteral("agentWindowDetailLabel"), frame, 0.9));
        none->setText(tr("%1 logs no usage windows.").arg(providerDisplayName(a.provider)));
        layout->addWidget(none);
    }
    if (a.lastRequest.isValid()) {
        QLabel *last = quiet(textLabel(QStringLiteral("agentLastRequestLabel"), frame, 0.85));
        last->setText(tr("Last request %1").arg(momentText(a.lastRequest)));
        layout->addWidget(last);
    }
    layout->addStretch(1);
    return frame;
}

}   // namespace tl
