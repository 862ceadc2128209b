#include "storedday.h"

#include <sqlite3.h>

namespace tl {

namespace {

// Appends `text` as UTF-8 (ASCII byte by byte: model names, projects and key ids are in practice).
void appendUtf8(std::string *out, const QString &text)
{
    const qsizetype size = text.size();
    const QChar *in = text.constData();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = in[i].unicode() < 0x80;
    if (ascii) {
        for (qsizetype i = 0; i < size; ++i)
            out->push_back(char(in[i].unicode()));
    } else {
        const QByteArray utf8 = text.toUtf8();
        out->append(utf8.constData(), size_t(utf8.size()));
    }
}

// Length-prefixed, so no two keys run together alike.
void appendPart(std::string *key, const char *text, size_t size)
{
    const quint32 length = quint32(size);
    key->append(reinterpret_cast<const char *>(&length), sizeof length);
    key->append(text, size);
}

// A cost status as stored (costStatusName), converted once.
const std::string &statusUtf8(CostStatus status)
{
    static const std::array<std::string, 3> names = {costStatusName(CostStatus::Estimated).toStdString(),
                                                     costStatusName(CostStatus::Reported).toStdString(),
                                                     costStatusName(CostStatus::Unpriced).toStdString()};
    switch (status) {
    case CostStatus::Estimated:
        return names[0];
    case CostStatus::Reported:
        return names[1];
    case CostStatus::Unpriced:
        break;
    }
    return names[2];
}

}   // namespace

StoredDay::~StoredDay()
{
    sqlite3_finalize(m_read);
}

bool StoredDay::load(sqlite3 *db, qint64 accountId, const QString &day, qsizetype maxRows, QString *error)
{
    m_rows.clear();
    if (m_db != db) {
        sqlite3_finalize(m_read);
        m_read = nullptr;
        m_db = db;
        const char *sql = "SELECT model, project, api_key_id, service_tier, source, input_tokens, "
                          "cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, requests, "
                          "cost_nano, cost_status FROM usage WHERE day = ?2 AND account_id = ?1";
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
            m_rows.clear();
            sqlite3_reset(m_read);
            return true;
        }
        m_key.clear();
        for (int column = 0; column < 5; ++column) {
            appendPart(&m_key, reinterpret_cast<const char *>(sqlite3_column_text(m_read, column)),
                       size_t(sqlite3_column_bytes(m_read, column)));
        }
        Values values;
        for (int k = 0; k < 6; ++k)
            values.counts[size_t(k)] = sqlite3_column_int64(m_read, 5 + k);
        if (sqlite3_column_type(m_read, 11) != SQLITE_NULL)
            values.cost = sqlite3_column_int64(m_read, 11);
        values.status.assign(reinterpret_cast<const char *>(sqlite3_column_text(m_read, 12)),
                             size_t(sqlite3_column_bytes(m_read, 12)));
        m_rows.insert_or_assign(m_key, std::move(values));
    }
    sqlite3_reset(m_read);
    if (rc != SQLITE_DONE) {
        m_rows.clear();
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void StoredDay::keyOf(const UsageRecord &r)
{
    m_key.clear();
    for (const QString *part : {&r.model, &r.project, &r.apiKeyId, &r.serviceTier, &r.source}) {
        m_status.clear();   // (a scratch buffer here)
        appendUtf8(&m_status, *part);
        appendPart(&m_key, m_status.data(), m_status.size());
    }
}

bool StoredDay::unchanged(const UsageRecord &r)
{
    if (m_rows.empty())
        return false;
    keyOf(r);
    const auto found = m_rows.find(m_key);
    if (found == m_rows.end())
        return false;
    Values &stored = found->second;
    if (std::exchange(stored.seen, true))
        return false;
    const std::array<qint64, 6> counts = {r.inputTokens,        r.cachedInputTokens, r.cacheWrite5mTokens,
                                          r.cacheWrite1hTokens, r.outputTokens,      r.requests};
    if (counts != stored.counts || (r.cost ? std::optional<qint64>(r.cost->nanos()) : std::nullopt) != stored.cost)
        return false;
    return statusUtf8(r.costStatus) == stored.status;
}

}   // namespace tl
