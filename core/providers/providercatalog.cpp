#include "providercatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace tl {

const QList<ProviderInfo> &knownProviders()
{
    // The key help is for the window, translated where it is shown (keyHelpText()).
    static const QList<ProviderInfo> providers = {
        {QStringLiteral("openai"), QStringLiteral("OpenAI"), true,
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("tl::ProviderInfo",
                               "An organization admin key (sk-admin-…): only it can read the Usage and Costs APIs. An "
                               "organization owner creates one under Settings → Organization → Admin keys; give it "
                               "read-only access. Project keys (sk-proj-…) cannot read usage."))},
        {QStringLiteral("anthropic"), QStringLiteral("Anthropic"), true,
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("tl::ProviderInfo",
                               "An Admin API key (sk-ant-admin…): only it can read the usage and cost reports. "
                               "Organization admins create one in the Console under Settings → Admin keys. Individual "
                               "accounts have no Admin API: import a CSV instead."))},
        {QStringLiteral("google"), QStringLiteral("Google Gemini"), false,
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("tl::ProviderInfo",
                               "A Gemini API key, used only to test the connection: Google offers no usage API for it. "
                               "Import the Cloud Billing report CSV or add entries manually."))},
        {QStringLiteral("openrouter"), QStringLiteral("OpenRouter"), true,
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("tl::ProviderInfo",
                               "A management key (Settings → Management keys) syncs daily usage, spend and credits; an "
                               "ordinary key only its own limit."))},
        {QStringLiteral("deepseek"), QStringLiteral("DeepSeek"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo", "An ordinary API key: it reads the balance. DeepSeek has no usage history API."))},
        {QStringLiteral("xai"), QStringLiteral("xAI"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo",
             "An API key, used to test the connection. xAI's billing API is not verified yet: import a "
             "CSV or add entries manually."))},
        {QStringLiteral("groq"), QStringLiteral("Groq"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo", "An API key, used only to test the connection: Groq offers no usage API."))},
        {QStringLiteral("perplexity"), QStringLiteral("Perplexity"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo", "An API key. Perplexity offers no usage API and no free way to check a key."))},
        {QStringLiteral("mistral"), QStringLiteral("Mistral"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo", "An API key, used only to test the connection: Mistral offers no usage API."))},
        {QStringLiteral("other"), QString::fromUtf8(QT_TRANSLATE_NOOP("tl::ProviderInfo", "Other service")), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo",
             "No key: for what is billed per seat or per month (GitHub Copilot, ChatGPT Team, a GPU box "
             "running local models). Add manual entries or import a CSV for it."))},
        // Coding agents: usage from the logs they write on this computer (core/agents), no key.
        {QStringLiteral("claude-code"), QStringLiteral("Claude Code"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo",
             "No key: TokenLedger reads the logs Claude Code writes on this computer (~/.claude/projects, "
             "~/.config/claude/projects or CLAUDE_CONFIG_DIR)."))},
        {QStringLiteral("codex-cli"), QStringLiteral("Codex CLI"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo",
             "No key: TokenLedger reads the session logs Codex CLI writes on this computer ($CODEX_HOME or "
             "~/.codex)."))},
        {QStringLiteral("gemini-cli"), QStringLiteral("Gemini CLI"), false,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "tl::ProviderInfo", "No key: TokenLedger reads the chat logs Gemini CLI writes on this computer "
                                 "(~/.gemini/tmp/*/chats)."))},
    };
    return providers;
}

QString ProviderInfo::keyHelpText() const
{
    return QCoreApplication::translate("tl::ProviderInfo", keyHelp.toUtf8().constData());
}

QString providerDisplayName(QStringView id)
{
    for (const ProviderInfo &p : knownProviders()) {
        // Brand names are the same in every language; "Other service" is translated.
        if (p.id == id)
            return p.id == u"other" ? QCoreApplication::translate("tl::ProviderInfo", "Other service") : p.displayName;
    }
    return id.toString();
}

bool isKnownProvider(QStringView id)
{
    for (const ProviderInfo &p : knownProviders()) {
        if (p.id == id)
            return true;
    }
    return false;
}

bool providerSyncs(QStringView id)
{
    return id == u"openai" || id == u"anthropic" || id == u"openrouter" || id == u"deepseek";
}

QString defaultBaseUrl(QStringView id)
{
    static const QHash<QString, QString> urls = {
        {QStringLiteral("openai"), QStringLiteral("https://api.openai.com/v1")},
        {QStringLiteral("anthropic"), QStringLiteral("https://api.anthropic.com")},
        {QStringLiteral("openrouter"), QStringLiteral("https://openrouter.ai/api/v1")},
        {QStringLiteral("deepseek"), QStringLiteral("https://api.deepseek.com")},
        {QStringLiteral("xai"), QStringLiteral("https://api.x.ai/v1")},
        {QStringLiteral("google"), QStringLiteral("https://generativelanguage.googleapis.com/v1beta")},
        {QStringLiteral("groq"), QStringLiteral("https://api.groq.com/openai/v1")},
        {QStringLiteral("perplexity"), QStringLiteral("https://api.perplexity.ai")},
        {QStringLiteral("mistral"), QStringLiteral("https://api.mistral.ai/v1")},
    };
    return urls.value(id.toString());
}

const ProviderInfo *providerInfo(QStringView id)
{
    for (const ProviderInfo &p : knownProviders()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

}   // namespace tl
