#include "dayrollup.h"

#include "common/overflow.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <optional>
#include <string_view>

namespace tl {

QString sumsTooLarge(const QString &day)
{
    return QStringLiteral("the token counts or costs of %1 are too large to add up").arg(day);
}

void DayRollup::clear()
{
    m_models.clear();
    m_buckets.clear();
    m_groups.clear();
}

bool DayRollup::add(const std::array<qint64, 6> &counts, std::optional<qint64> cost,
                    const std::array<std::string_view, 4> &texts, int minBucketRows)
{
    const std::optional<RowSums> row = RowSums::of(counts, cost);
    if (!row)
        return false;
    const bool newModel = m_models.empty() || std::string_view(m_models.back().first) != texts[0];
    if (newModel)
        m_models.emplace_back(std::string(texts[0]), DailySums{});
    if (!addEach(&m_models.back().second, row->daily()))
        return false;
    if (m_buckets.empty() || (newModel && m_buckets.back().rows >= minBucketRows))
        m_buckets.emplace_back();
    m_buckets.back().add(row->values, cost, texts);
    return m_groups.add(texts[1], texts[2], row->group());
}

bool DayRollup::read(sqlite3 *db, sqlite3_stmt *rows, int minBucketRows, const QString &day, QString *error)
{
    clear();
    // Texts are views of SQLite's row until the next step: what is kept is copied.
    int rc;
    while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
        std::array<qint64, 6> counts;
        for (int k = 0; k < 6; ++k)
            counts[size_t(k)] = sqlite3_column_int64(rows, 3 + k);
        const std::optional<qint64> cost = sqlite3_column_type(rows, 9) == SQLITE_NULL
                                               ? std::nullopt
                                               : std::optional<qint64>(sqlite3_column_int64(rows, 9));
        if (!add(counts, cost,
                 {sql::columnText(rows, 0), sql::columnText(rows, 1), sql::columnText(rows, 2),
                  sql::columnText(rows, 10)},
                 minBucketRows)) {
            *error = sumsTooLarge(day);
            return false;
        }
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

}   // namespace tl
