#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace tl {

// What TokenLedger knows about each provider it supports, independent of any adapter:
// its id (stored in the database), its display name and whether it offers a usage API.
struct ProviderInfo
{
    QString id;
    QString displayName;        // English; providerDisplayName() gives it in the window's language
    bool hasUsageApi = false;   // false: CSV import or manual entries only
    QString keyHelp;            // which key TokenLedger needs, where to create it and why
    // keyHelp in the window's language (the command line speaks English).
    QString keyHelpText() const;
};

const QList<ProviderInfo> &knownProviders();
// The display name for a provider id; the id itself for one we do not know.
QString providerDisplayName(QStringView id);
bool isKnownProvider(QStringView id);
const ProviderInfo *providerInfo(QStringView id);
// Whether TokenLedger pulls anything (usage, billed costs or a balance) from this provider's API.
bool providerSyncs(QStringView id);
// The provider's own API address (an account's base URL overrides it); empty for "other".
QString defaultBaseUrl(QStringView id);

}   // namespace tl
