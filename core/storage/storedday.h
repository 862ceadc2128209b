#pragma once

#include "records/records.h"

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace tl {

// The usage rows one account already has on one day, read once, so a re-sync's upsert can leave
// out the records that would change nothing. A provider answers a window again on every sync
// with most of its buckets as they were (the re-sync benchmark: nine in ten); each still cost the
// whole upsert — its CHECKs, a search of the key and a comparison of its values — about as much
// as writing a new row. A range read of the day and a comparison here cost a fraction of that.
// Only a shortcut: a record found different, absent or repeated goes through the upsert as before.
class StoredDay final
{
public:
    StoredDay() = default;
    ~StoredDay();
    Q_DISABLE_COPY_MOVE(StoredDay)

    // Reads the rows of (account, 'YYYY-MM-DD' day); false on an error (*error set). A day of more
    // than maxRows rows is left unread (nothing kept: reading a large day to match a few records
    // would cost more than it saves).
    bool load(sqlite3 *db, qint64 accountId, const QString &day, qsizetype maxRows, QString *error);
    void clear() { m_rows.clear(); }
    bool isEmpty() const { return m_rows.empty(); }

    // True when `r` (of the loaded day) is stored with the same values and was not asked about
    // before (a key repeated in a batch goes through the upsert, in order).
    bool unchanged(const UsageRecord &r);

private:
    struct Values
    {
        std::array<qint64, 6> counts{};
        std::optional<qint64> cost;
        std::string status;
        bool seen = false;
    };
    void keyOf(const UsageRecord &r);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_read = nullptr;
    std::unordered_map<std::string, Values> m_rows;   // by length-prefixed model, project, key, tier, source
    std::string m_key;
    std::string m_status;
};

}   // namespace tl
