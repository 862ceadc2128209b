#pragma once

// Shared parts of tokenledger-bench: the data shapes, the generated ledger, timing helpers and the
// table every figure lands in (with its anchor measured in the same run, the ratio and the target).

#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tl::bench {

// How the generated usage is laid out: per day, every account reports every one of its models
// for `combosPerModel` project/API-key pairs. Rows grow the history, not the day.
struct Shape
{
    QString name;   // "sparse" | "dense"
    int accounts = 4;
    int modelsPerAccount = 8;
    int combosPerModel = 29;

    qint64 rowsPerDay() const { return qint64(accounts) * modelsPerAccount * combosPerModel; }
    QString describe() const;
};

Shape sparseShape();   // 4 accounts x 8 models x 29 project/key pairs (928 rows a day)
Shape denseShape();    // 4 accounts x 80 models x 3 project/key pairs (960 rows a day)
std::optional<Shape> shapeNamed(const QString &name);

// One generated ledger in a temporary folder, written through the real upsert path, one batch per
// account and day as a sync writes them (newest day last), with billed cost lines for half the
// accounts.
struct Dataset
{
    Shape shape;
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    QList<qint64> accountIds;
    QList<QString> providers;    // per account
    QList<QStringList> models;   // per account
    QDate firstDay;
    QDate lastDay;
    qint64 rows = 0;
    double ingestSeconds = 0;      // UsageRepository::upsert and the account windows' BEGIN/COMMIT
    double ingestCpuSeconds = 0;   // the same, in this thread's CPU time (less swayed by other load)
    double qualitySeconds = 0;     // the data-quality check of every new day, once after the ingest
    bool reused = false;           // copied from a kept ledger (--ledgers): nothing was ingested
};

// Generates the ledger; with `keepDir` (--ledgers DIR) a ledger of the same size and shape kept
// there by an earlier run is copied instead (generating 10M rows takes minutes), and a new one is
// kept there for the next run. Each run works on its own copy: re-pricing rewrites costs.
// `location`: a postgresql:// URL of an empty database to build it in instead (benchteam.cpp; never kept).
std::unique_ptr<Dataset> buildDataset(const Shape &shape, qint64 rows, QString *error, const QString &keepDir = {},
                                      const QString &location = {});

// The models an account of `provider` reports in a shape: real catalog ids first (so pricing is
// exercised), then numbered variants when the catalog has fewer.
QStringList modelsFor(const QString &provider, int count);

struct Timing
{
    double firstMs = 0;    // the first call (cold statement cache, cold pages)
    double medianMs = 0;   // the median of the warm calls that follow
};

Timing timeCalls(const std::function<void()> &run, int warmRepeats = 7);
double medianMs(const std::function<void()> &run, int repeats = 7);
long peakRssKb();
// This thread's CPU time so far: a rate over it moves less with the machine's other load than one
// over wall time (which the target is stated in).
qint64 threadCpuNanos();
long currentRssKb();

// Every figure of the run, printed as it is measured and again as one table at the end.
class Report
{
public:
    struct Row
    {
        QString scope;     // e.g. "1M sparse"
        QString figure;    // what was measured
        QString value;     // with its unit
        QString anchor;    // what it is compared with (same run), or ""
        QString ratio;     // value / anchor, or ""
        QString target;    // the goal, or ""
        QString verdict;   // "met", "MISSED" or ""
    };

    // A time in ms, compared with an anchor time (ratio = value / anchor) and an optional target:
    // `maxRatio` (<= that many times the anchor) and/or `maxMs`.
    void time(const QString &scope, const QString &figure, double ms, const QString &anchorName = {},
              std::optional<double> anchorMs = {}, std::optional<double> maxRatio = {},
              std::optional<double> maxMs = {});
    // A throughput in rows/s against an optional anchor throughput (ratio = value / anchor) and
    // optional floors.
    void rate(const QString &scope, const QString &figure, double rowsPerSecond, const QString &anchorName = {},
              std::optional<double> anchorRowsPerSecond = {}, std::optional<double> minRatio = {},
              std::optional<double> minRate = {});
    // A memory figure in MiB with an optional ceiling.
    void memory(const QString &scope, const QString &figure, double mib, std::optional<double> maxMib = {});
    // A free-form line (counts, notes).
    void note(const QString &scope, const QString &figure, const QString &value);

    void printTable() const;
    int missed() const;

private:
    void add(Row row);
    std::vector<Row> m_rows;
};

QString scopeName(qint64 rows, const Shape &shape);

}   // namespace tl::bench
