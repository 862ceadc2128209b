// The Accounts page's cell texts: an account's health, balances and where its figures come from.
#include "accountcells.h"

#include "accountspage.h"
#include "agents/agentsources.h"
#include "agentsourcesdialog.h"
#include "common/dates.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

namespace tl::accountcells {

QString healthText(const AccountRow &row)
{
    if (!row.account.enabled)
        return AccountsPage::tr("Disabled");
    if (!providerSyncs(row.account.provider) && !isAgentProvider(row.account.provider))
        return NoUsageApiAdapter::noUsageMessage(row.account.provider);
    if (row.health.consecutiveFailures > 0)
        return AccountsPage::tr("Failing (%n time(s) in a row): %1", nullptr, row.health.consecutiveFailures)
            .arg(row.health.lastError);
    if (!row.health.lastSuccess.isValid())
        return AccountsPage::tr("Not synced yet");
    return AccountsPage::tr("OK");
}

QString balancesText(QList<Balance> balances)
{
    // US dollars first, as on the dashboard.
    std::stable_sort(balances.begin(), balances.end(), [](const Balance &a, const Balance &b) {
        return (a.currency == u"USD") > (b.currency == u"USD");
    });
    QStringList parts;
    for (const Balance &b : std::as_const(balances)) {
        const QString kind = b.kind == u"limit_remaining"     ? AccountsPage::tr("key limit left")
                             : b.kind == u"credits_remaining" ? AccountsPage::tr("credits left")
                                                              : AccountsPage::tr("balance");
        const QString amount = amountInCurrency(b.amount, b.currency);
        parts.append(kind + QStringLiteral(" ") + amount);
    }
    return parts.join(QStringLiteral(", "));
}

// Where an account's figures come from: local logs (coding agents) or the provider's API.
QString sourceText(const AccountRow &row)
{
    if (isAgentProvider(row.account.provider)) {
        QStringList folders;
        for (const QString &f : row.agentFolders)
            folders.append(displayFolder(f));
        const QString where = folders.isEmpty() ? AccountsPage::tr("no folder") : folders.join(QStringLiteral(", "));
        return row.account.subscription ? AccountsPage::tr("Local logs: %1 · subscription").arg(where)
                                        : AccountsPage::tr("Local logs: %1 · API key").arg(where);
    }
    return providerSyncs(row.account.provider) ? AccountsPage::tr("Provider API")
                                               : AccountsPage::tr("Imports and manual entries");
}

QString sourceToolTip(const AccountRow &row)
{
    if (!isAgentProvider(row.account.provider))
        return sourceText(row);
    QStringList folders;
    for (const QString &f : row.agentFolders)
        folders.append(QDir::toNativeSeparators(f));
    return AccountsPage::tr("Read from the logs in:\n%1\n\n%2")
        .arg(folders.join(QLatin1Char('\n')),
             row.account.subscription ? AccountsPage::tr("Paid by a subscription: usage is shown as its value at API "
                                                         "prices, never added to spend.")
                                      : AccountsPage::tr("Paid by API key: usage is estimated spend."));
}

}   // namespace tl::accountcells
