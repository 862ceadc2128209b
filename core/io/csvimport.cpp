#include "csvimport.h"

#include "common/dates.h"
#include "csvreader.h"
#include "csvrow.h"
#include "csvstagedwriter.h"
#include "csvstream.h"
#include "pricing/catalog.h"
#include "storage/importrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "storage/stagingdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace tl {

namespace {

CsvImportResult importCsvOnce(QSqlDatabase db, QIODevice &in, const CsvImportOptions &options,
                              const PricingCatalog &catalog, bool streaming, bool *restart)
{
    CsvImportResult result;
    const auto refuse = [&](const QString &why) {
        result.ok = false;
        result.error = why;
        // Whatever pass 2 had written is rolled back with the savepoint.
        result.usageCreated = result.usageUpdated = result.usageUnchanged = 0;
        result.costsCreated = result.costsUpdated = result.costsUnchanged = 0;
        return result;
    };
    QSqlQuery account(db);
    account.prepare(QStringLiteral("SELECT provider FROM accounts WHERE id = ?"));
    account.addBindValue(options.accountId);
    if (!account.exec() || !account.next())
        return refuse(QStringLiteral("there is no account %1").arg(options.accountId));
    const QString provider = account.value(0).toString();
    account.finish();   // no statement may stay open: the temporary tables are dropped at the end

    // Lines that end in a carriage return alone (Excel's "CSV (Macintosh)") would read as one long
    // header and no rows: refused, rather than imported as an empty file. A look at the start of
    // the file is enough (the reader itself skips carriage returns, for CRLF).
    const QByteArray head = in.peek(64 * 1024);
    for (qsizetype cr = head.indexOf('\r'); cr >= 0 && cr + 1 < head.size(); cr = head.indexOf('\r', cr + 1)) {
        if (head.at(cr + 1) != '\n')
            return refuse(QStringLiteral("this file's lines end in a carriage return alone (an old Mac format); save "
                                         "it as CSV UTF-8 and import it again"));
    }
    CsvReader reader(in);
    QStringList header;
    switch (reader.next(&header)) {
    case CsvReader::Status::Record:
        break;
    case CsvReader::Status::End:
        return refuse(QStringLiteral("the file is empty"));
    case CsvReader::Status::NotText:
        return refuse(QStringLiteral("this is not a CSV file (it contains binary data)"));
    case CsvReader::Status::BrokenQuote:
        return refuse(QStringLiteral("this is not a CSV file TokenLedger can read (broken quoting in the header)"));
    case CsvReader::Status::ReadError:
        return refuse(QStringLiteral("cannot read the file: %1").arg(reader.errorString()));
    case CsvReader::Status::TooLong:
        return refuse(
            QStringLiteral("this is not a CSV file TokenLedger can read (the first line is longer than 1 MiB)"));
    }
    std::optional<CsvMapping> mapping = options.mapping;
    if (!mapping) {
        const std::optional<CsvFormat> format = options.format ? options.format : detectCsvFormat(header);
        if (!format)
            return refuse(unknownHeaderReason(header));
        QString missing;
        mapping = mappingFor(*format, header, &missing);
        if (!mapping)
            return refuse(QStringLiteral("the %1 format needs a \"%2\" column").arg(csvFormatName(*format), missing));
        result.format = *format;
    }
    const CsvMapping &m = *mapping;
    // A column read twice over ("cost_usd,cost_usd"): which one is meant cannot be told.
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        const QString name = header.value(it.value()).trimmed();
        const auto same = [&](const QString &h) { return h.trimmed().compare(name, Qt::CaseInsensitive) == 0; };
        if (!name.isEmpty() && std::count_if(header.cbegin(), header.cend(), same) > 1)
            return refuse(QStringLiteral("the column \"%1\" is in the header more than once; TokenLedger cannot "
                                         "tell which one to read")
                              .arg(name));
    }

    // Pass 1: read, check and stage every row in temporary tables (on disk, not in memory).
    sql::Savepoint savepoint(db, QStringLiteral("csv_import"));
    if (!savepoint.isActive())
        return refuse(savepoint.error());
    QString error;
    // The scratch tables: the ledger's own connection on SQLite, a private SQLite one for a team
    // database (stagingdatabase.h); the records still go to `db`.
    const sql::StagingDatabase staging(db);
    if (!staging.isOpen())
        return refuse(staging.error());
    QSqlDatabase stage = staging.connection();
    if (!sql::exec(stage, QStringLiteral("DROP TABLE IF EXISTS temp.import_usage"), &error) ||
        !sql::exec(stage, QStringLiteral("DROP TABLE IF EXISTS temp.import_costs"), &error) ||
        !sql::exec(
            stage,
            QStringLiteral("CREATE TEMP TABLE import_usage (day TEXT, model TEXT, project TEXT, api_key_id TEXT, "
                           "service_tier TEXT, input INTEGER, cached INTEGER, cache_write INTEGER, "
                           "cache_write_1h INTEGER, output INTEGER, requests INTEGER, cost INTEGER, line INTEGER)"),
            &error) ||
        !sql::exec(
            stage,
            QStringLiteral("CREATE TEMP TABLE import_costs (day TEXT, line_item TEXT, project TEXT, currency TEXT, "
                           "amount INTEGER, line INTEGER)"),
            &error))
        return refuse(error);
    sqlite3 *handle = sql::nativeHandle(stage);
    // Finalised before pass 2 (the staging tables are dropped at the end, which open statements forbid).
    auto stageUsagePtr = std::make_unique<sql::SqliteStatement>();
    auto stageCostPtr = std::make_unique<sql::SqliteStatement>();
    sql::SqliteStatement &stageUsage = *stageUsagePtr;
    sql::SqliteStatement &stageCost = *stageCostPtr;
    if (!stageUsage.prepare(handle, "INSERT INTO temp.import_usage VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", &error) ||
        !stageCost.prepare(handle, "INSERT INTO temp.import_costs VALUES (?,?,?,?,?,?)", &error))
        return refuse(error);

    // The history entry, in the same transaction: an import that fails leaves none.
    std::optional<ImportJournal> journal;
    ImportRecord history;
    CsvStagedWriter writer(db, options, provider, catalog, result);
    writer.setStaging(stage);
    const auto beginHistory = [&] {
        if (!options.source || options.dryRun)
            return true;
        history.accountId = options.accountId;
        history.fileName = options.source->fileName;
        history.fileSize = options.source->size;
        history.sha256 = options.source->sha256;
        history.format = options.mapping && !options.format ? QStringLiteral("mapped") : csvFormatName(result.format);
        history.id = ImportRepository(db).begin(history, &error);
        if (history.id == 0)
            return false;
        journal.emplace(db, history.id);
        writer.setJournal(&*journal);
        return true;
    };
    const auto stageCostRow = [&](const StagedCost &cost, QString *why) {
        stageCost.bind(1, cost.day);
        stageCost.bind(2, cost.lineItem);
        stageCost.bind(3, cost.project);
        stageCost.bind(4, cost.currency);
        stageCost.bind(5, cost.amount);
        stageCost.bind(6, cost.line);
        stageCost.step();
        stageCost.reset();
        if (!stageCost.ok())
            *why = stageCost.error();
        return stageCost.ok();
    };

    const CsvRowContext context{m, header.size(), provider, options, catalog};
    if (streaming) {
        if (!beginHistory())
            return refuse(error);
        const CsvStreamOutcome outcome = streamCsvRows(reader, context, result, writer, stageCostRow);
        if (outcome.restart)
            *restart = true;
        if (!outcome.ok)
            return refuse(outcome.error);
        // (With bad rows, and not keeping the good ones, everything is rolled back below.)
        if ((result.badRowCount == 0 || options.keepGoodRows) && !writer.flushRollups(&error))
            return refuse(error);
    } else {
        CsvRowStager stager(context);
        const auto take = [&](const CsvRow &row, qint64 line) {
            if (row.kind == CsvRow::Kind::Cost)
                return stageCostRow(stager.cost(row, line), &error);
            const StagedUsage staged = stager.usage(row, line);
            stageUsage.bind(1, staged.day);
            stageUsage.bind(2, staged.model);
            stageUsage.bind(3, staged.project);
            stageUsage.bind(4, staged.apiKeyId);
            stageUsage.bind(5, staged.serviceTier);
            for (int i = 0; i < 6; ++i)
                stageUsage.bind(6 + i, staged.counts[i]);
            if (staged.cost)
                stageUsage.bind(12, *staged.cost);
            else
                stageUsage.bindNull(12);
            stageUsage.bind(13, line);
            stageUsage.step();
            stageUsage.reset();
            if (!stageUsage.ok())
                error = stageUsage.error();
            return stageUsage.ok();
        };
        const QString unreadable = readCsvRows(reader, context, result, take);
        if (!unreadable.isEmpty())
            return refuse(unreadable);
        if (!error.isEmpty())
            return refuse(error);
    }
    stageUsagePtr.reset();
    stageCostPtr.reset();
    if (result.badRowCount > 0 && !options.keepGoodRows) {
        // What the rows written as they came changed is rolled back with the savepoint.
        result.usageCreated = result.usageUpdated = result.usageUnchanged = 0;
        result.error =
            QStringLiteral("%1 of %2 rows are bad; nothing was imported").arg(result.badRowCount).arg(result.rows);
        return result;   // the savepoint rolls back
    }
    if (!streaming && !beginHistory())
        return refuse(error);
    // Pass 2: rows with the same key are one record, summed exactly; then the upsert path. A dry run
    // goes through the same sums (an overflow is found there too) and writes nothing.
    if ((!streaming && !writer.writeUsage(&error)) || !writer.writeCosts(&error))
        return refuse(error);
    if (writer.overflowed())
        return refuse(writer.overflowError());
    if (!sql::exec(stage, QStringLiteral("DROP TABLE temp.import_usage"), &error) ||
        !sql::exec(stage, QStringLiteral("DROP TABLE temp.import_costs"), &error))
        return refuse(error);
    if (options.source) {
        if (const auto earlier = ImportRepository(db).sameFile(options.accountId, options.source->sha256, history.id))
            result.sameFileImportId = earlier->id;
    }
    if (options.dryRun) {
        result.ok = true;
        return result;   // checked, not written: the savepoint rolls back
    }
    if (journal) {
        const qint64 changed = result.usageCreated + result.usageUpdated + result.costsCreated + result.costsUpdated;
        if (changed == 0 && result.sameFileImportId != 0) {
            // The same file again, and nothing changed: no second history entry.
            if (!ImportRepository(db).discard(history.id, &error))
                return refuse(error);
        } else {
            history.rowsRead = result.rows;
            history.rowsGood = result.goodRows;
            history.rowsBad = result.badRowCount;
            history.rowsSkipped = result.skippedRows;
            history.firstDay = result.firstDay;
            history.lastDay = result.lastDay;
            history.usageCreated = result.usageCreated;
            history.usageUpdated = result.usageUpdated;
            history.usageUnchanged = result.usageUnchanged;
            history.costsCreated = result.costsCreated;
            history.costsUpdated = result.costsUpdated;
            history.costsUnchanged = result.costsUnchanged;
            if (!ImportRepository(db).finish(history, &error))
                return refuse(error);
            result.importId = history.id;
        }
    }
    if (!savepoint.commit())
        return refuse(savepoint.error());
    result.ok = true;
    result.written = true;
    return result;
}

}   // namespace

CsvImportResult importCsv(QSqlDatabase db, QIODevice &in, const CsvImportOptions &options,
                          const PricingCatalog &catalog)
{
    // Streaming needs a device that can be read again from here should the file not come day by day.
    if (!in.isSequential()) {
        const qint64 start = in.pos();
        bool restart = false;
        CsvImportResult result = importCsvOnce(db, in, options, catalog, true, &restart);
        if (!restart)
            return result;
        if (!in.seek(start)) {
            result.error = QStringLiteral("cannot read the file again: %1").arg(in.errorString());
            return result;
        }
    }
    return importCsvOnce(db, in, options, catalog, false, nullptr);
}

}   // namespace tl
