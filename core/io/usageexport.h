#pragma once

#include "analytics/usagetable.h"

#include <QDate>
#include <QIODevice>
#include <QSqlDatabase>

#include <optional>

namespace tl {

enum class ExportFormat
{
    Csv,
    Json,
};

// Streams usage rows to `out`: ISO 8601 UTC days, money as exact decimal USD text (never a float),
// a header row (CSV) or one object per row (JSON). Keys are never in the database, so never here.
// Returns the number of rows written, or -1 with *error.
qint64 exportUsage(QSqlDatabase db, const UsageFilter &filter, ExportFormat format, QIODevice &out,
                   QString *error = nullptr);

// One CSV field, quoted when it needs to be (RFC 4180).
QByteArray csvField(const QString &value);

}   // namespace tl
