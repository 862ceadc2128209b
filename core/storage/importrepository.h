#pragma once

#include "records/records.h"
#include "sqlitestatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

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
class ImportJournal final
{
public:
    ImportJournal(QSqlDatabase db, qint64 importId);

    bool recordUsage(const QList<UsageRecord> &batch, QString *error);
    bool recordCosts(const QList<CostRecord> &batch, QString *error);

private:
    bool prepare(QString *error);

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    qint64 m_seq = 0;
    bool m_prepared = false;
    sql::SqliteStatement m_usageBefore;
    sql::SqliteStatement m_costBefore;
    sql::SqliteStatement m_insert;
};

}   // namespace tl
