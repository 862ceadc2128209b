#pragma once

#include "newdaywriter.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace tl {

// The account-days a write to usage finds without any row (a sync's new days, the benchmark's
// append), summed from the records as they are written instead of read back for their rollups
// (issue 15: the read-back was a tenth of a dense append's writing thread). UsageRepository adds
// the records each INSERT created whole; a day one of whose INSERTs found a key stored after all (a
// record twice in a write) is dropped, and its rollups are recomputed from its rows as any other's.
// The rollups are written by NewDayWriter, as a CSV import's new days are.
class NewDaySums final
{
public:
    using Key = std::pair<qint64, QString>;   // (account id, 'YYYY-MM-DD')

    explicit NewDaySums(QSqlDatabase db);
    ~NewDaySums();
    Q_DISABLE_COPY_MOVE(NewDaySums)

    // `key` holds no usage yet: its records are summed from now on.
    void start(const Key &key, QDate day);
    // The day's sums, or null when it is not summed (stored rows, dropped, or written already).
    NewDayRollup *find(const Key &key);
    // Its rollups come from its rows after all; the projects and keys its records named are
    // recorded now (usage_dims: the upsert leaves a summed record's to the day's rollups). False
    // with *error.
    bool drop(const Key &key, QString *error);
    bool isEmpty() const { return m_days.empty(); }

    // Writes the rollups of the summed days among `touched` and takes them out of it (the rest
    // are the caller's to recompute). False with *error; the caller rolls back.
    bool write(QSet<Key> *touched, QString *error);
    // The month groups still pending; before the transaction commits.
    bool flush(QString *error);
    // Forgets every day (a write failed: its transaction is rolled back).
    void clear();

private:
    // Done with a day: its sums are kept for the next day's (NewDayRollup::restart).
    std::map<Key, std::unique_ptr<NewDayRollup>>::iterator
    release(std::map<Key, std::unique_ptr<NewDayRollup>>::iterator it);

    NewDayWriter &writer();

    QSqlDatabase m_db;
    std::map<Key, std::unique_ptr<NewDayRollup>> m_days;
    std::vector<std::unique_ptr<NewDayRollup>> m_spare;
    std::unique_ptr<NewDayWriter> m_writer;   // made for the first day written
};

}   // namespace tl
