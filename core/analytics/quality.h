#pragma once

#include "analytics/usagetable.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// Something in the data that looks wrong. Findings are listed with the rows behind them and
// never dropped or "fixed" silently: the user decides.
struct QualityFinding
{
    enum class Kind
    {
        ForeignModel,       // a model of another provider (claude-* on an OpenAI account); gateways exempt
        ImpossibleValue,    // negative or absurdly large counts or costs
        DuplicateSources,   // the same account, day and model from two sources (API and CSV)
        FutureDate,         // rows dated after today (UTC)
    };
    Kind kind = Kind::ForeignModel;
    qint64 accountId = 0;
    QString account;
    QString provider;
    QString model;   // empty when the finding is about an account's days
    QDate firstDay;
    QDate lastDay;
    qint64 rows = 0;
    QString description;   // what is wrong and what to do
    qint64 importId = 0;   // DuplicateSources: the import that brought the CSV rows, to remove

    static QString kindName(Kind kind);
    UsageFilter filter() const;   // the usage rows behind it
};

// Looks at the days noted in quality_dirty and keeps their findings (part of checkDataQuality).
bool refreshQualityMarks(QSqlDatabase db, QString *error = nullptr);

// The provider a model name belongs to ("claude-…" → anthropic), or empty when it is not clear.
QString providerOfModel(const QString &model);

// Every check over the whole database. Incremental: the (account, day)s written since the last
// check (quality_dirty, noted by triggers on the daily rollup) are looked at in the raw rows and
// what they show is kept (quality_marks); the findings are read from that. Writes, so it needs a
// writable connection; one transaction, so an interrupted check leaves the days to the next.
std::optional<QList<QualityFinding>> checkDataQuality(QSqlDatabase db, QDate today, QString *error = nullptr);

// Tokens or requests above this in one row are impossible for one account in one UTC day.
inline constexpr qint64 AbsurdCount = 1'000'000'000'000;

}   // namespace tl
