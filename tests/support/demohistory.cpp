#include "demohistory.h"

#include "fakeproviderserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::test {

namespace {

// A tiny deterministic generator (64-bit LCG), so payloads are the same on every run.
class Noise
{
public:
    explicit Noise(quint64 seed)
        : m_state(seed)
    {}
    // Uniform in [low, high).
    double between(double low, double high)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return low + (high - low) * double(m_state >> 11) / double(1ULL << 53);
    }

private:
    quint64 m_state;
};

struct Model
{
    const char *name;
    double inputPerM;
    double cachedPerM;
    double outputPerM;
    qint64 dailyInput;   // tokens on an ordinary weekday
    double outputShare;
    double cachedShare;
};

const Model OpenAiModels[] = {
    {"gpt-4.1-2025-04-14", 2.00, 0.50, 8.00, 2'400'000, 0.12, 0.30},
    {"gpt-4o-mini-2024-07-18", 0.15, 0.075, 0.60, 9'000'000, 0.10, 0.20},
    {"o3-2025-04-16", 2.00, 0.50, 8.00, 600'000, 0.35, 0.10},
};
const Model AnthropicModels[] = {
    {"claude-sonnet-4-5-20250929", 3.00, 0.30, 15.00, 1'800'000, 0.08, 0.55},
    {"claude-haiku-4-5-20251001", 1.00, 0.10, 5.00, 2'500'000, 0.06, 0.40},
};

double dayFactor(QDate day, QDate from, Noise &noise)
{
    const double weekend = day.dayOfWeek() >= 6 ? 0.35 : 1.0;
    const double growth = 1.0 + 0.012 * double(from.daysTo(day));
    return weekend * growth * noise.between(0.75, 1.25);
}

qint64 epoch(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QString isoTime(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

QByteArray page(const QJsonArray &buckets)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("page")},
                                     {QStringLiteral("data"), buckets},
                                     {QStringLiteral("has_more"), false},
                                     {QStringLiteral("next_page"), QJsonValue()}})
        .toJson(QJsonDocument::Compact);
}

}   // namespace

void loadDemoHistory(FakeProviderServer &server, QDate from, QDate to)
{
    Noise noise(20260301);
    QJsonArray openAiUsage;
    QJsonArray openAiCosts;
    QJsonArray anthropicUsage;
    QJsonArray anthropicCosts;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const double factor = dayFactor(day, from, noise);
        const bool spike = from.daysTo(day) == 17;   // one busy day, the kind alerts are for
        QJsonArray usage;
        QJsonArray costs;
        int project = 0;
        for (const Model &m : OpenAiModels) {
            // Every ninth day the reasoning model runs as a batch job: billed at half price.
            const bool batch = QByteArrayView(m.name).startsWith("o3") && from.daysTo(day) % 9 == 4;
            const qint64 input = qint64(double(m.dailyInput) * factor * (spike ? 3.2 : 1.0));
            const qint64 cached = qint64(double(input) * m.cachedShare);
            const qint64 output = qint64(double(input) * m.outputShare);
            const QString projectId =
                QStringLiteral("proj_%1").arg(project++ % 2 ? QStringLiteral("search") : QStringLiteral("assistant"));
            usage.append(
                QJsonObject{{QStringLiteral("object"), QStringLiteral("organization.usage.completions.result")},
                            {QStringLiteral("input_tokens"), input},
                            {QStringLiteral("input_cached_tokens"), cached},
                            {QStringLiteral("input_cache_write_tokens"), 0},
                            {QStringLiteral("input_uncached_tokens"), input - cached},
                            {QStringLiteral("output_tokens"), output},
                            {QStringLiteral("num_model_requests"), qint64(double(input) / 2500)},
                            {QStringLiteral("project_id"), projectId},
                            {QStringLiteral("user_id"), QJsonValue()},
                            {QStringLiteral("api_key_id"), QStringLiteral("key_%1").arg(project)},
                            {QStringLiteral("model"), QString::fromLatin1(m.name)},
                            {QStringLiteral("batch"), batch ? QJsonValue(true) : QJsonValue()},
                            {QStringLiteral("service_tier"), QJsonValue()}});
            // What OpenAI bills: the same tokens at its prices, with cents of rounding noise.
            const double billed =
                (double(input - cached) * m.inputPerM + double(cached) * m.cachedPerM + double(output) * m.outputPerM) /
                1e6 * noise.between(0.995, 1.02) * (batch ? 0.5 : 1.0);
            costs.append(QJsonObject{
                {QStringLiteral("object"), QStringLiteral("organization.costs.result")},
                {QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), std::round(billed * 1e6) / 1e6},
                                                       {QStringLiteral("currency"), QStringLiteral("usd")}}},
                {QStringLiteral("line_item"), QString::fromLatin1(m.name)},
                {QStringLiteral("project_id"), projectId}});
        }
        openAiUsage.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("bucket")},
                                       {QStringLiteral("start_time"), epoch(day)},
                                       {QStringLiteral("end_time"), epoch(day.addDays(1))},
                                       {QStringLiteral("results"), usage}});
        openAiCosts.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("bucket")},
                                       {QStringLiteral("start_time"), epoch(day)},
                                       {QStringLiteral("end_time"), epoch(day.addDays(1))},
                                       {QStringLiteral("results"), costs}});

        QJsonArray messages;
        QJsonArray anthropicLines;
        for (const Model &m : AnthropicModels) {
            const qint64 input = qint64(double(m.dailyInput) * factor);
            const qint64 cached = qint64(double(input) * m.cachedShare);
            const qint64 write = input / 20;
            const qint64 output = qint64(double(input) * m.outputShare);
            messages.append(QJsonObject{
                {QStringLiteral("uncached_input_tokens"), input - cached},
                {QStringLiteral("cache_read_input_tokens"), cached},
                {QStringLiteral("cache_creation"), QJsonObject{{QStringLiteral("ephemeral_5m_input_tokens"), write},
                                                               {QStringLiteral("ephemeral_1h_input_tokens"), 0}}},
                {QStringLiteral("output_tokens"), output},
                {QStringLiteral("model"), QString::fromLatin1(m.name)},
                {QStringLiteral("workspace_id"), QJsonValue()},
                {QStringLiteral("api_key_id"), QJsonValue()},
                {QStringLiteral("service_tier"), QStringLiteral("standard")}});
            const double dollars = (double(input - cached) * m.inputPerM + double(cached) * m.cachedPerM +
                                    double(write) * m.inputPerM * 1.25 + double(output) * m.outputPerM) /
                                   1e6;
            anthropicLines.append(QJsonObject{{QStringLiteral("amount"), QString::number(dollars * 100, 'f', 4)},
                                              {QStringLiteral("currency"), QStringLiteral("USD")},
                                              {QStringLiteral("workspace_id"), QJsonValue()},
                                              {QStringLiteral("description"), QString::fromLatin1(m.name)},
                                              {QStringLiteral("cost_type"), QStringLiteral("tokens")},
                                              {QStringLiteral("model"), QString::fromLatin1(m.name)}});
        }
        anthropicUsage.append(QJsonObject{{QStringLiteral("starting_at"), isoTime(day)},
                                          {QStringLiteral("ending_at"), isoTime(day.addDays(1))},
                                          {QStringLiteral("results"), messages}});
        anthropicCosts.append(QJsonObject{{QStringLiteral("starting_at"), isoTime(day)},
                                          {QStringLiteral("ending_at"), isoTime(day.addDays(1))},
                                          {QStringLiteral("results"), anthropicLines}});
    }
    const QString openai = QStringLiteral("/openai/v1/organization");
    server.setJson(openai + QStringLiteral("/usage/completions"), {}, page(openAiUsage));
    server.setJson(openai + QStringLiteral("/costs"), {}, page(openAiCosts));
    const QString anthropic = QStringLiteral("/anthropic/v1/organizations");
    server.setJson(anthropic + QStringLiteral("/usage_report/messages"), {}, page(anthropicUsage));
    server.setJson(anthropic + QStringLiteral("/cost_report"), {}, page(anthropicCosts));
}

}   // namespace tl::test
