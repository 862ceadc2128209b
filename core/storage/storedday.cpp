#include "storedday.h"

#include "newdaywriter.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace tl {

namespace {

// Appends one part of a key, length-prefixed, so no two keys run together alike.
void appendPart(std::string *key, const char *text, size_t size)
{
    const quint32 length = quint32(size);
    key->append(reinterpret_cast<const char *>(&length), sizeof length);
    key->append(text, size);
}

// appendPart() of the text's UTF-8 bytes. Keys are almost always ASCII: those are narrowed straight
// into the key, not a character at a time through push_back (a re-sync's key building was 6 % of
// its instructions).
void appendUtf8Part(std::string *key, const QString &text)
{
    const size_t size = size_t(text.size());
    const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    const size_t start = key->size();
    const quint32 length = quint32(size);
    key->append(reinterpret_cast<const char *>(&length), sizeof length);
    key->resize(start + sizeof length + size);
    char *out = key->data() + start + sizeof length;
    char16_t any = 0;
    for (size_t i = 0; i < size; ++i) {
        any |= in[i];
        out[i] = char(in[i]);
    }
    if (any < 0x80)
        return;
    key->resize(start);   // not ASCII after all: its UTF-8 bytes instead
    const QByteArray utf8 = text.toUtf8();
    appendPart(key, utf8.constData(), size_t(utf8.size()));
}

// The CostStatus (as an int) whose stored name (costStatusName) `text` is, or -1.
int statusOf(std::string_view text)
{
    static const std::array<std::string, 3> names = {costStatusName(CostStatus::Estimated).toStdString(),
                                                     costStatusName(CostStatus::Reported).toStdString(),
                                                     costStatusName(CostStatus::Unpriced).toStdString()};
    static constexpr std::array<CostStatus, 3> statuses = {CostStatus::Estimated, CostStatus::Reported,
                                                           CostStatus::Unpriced};
    for (size_t i = 0; i < names.size(); ++i) {
        if (text == names[i])
            return int(statuses[i]);
    }
    return -1;
}

}   // namespace

StoredDay::~StoredDay()
{
    sqlite3_finalize(m_read);
}

bool StoredDay::load(sqlite3 *db, qint64 accountId, const QString &day, qsizetype maxRows, QString *error)
{
    clear();
    if (m_db != db) {
        sqlite3_finalize(m_read);
        m_read = nullptr;
        m_db = db;
        const char *sql = "SELECT model, project, api_key_id, service_tier, source, input_tokens, "
                          "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, "
                          "cost_nano, cost_status FROM usage WHERE account_id = ?1 AND day = ?2 "
                          "ORDER BY model, project, api_key_id, service_tier, source";   // (the key's order: no sort)
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_read, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            m_db = nullptr;
            return false;
        }
    }
    const QByteArray dayText = day.toUtf8();
    sqlite3_bind_int64(m_read, 1, accountId);
    sqlite3_bind_text(m_read, 2, dayText.constData(), int(dayText.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(m_read)) == SQLITE_ROW) {
        if (qsizetype(m_rows.size()) >= maxRows) {
            clear();
            sqlite3_reset(m_read);
            return true;
        }
        Stored row;
        row.keyOffset = m_keys.size();
        for (int column = 0; column < 5; ++column) {
            const std::string_view part = sql::columnText(m_read, column);
            appendPart(&m_keys, part.data(), part.size());
        }
        row.keySize = m_keys.size() - row.keyOffset;
        for (int k = 0; k < 6; ++k)
            row.counts[size_t(k)] = sqlite3_column_int64(m_read, 5 + k);
        if (sqlite3_column_type(m_read, 11) != SQLITE_NULL)
            row.cost = sqlite3_column_int64(m_read, 11);
        row.status = statusOf(sql::columnText(m_read, 12));
        m_rows.push_back(row);
    }
    sqlite3_reset(m_read);
    if (rc != SQLITE_DONE) {
        clear();
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void StoredDay::clear()
{
    m_rows.clear();
    m_keys.clear();
    m_index.clear();
    m_next = 0;
}

void StoredDay::keyOf(const UsageRecord &r)
{
    m_key.clear();
    for (const QString *part : {&r.model, &r.project, &r.apiKeyId, &r.serviceTier, &r.source})
        appendUtf8Part(&m_key, *part);
}

StoredDay::Stored *StoredDay::find()
{
    if (m_next < m_rows.size() && keyAt(m_rows[m_next]) == m_key)
        return &m_rows[m_next++];
    if (m_index.empty()) {
        m_index.reserve(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_index.emplace(keyAt(m_rows[i]), i);
    }
    const auto found = m_index.find(m_key);
    if (found == m_index.end())
        return nullptr;
    m_next = found->second + 1;
    return &m_rows[found->second];
}

StoredDay::Match StoredDay::match(const UsageRecord &r, qsizetype at)
{
    if (m_rows.empty())
        return Match::Unknown;
    keyOf(r);
    Stored *stored = find();
    if (!stored || std::exchange(stored->seen, true))
        return Match::Unknown;
    const std::array<qint64, 6> counts = {r.inputTokens,        r.cachedInputTokens, r.cacheWrite5mTokens,
                                          r.cacheWrite1hTokens, r.outputTokens,      r.requests};
    const bool same = counts == stored->counts &&
                      (r.cost ? std::optional<qint64>(r.cost->nanos()) : std::nullopt) == stored->cost &&
                      stored->status == int(r.costStatus);
    if (same)
        return Match::Unchanged;
    stored->revisedBy = at;
    return Match::Revised;
}

bool StoredDay::rollup(const QList<UsageRecord> &batch, int minBucketRows, DayRollup *out) const
{
    out->clear();
    for (const Stored &row : m_rows) {
        // The key's first three parts (model, project, API key), length-prefixed in m_keys.
        std::array<std::string_view, 4> texts;
        std::string_view key = keyAt(row);
        for (size_t part = 0; part < 3; ++part) {
            quint32 length = 0;
            std::memcpy(&length, key.data(), sizeof length);
            texts[part] = key.substr(sizeof length, length);
            key.remove_prefix(sizeof length + length);
        }
        std::array<qint64, 6> counts = row.counts;
        std::optional<qint64> cost = row.cost;
        int status = row.status;
        if (row.revisedBy >= 0) {
            const UsageRecord &r = batch[row.revisedBy];
            counts = {r.inputTokens,        r.cachedInputTokens, r.cacheWrite5mTokens,
                      r.cacheWrite1hTokens, r.outputTokens,      r.requests};
            cost = r.cost ? std::optional<qint64>(r.cost->nanos()) : std::nullopt;
            status = int(r.costStatus);
        }
        if (status < 0)
            return false;
        texts[3] = costStatusUtf8(CostStatus(status));
        if (!out->add(counts, cost, texts, minBucketRows))
            return false;
    }
    return true;
}

}   // namespace tl
