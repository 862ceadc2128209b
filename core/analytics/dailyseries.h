#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tl {

// One day's cost of one group (a provider) — a point of a stacked daily chart.
struct DailyPoint
{
    QDate day;   // UTC
    QString key;
    Money cost;
    qint64 tokens = 0;
    qint64 requests = 0;
};

// Daily cost per provider over an inclusive range of UTC days, from the rollups.
// Days without usage are absent (the chart fills them with zero).
std::optional<QList<DailyPoint>> dailyCostByProvider(QSqlDatabase db, QDate from, QDate to, QString *error = nullptr);

}   // namespace tl
