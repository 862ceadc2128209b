#include "otheradapters.h"

#include "anthropicadapter.h"
#include "common/dates.h"
#include "common/exactjson.h"
#include "openaiadapter.h"
#include "providercatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tl {

namespace {

std::optional<Money> usdField(const QJsonObject &object, const QString &key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto parsed = Money::parse(exactNumberText(value));
    if (!parsed.value && error && error->isEmpty())
        *error = QStringLiteral("\"%1\" is not a number of US dollars").arg(key);
    return parsed.value;
}

}   // namespace

// --- OpenRouter ---------------------------------------------------------------------------

ProviderAdapter::Capabilities OpenRouterAdapter::capabilities() const
{
    Capabilities c;
    c.usage = true;
    c.costs = true;
    c.balance = true;
    return c;
}

void OpenRouterAdapter::testConnection(TestCallback done)
{
    getJson(endpoint(QStringLiteral("/key")), [done = std::move(done)](ProviderError error, QJsonObject body) {
        if (!error.ok()) {
            done(error, {});
            return;
        }
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        const bool management = data.value(QStringLiteral("is_management_key")).toBool(false);
        done({}, management
                     ? QCoreApplication::translate(
                           "tl::ProviderInfo", "Connected with a management key: daily history and credits will sync.")
                     : QCoreApplication::translate("tl::ProviderInfo",
                                                   "Connected. This is not a management key: only its limit syncs; "
                                                   "daily history needs a management key."));
    });
}

void OpenRouterAdapter::fetch(QDate from, QDate to, FetchCallback done)
{
    auto result = std::make_shared<FetchResult>();
    getJson(endpoint(QStringLiteral("/key")),
            [this, from, to, result, done = std::move(done)](ProviderError error, QJsonObject body) mutable {
                if (!error.ok()) {
                    result->error = error;
                    done(std::move(*result));
                    return;
                }
                QString problem;
                bool management = false;
                if (!parseKey(body, *result, &management, &problem)) {
                    result->error = {ProviderError::Kind::BadPayload,
                                     QStringLiteral("Unexpected answer from /key: ") + problem, 200, -1};
                    done(std::move(*result));
                    return;
                }
                if (!management) {
                    result->partial = true;
                    // Notes are English sources, translated where the run's message is shown (SyncRunText).
                    result->notes.append(QString::fromUtf8(QT_TRANSLATE_NOOP(
                        "tl::SyncRunText", "This OpenRouter key is not a management key: its limit was "
                                           "synced, but daily usage and spend need a management key.")));
                    result->requests = requestCount();
                    done(std::move(*result));
                    return;
                }
                fetchManagement(from, to, result, std::move(done));
            });
}

bool OpenRouterAdapter::parseKey(const QJsonObject &body, FetchResult &out, bool *managementKey, QString *error)
{
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    if (const auto remaining = usdField(data, QStringLiteral("limit_remaining"), error))
        out.balances.append({QStringLiteral("USD"), QStringLiteral("limit_remaining"), *remaining});
    *managementKey = data.value(QStringLiteral("is_management_key")).toBool(false);
    return error->isEmpty();
}

bool OpenRouterAdapter::parseCredits(const QJsonObject &body, FetchResult &out, QString *error)
{
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    const auto credits = usdField(data, QStringLiteral("total_credits"), error);
    const auto used = usdField(data, QStringLiteral("total_usage"), error);
    if (credits && used) {
        if (const auto left = credits->checkedSub(*used))
            out.balances.append({QStringLiteral("USD"), QStringLiteral("credits_remaining"), *left});
    }
    return error->isEmpty();
}

bool OpenRouterAdapter::parseActivity(const QJsonObject &body, QDate from, QDate to, FetchResult &out, QString *error)
{
    const QJsonValue rows = body.value(QStringLiteral("data"));
    if (!rows.isArray())
        *error = QStringLiteral("\"data\" is not a list");
    for (const QJsonValue &rowValue : rows.toArray()) {
        const QJsonObject row = rowValue.toObject();
        const auto day = parseIsoDay(row.value(QStringLiteral("date")).toString().left(10));
        if (!day) {
            *error = QStringLiteral("an activity row without a YYYY-MM-DD \"date\"");
            break;
        }
        if (*day < from || *day > to)
            continue;
        UsageRecord r;
        r.day = *day;
        r.model = textField(row, QStringLiteral("model"), error);
        r.project = textField(row, QStringLiteral("provider_name"), error);   // the upstream that served it
        r.inputTokens = countField(row, QStringLiteral("prompt_tokens"), error);
        r.outputTokens = countField(row, QStringLiteral("completion_tokens"), error);
        r.requests = countField(row, QStringLiteral("requests"), error);
        const auto spent = usdField(row, QStringLiteral("usage"), error);
        if (!error->isEmpty())
            break;
        if (r.model.isEmpty())   // as the other adapters store a row without a model
            r.model = unattributedModel();
        out.usage.append(r);
        if (spent) {
            CostRecord c;
            c.day = *day;
            c.lineItem = r.model;
            c.project = r.project;
            c.amount = *spent;
            out.costs.append(c);
        }
    }
    return error->isEmpty();
}

void OpenRouterAdapter::fetchManagement(QDate from, QDate to, std::shared_ptr<FetchResult> result, FetchCallback done)
{
    getJson(endpoint(QStringLiteral("/credits")),
            [this, from, to, result, done = std::move(done)](ProviderError error, QJsonObject body) mutable {
                if (!error.ok()) {
                    result->error = error;
                    done(std::move(*result));
                    return;
                }
                QString problem;
                if (!parseCredits(body, *result, &problem)) {
                    result->error = {ProviderError::Kind::BadPayload,
                                     QStringLiteral("Unexpected answer from /credits: ") + problem, 200, -1};
                    done(std::move(*result));
                    return;
                }
                getJson(endpoint(QStringLiteral("/activity")), [this, from, to, result, done = std::move(done)](
                                                                   ProviderError activityError, QJsonObject activity) {
                    if (!activityError.ok()) {
                        result->error = activityError;
                        done(std::move(*result));
                        return;
                    }
                    QString bad;
                    if (!parseActivity(activity, from, to, *result, &bad))
                        result->error = {ProviderError::Kind::BadPayload,
                                         QStringLiteral("Unexpected answer from /activity: ") + bad, 200, -1};
                    else if (to >= utcToday())
                        result->notes.append(QString::fromUtf8(QT_TRANSLATE_NOOP(
                            "tl::SyncRunText", "OpenRouter's daily activity never includes today (UTC).")));
                    result->requests = requestCount();
                    done(std::move(*result));
                });
            });
}

// --- DeepSeek -----------------------------------------------------------------------------

ProviderAdapter::Capabilities DeepSeekAdapter::capabilities() const
{
    Capabilities c;
    c.balance = true;
    return c;
}

void DeepSeekAdapter::testConnection(TestCallback done)
{
    getJson(endpoint(QStringLiteral("/user/balance")), [done = std::move(done)](ProviderError error, QJsonObject) {
        done(error, error.ok() ? QCoreApplication::translate("tl::ProviderInfo", "Connected: the balance can be read.")
                               : QString());
    });
}

bool DeepSeekAdapter::parseBalance(const QJsonObject &body, FetchResult &out, QString *error)
{
    if (!body.value(QStringLiteral("balance_infos")).isArray())
        *error = QStringLiteral("\"balance_infos\" is not a list");
    for (const QJsonValue &infoValue : body.value(QStringLiteral("balance_infos")).toArray()) {
        const QJsonObject info = infoValue.toObject();
        const QString currency = info.value(QStringLiteral("currency")).toString().toUpper();
        const auto amount = Money::parse(exactNumberText(info.value(QStringLiteral("total_balance"))));
        if (currency.size() != 3 || !amount.value) {
            *error = QStringLiteral("a balance without a currency or a decimal \"total_balance\"");
            break;
        }
        out.balances.append({currency, QStringLiteral("balance"), *amount.value});
    }
    return error->isEmpty();
}

void DeepSeekAdapter::fetch(QDate, QDate, FetchCallback done)
{
    getJson(endpoint(QStringLiteral("/user/balance")), [this, done = std::move(done)](ProviderError error,
                                                                                      QJsonObject body) {
        FetchResult result;
        result.requests = requestCount();
        if (!error.ok()) {
            result.error = error;
            done(std::move(result));
            return;
        }
        QString bad;
        if (!parseBalance(body, result, &bad)) {
            result.error = {ProviderError::Kind::BadPayload,
                            QStringLiteral("Unexpected answer from /user/balance: ") + bad, 200, -1};
        } else {
            result.partial = false;
            result.notes.append(QString::fromUtf8(QT_TRANSLATE_NOOP(
                "tl::SyncRunText", "DeepSeek offers no usage API that this key can read: only its balance syncs.")));
        }
        done(std::move(result));
    });
}

// --- Providers without a usage API ------------------------------------------------------------

QString NoUsageApiAdapter::noUsageMessage(const QString &provider, bool translate)
{
    static const char *const text = QT_TRANSLATE_NOOP(
        "tl::ProviderInfo", "%1 offers no usage API that this key can read — import a CSV or add entries manually.");
    if (!translate) {
        const ProviderInfo *info = providerInfo(provider);
        return QString::fromUtf8(text).arg(info ? info->displayName : provider);
    }
    return QCoreApplication::translate("tl::ProviderInfo", text).arg(providerDisplayName(provider));
}

ProviderAdapter::Capabilities NoUsageApiAdapter::capabilities() const
{
    Capabilities c;
    return c;
}

HttpRequest NoUsageApiAdapter::request(const QUrl &url) const
{
    HttpRequest r = ProviderAdapter::request(url);
    if (m_account.provider == u"google") {   // Gemini API keys go in their own header
        r.setRawHeader("Authorization", QByteArray());
        r.setRawHeader("x-goog-api-key", m_key.toUtf8());
    }
    return r;
}

void NoUsageApiAdapter::testConnection(TestCallback done)
{
    if (m_account.provider == u"other") {
        done({ProviderError::Kind::NotSupported,
              QCoreApplication::translate("tl::ProviderInfo",
                                          "Nothing to test: this account holds manual entries and imported CSV files."),
              0, -1},
             {});
        return;
    }
    if (m_account.provider == u"perplexity") {
        // Perplexity has no free endpoint to check a key; TokenLedger never makes paid calls.
        done({ProviderError::Kind::NotSupported,
              QCoreApplication::translate(
                  "tl::ProviderInfo",
                  "Perplexity has no free way to check a key, and TokenLedger never makes paid requests."),
              0, -1},
             {});
        return;
    }
    getJson(endpoint(QStringLiteral("/models")), [this, done = std::move(done)](ProviderError error, QJsonObject) {
        done(error, error.ok() ? QCoreApplication::translate("tl::ProviderInfo", "Connected: the key works. %1")
                                     .arg(noUsageMessage(m_account.provider))
                               : QString());
    });
}

void NoUsageApiAdapter::fetch(QDate, QDate, FetchCallback done)
{
    FetchResult result;
    result.error = {ProviderError::Kind::NotSupported, noUsageMessage(m_account.provider), 0, -1};
    done(std::move(result));
}

// --- Factory ----------------------------------------------------------------------------------

std::unique_ptr<ProviderAdapter> createAdapter(const Account &account, const QString &key,
                                               QNetworkAccessManager *network, RetryPolicy policy)
{
    const QString &p = account.provider;
    if (p == u"openai")
        return std::make_unique<OpenAiAdapter>(account, key, network, policy);
    if (p == u"anthropic")
        return std::make_unique<AnthropicAdapter>(account, key, network, policy);
    if (p == u"openrouter")
        return std::make_unique<OpenRouterAdapter>(account, key, network, policy);
    if (p == u"deepseek")
        return std::make_unique<DeepSeekAdapter>(account, key, network, policy);
    if (isKnownProvider(p))
        return std::make_unique<NoUsageApiAdapter>(account, key, network, policy);
    return nullptr;
}

}   // namespace tl
