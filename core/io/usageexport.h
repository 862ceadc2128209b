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
// Text cells of a CSV are neutralised against spreadsheet formulas (csvTextField). Returns the
// number of rows written, or -1 with *error — also when reading stops early on a database error,
// so a damaged database never yields a well-formed but partial export.
qint64 exportUsage(QSqlDatabase db, const UsageFilter &filter, ExportFormat format, QIODevice &out,
                   QString *error = nullptr);

// One CSV field, quoted when it needs to be (RFC 4180).
QByteArray csvField(const QString &value);
// A text cell for a file people open in a spreadsheet: text beginning with = + - @, a tab or a
// carriage return would be run as a formula there (CSV injection), so it gets a leading ' that
// keeps it text. Numbers and money go through csvField unchanged.
QByteArray csvTextField(const QString &value);

}   // namespace tl
