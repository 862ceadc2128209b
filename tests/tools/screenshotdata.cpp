#include "screenshotdata.h"

#include "agentlogs.h"
#include "agents/agentimporter.h"
#include "common/clock.h"
#include "fakeproviderserver.h"
#include "io/csvimport.h"
#include "io/importinput.h"
#include "pricing/pricingservice.h"
#include "providers/providercatalog.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "storage/database.h"
#include "storage/manualentryrepository.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <optional>
#include <tuple>

namespace tl::screenshot {

void addDemoAccounts(tl::Database &db, tl::test::FakeProviderServer &server)
{
    tl::AccountRepository accounts(db.connection());
    if (accounts.count() > 0)
        return;
    const std::tuple<const char *, const char *, const char *> demo[] = {
        {"openai", "Acme production", "/openai/v1"},
        {"anthropic", "Acme research", "/anthropic"},
        {"openrouter", "Side projects", "/openrouter/api/v1"},
        {"deepseek", "DeepSeek", "/deepseek"},
        {"groq", "Groq", "/groq"}};
    for (const auto &[provider, label, path] : demo) {
        tl::Account a;
        a.provider = QString::fromLatin1(provider);
        a.label = QString::fromLatin1(label);
        a.baseUrl = server.url(QString::fromLatin1(path));
        accounts.add(a);
    }
}

// Imports `path` through core, as `tokenledger import` does, into the first account of
// `provider` (or a new one for imports); false with a message on stderr.
bool seedImport(tl::Database &db, const QString &provider, const QString &path)
{
    tl::AccountRepository accounts(db.connection());
    qint64 account = 0;
    for (const tl::Account &a : accounts.list()) {
        if (a.provider == provider && account == 0)
            account = a.id;
    }
    if (account == 0) {
        tl::Account a;
        a.provider = provider;
        a.label = tl::providerDisplayName(provider) + QStringLiteral(" Console");
        account = accounts.add(a);
    }
    tl::ImportInput input;
    QString error;
    tl::PricingService pricing(db.connection());
    tl::CsvImportOptions options;
    options.accountId = account;
    options.keepGoodRows = true;
    if (!input.open(path, &error) || !pricing.load(&error)) {
        std::fprintf(stderr, "cannot import %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    options.source = input.source();
    const tl::CsvImportResult result = tl::importCsv(db.connection(), input.device(), options, pricing.catalog());
    if (!result.ok)
        std::fprintf(stderr, "cannot import %s: %s\n", qPrintable(path), qPrintable(result.error));
    return result.ok;
}

// Agent accounts over demo logs written relative to `now` (see writeDemoAgentLogs).
bool seedAgents(tl::Database &db, const QDateTime &now, const QString &root)
{
    tl::PricingService pricing(db.connection());
    QString error;
    if (!tl::test::writeDemoAgentLogs(root, now) || !pricing.load(&error)) {
        std::fprintf(stderr, "cannot write the agents' demo logs: %s\n", qPrintable(error));
        return false;
    }
    tl::AgentRepository agents(db.connection());
    const std::tuple<tl::AgentKind, const char *, bool, const char *, const char *> demo[] = {
        {tl::AgentKind::ClaudeCode, "/claude", true, "Claude Max 5x", "100"},
        {tl::AgentKind::CodexCli, "/codex", true, "ChatGPT Plus", "20"},
        {tl::AgentKind::GeminiCli, "/gemini", false, "", ""}};
    const QDate monthStart(now.date().year(), now.date().month(), 1);
    for (const auto &[kind, folder, subscription, plan, feeText] : demo) {
        bool created = false;
        std::optional<tl::Account> account = agents.accountFor(kind, {root + QLatin1String(folder)}, &created, &error);
        if (!account) {
            std::fprintf(stderr, "cannot add an agent account: %s\n", qPrintable(error));
            return false;
        }
        account->subscription = subscription;
        tl::AccountRepository(db.connection()).update(*account);
        if (subscription) {
            // The plan's fee as what it is, a monthly manual entry: materialised with the others at
            // start-up (a bare cost row would be removed there as an orphan).
            tl::ManualEntry fee;
            fee.accountId = account->id;
            fee.label = QString::fromLatin1(plan);
            fee.amount = *tl::Money::fromDecimal(QString::fromLatin1(feeText));
            fee.start = monthStart;
            if (tl::ManualEntryRepository(db.connection()).add(fee, &error) <= 0) {
                std::fprintf(stderr, "cannot add the plan's fee: %s\n", qPrintable(error));
                return false;
            }
        }
        if (!tl::test::importAgentAccount(db.connection(), pricing.catalog(), account->id, &error)) {
            std::fprintf(stderr, "cannot import the agents' demo logs: %s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

// Agent accounts reading the fixtures under `home`, imported as a sync would.
bool seedAgents(tl::Database &db, const QString &home)
{
    QString error;
    tl::PricingService pricing(db.connection());
    if (!pricing.load(&error))
        return false;
    tl::SystemClock clock;
    for (const auto &[kind, folder, subscription] :
         {std::tuple{tl::AgentKind::ClaudeCode, "claude", true}, std::tuple{tl::AgentKind::CodexCli, "codex", false}}) {
        const QStringList folders{QDir(home).filePath(QLatin1String(folder))};
        bool created = false;
        std::optional<tl::Account> account =
            tl::AgentRepository(db.connection()).accountFor(kind, folders, &created, &error);
        if (!account)
            return false;
        account->subscription = subscription;
        tl::AccountRepository(db.connection()).update(*account);
        tl::AgentImporter(db.connection(), pricing.catalog(), clock).run(*account, folders, QStringLiteral("manual"));
    }
    return true;
}

}   // namespace tl::screenshot
