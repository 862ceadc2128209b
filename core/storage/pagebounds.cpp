#include "pagebounds.h"

#include "sqlitestatement.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace tl {

using sql::bindText;

namespace {

// Values of a usage_page_buckets row: account, day, then the 20 of PageBounds::bind().
constexpr int BucketParams = 22;

QByteArray bucketInsertSql(int rows)
{
    return "INSERT INTO usage_page_buckets (account_id, day, " TL_PAGE_BOUND_COLUMNS ") VALUES " +
           sql::valuesSql(rows, BucketParams);
}

}   // namespace

void PageBounds::bind(sqlite3_stmt *s, int first) const
{
    int p = first;
    bindText(s, p++, textLo[0]);
    bindText(s, p++, textHi[0]);
    for (size_t i = 0; i < lo.size(); ++i) {
        sqlite3_bind_int64(s, p++, lo[i]);
        sqlite3_bind_int64(s, p++, hi[i]);
    }
    for (const std::optional<qint64> &cost : {costNull ? std::nullopt : costLo, costHi}) {
        if (cost)
            sqlite3_bind_int64(s, p++, *cost);
        else
            sqlite3_bind_null(s, p++);
    }
    for (size_t i = 1; i < textLo.size(); ++i) {
        bindText(s, p++, textLo[i]);
        bindText(s, p++, textHi[i]);
    }
}

PageBucketInserts::~PageBucketInserts()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
}

bool PageBucketInserts::insert(sqlite3 *db, qint64 accountId, std::string_view day, std::span<const PageBounds> buckets,
                               QString *error)
{
    size_t next = 0;
    for (size_t k = 0; k < Rows.size(); ++k) {
        const int rows = Rows[k];
        for (; next + size_t(rows) <= buckets.size(); next += size_t(rows)) {
            sqlite3_stmt *&s = m_statements[k];
            if (!s) {
                const QByteArray sql = bucketInsertSql(rows);
                if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
                    SQLITE_OK) {
                    *error = QString::fromUtf8(sqlite3_errmsg(db));
                    sqlite3_finalize(s);
                    s = nullptr;
                    return false;
                }
            }
            for (int row = 0; row < rows; ++row) {
                const int base = row * BucketParams;
                sqlite3_bind_int64(s, base + 1, accountId);
                bindText(s, base + 2, day);
                buckets[next + size_t(row)].bind(s, base + 3);
            }
            const bool ok = sqlite3_step(s) == SQLITE_DONE;
            if (!ok)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(s);
            if (!ok)
                return false;
        }
    }
    return true;
}

}   // namespace tl
