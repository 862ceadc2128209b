#include "newdaysums.h"

namespace tl {

NewDaySums::NewDaySums(QSqlDatabase db)
    : m_db(std::move(db))
{}

NewDaySums::~NewDaySums() = default;

void NewDaySums::start(const Key &key, QDate day)
{
    if (m_days.contains(key))
        return;
    std::unique_ptr<NewDayRollup> sums;
    if (m_spare.empty()) {
        sums = std::make_unique<NewDayRollup>(key.first, day);
    } else {
        sums = std::move(m_spare.back());
        m_spare.pop_back();
        sums->restart(key.first, day);
    }
    m_days.emplace(key, std::move(sums));
}

NewDayRollup *NewDaySums::find(const Key &key)
{
    const auto it = m_days.find(key);
    return it == m_days.end() ? nullptr : it->second.get();
}

bool NewDaySums::drop(const Key &key, QString *error)
{
    const auto it = m_days.find(key);
    if (it == m_days.end())
        return true;
    if (!writer().writeNames(*it->second, error)) {
        clear();
        return false;
    }
    release(it);
    return true;
}

NewDayWriter &NewDaySums::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<NewDayWriter>(m_db);
    return *m_writer;
}

void NewDaySums::clear()
{
    if (m_writer)
        m_writer->forget();
    for (auto it = m_days.begin(); it != m_days.end();)
        it = release(it);
}

std::map<NewDaySums::Key, std::unique_ptr<NewDayRollup>>::iterator
NewDaySums::release(std::map<Key, std::unique_ptr<NewDayRollup>>::iterator it)
{
    m_spare.push_back(std::move(it->second));
    return m_days.erase(it);
}

bool NewDaySums::write(QSet<Key> *touched, QString *error)
{
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (!touched->remove(it->first)) {
            ++it;
            continue;
        }
        if (!writer().writeRollups(*it->second, error)) {
            clear();
            return false;
        }
        it = release(it);
    }
    return true;
}

bool NewDaySums::flush(QString *error)
{
    return !m_writer || m_writer->flush(error);
}

}   // namespace tl
