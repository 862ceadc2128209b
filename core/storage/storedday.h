#pragma once

#include "dayrollup.h"
#include "records/records.h"

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
    void clear();
    bool isEmpty() const { return m_rows.empty(); }

    enum class Match
    {
        Unchanged,   // stored with the same values
        Revised,     // stored with other values
        Unknown,     // not stored, or asked about before: a key repeated in a batch goes through the upsert, in order
    };
    // What `r` (of the loaded day) is to the stored rows; a key is Unchanged or Revised only the
    // first time it is asked about. A Revised row remembers `at`, the record's place in its batch.
    Match match(const UsageRecord &r, qsizetype at);

    // The loaded day's rollups as they are once every Revised row holds its record's values (of
    // `batch`), without reading the day again: a re-sync read each revised day twice, here and for
    // its rollups (DetailRollups), about two fifths of its time (issue 15). Only for a day all of
    // whose stored rows were read (so its rows in key order); false when a stored row has a cost
    // status of another name or a sum does not fit (the caller reads the day instead).
    bool rollup(const QList<UsageRecord> &batch, int minBucketRows, DayRollup *out) const;

private:
    struct Stored
    {
        size_t keyOffset = 0;   // the length-prefixed model, project, key, tier and source in m_keys
        size_t keySize = 0;
        std::array<qint64, 6> counts{};
        std::optional<qint64> cost;
        int status = -1;   // the CostStatus whose stored name it is; -1 for another text
        bool seen = false;
        qsizetype revisedBy = -1;   // the batch's record that revises it
    };
    std::string_view keyAt(const Stored &row) const
    {
        return std::string_view(m_keys).substr(row.keyOffset, row.keySize);
    }
    void keyOf(const UsageRecord &r);
    // The stored row of the key in m_key, or null.
    Stored *find();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_read = nullptr;
    // The day's rows in key order, their keys packed in one buffer: a day is read with no
    // allocation per row once the buffers have grown.
    std::vector<Stored> m_rows;
    std::string m_keys;
    size_t m_next = 0;   // records usually come in the stored order: the row after the last found
    std::unordered_map<std::string_view, size_t> m_index;   // built on the first record out of order
    std::string m_key;
};

}   // namespace tl
