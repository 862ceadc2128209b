#include "syncmerge.h"

#include "common/checkedmath.h"

#include <QHash>
#include <QStringList>

namespace tl {

QList<UsageRecord> mergeUsage(const QList<UsageRecord> &rows, QString *error)
{
    QHash<QString, qsizetype> index;
    QList<UsageRecord> out;
    OverflowGuard guard;
    for (const UsageRecord &r : rows) {
        const QString key =
            QStringList{r.day.toString(Qt::ISODate), r.model, r.project, r.apiKeyId, r.serviceTier}.join(QChar(0x1f));
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, out.size());
            out.append(r);
            continue;
        }
        UsageRecord &m = out[*it];
        const auto what = [&r] {
            return QStringLiteral("the token counts of %1 on %2").arg(r.model, r.day.toString(Qt::ISODate));
        };
        m.inputTokens = guard.add(m.inputTokens, r.inputTokens, what);
        m.cachedInputTokens = guard.add(m.cachedInputTokens, r.cachedInputTokens, what);
        m.cacheWrite5mTokens = guard.add(m.cacheWrite5mTokens, r.cacheWrite5mTokens, what);
        m.cacheWrite1hTokens = guard.add(m.cacheWrite1hTokens, r.cacheWrite1hTokens, what);
        m.outputTokens = guard.add(m.outputTokens, r.outputTokens, what);
        m.requests = guard.add(m.requests, r.requests, what);
    }
    guard.check(error);
    return out;
}

bool mergeCosts(const QList<CostRecord> &rows, QList<CostRecord> *out)
{
    QHash<QString, qsizetype> index;
    for (const CostRecord &c : rows) {
        const QString key =
            QStringList{c.day.toString(Qt::ISODate), c.lineItem, c.project, c.apiKeyId, c.currency}.join(QChar(0x1f));
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, out->size());
            out->append(c);
            continue;
        }
        const auto sum = (*out)[*it].amount.checkedAdd(c.amount);
        if (!sum)
            return false;
        (*out)[*it].amount = *sum;
    }
    return true;
}

}   // namespace tl
