#pragma once

#include "records/records.h"
#include "sqlitestatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace tl {

// One CSV import as the history lists it.
struct ImportRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString account;   // the account's label (listing only)
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QString format;   // csvFormatName
    QDateTime importedAt;
    qint64 rowsRead = 0;
    qint64 rowsGood = 0;
    qint64 rowsBad = 0;
    qint64 rowsSkipped = 0;
    QDate firstDay;
    QDate lastDay;
    qint64 usageCreated = 0;
    qint64 usageUpdated = 0;
    qint64 usageUnchanged = 0;
    qint64 costsCreated = 0;
    qint64 costsUpdated = 0;
    qint64 costsUnchanged = 0;
    QDateTime removedAt;   // invalid while it stands

    bool isActive() const { return !removedAt.isValid(); }
};

// The `imports` table: the history of CSV imports.
class ImportRepository final
{
public:
    explicit ImportRepository(QSqlDatabase db);

    // Records an import (its counts follow with finish()); the new id, or 0 with *error.
    qint64 begin(const ImportRecord &record, QString *error = nullptr);
    bool finish(const ImportRecord &record, QString *error = nullptr);
    bool discard(qint64 id, QString *error = nullptr);   // with its journal (an import that changed nothing)
    std::optional<ImportRecord> find(qint64 id, QString *error = nullptr) const;
    // Newest first; only imports that stand unless `withRemoved`.
    std::optional<QList<ImportRecord>> list(std::optional<qint64> accountId = std::nullopt, bool withRemoved = true,
                                            QString *error = nullptr) const;
    // The standing import of this very file (same SHA-256) into the account, other than `except`.
    std::optional<ImportRecord> sameFile(qint64 accountId, const QString &sha256, qint64 except = 0) const;
    // The newest standing import of the account whose days cover `day`.
    std::optional<ImportRecord> covering(qint64 accountId, QDate day) const;

private:
    QSqlDatabase m_db;
};

// What one import wrote, key by key, with the values each row had before — so the import can be
// taken out exactly (importremoval.h). Call record*() with each batch just before it is upserted.
// The import writes each usage key at most once (its rows are summed per key first), so a day
// of the account that held no usage row before the import's first batch of it holds none of the
// keys after: such a day's records are journalled as new without a look-up each.
class ImportJournal final
{
public:
    // Records journalled as new per INSERT statement (then one at a time).
    static constexpr int NewRowsPerStatement = 32;

    ImportJournal(QSqlDatabase db, qint64 importId);

    bool recordUsage(const QList<UsageRecord> &batch, QString *error);
    bool recordCosts(const QList<CostRecord> &batch, QString *error);

private:
    bool prepare(QString *error);
    // Whether the account held no usage on `day` before this import started writing it.
    bool dayWasEmpty(qint64 accountId, const QString &day, bool *empty, QString *error);
    bool recordNew(const QList<UsageRecord> &batch, qsizetype from, qsizetype to, const QString &day, QString *error);
    bool recordLookedUp(const UsageRecord &r, const QString &day, QString *error);

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    qint64 m_seq = 0;
    bool m_prepared = false;
    sql::SqliteStatement m_usageBefore;
    sql::SqliteStatement m_costBefore;
    sql::SqliteStatement m_insert;
    sql::SqliteStatement m_dayHasUsage;
    sql::SqliteStatement m_insertNewMany;
    sql::SqliteStatement m_insertNew;
    // The last account-day found empty: the next batch may continue it (a day of many records).
    std::pair<qint64, QString> m_emptyDay;
};

}   // namespace tl
