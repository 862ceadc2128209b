#include "providercatalog.h"

namespace tl {

const QList<ProviderInfo> &knownProviders()
{
    static const QList<ProviderInfo> providers = {
        {QStringLiteral("openai"), QStringLiteral("OpenAI"), true},
        {QStringLiteral("anthropic"), QStringLiteral("Anthropic"), true},
        {QStringLiteral("google"), QStringLiteral("Google Gemini"), false},
        {QStringLiteral("openrouter"), QStringLiteral("OpenRouter"), true},
        {QStringLiteral("deepseek"), QStringLiteral("DeepSeek"), false},
        {QStringLiteral("xai"), QStringLiteral("xAI"), false},
        {QStringLiteral("groq"), QStringLiteral("Groq"), false},
        {QStringLiteral("perplexity"), QStringLiteral("Perplexity"), false},
        {QStringLiteral("mistral"), QStringLiteral("Mistral"), false},
    };
    return providers;
}

QString providerDisplayName(QStringView id)
{
    for (const ProviderInfo &p : knownProviders()) {
        if (p.id == id)
            return p.displayName;
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

}   // namespace tl
