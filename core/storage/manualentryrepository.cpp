#include "manualentryrepository.h"

#include "common/dates.h"
#include "common/enumnames.h"
#include "costrepository.h"
#include "queryloop.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

// The columns add() and update() both write, in their order: account_id, label, recurrence,
// amount_nano, start_day, end_day, note.
void bindFields(QSqlQuery &q, const ManualEntry &e)
{
    q.addBindValue(e.accountId);
    q.addBindValue(e.label);
    q.addBindValue(ManualEntry::recurrenceName(e.recurrence));
    q.addBindValue(e.amount.nanos());
    q.addBindValue(isoDay(e.start));
    q.addBindValue(e.end ? QVariant(isoDay(*e.end)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(sql::text(e.note));
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sql::describeError(q.lastError());
    return false;
}

ManualEntry entryAt(const QSqlQuery &q)
{
    ManualEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.label = q.value(2).toString();
    e.recurrence = ManualEntry::recurrenceFromName(q.value(3).toString()).value_or(ManualEntry::Recurrence::Once);
    e.amount = Money::fromNanos(q.value(4).toLongLong());
    e.start = parseIsoDay(q.value(5).toString()).value_or(QDate());
    if (!q.value(6).isNull())
        e.end = parseIsoDay(q.value(6).toString());
    e.note = q.value(7).toString();
    return e;
}

}   // namespace

QString ManualEntry::recurrenceName(Recurrence r)
{
    return r == Recurrence::Monthly ? QStringLiteral("monthly") : QStringLiteral("once");
}

std::optional<ManualEntry::Recurrence> ManualEntry::recurrenceFromName(QStringView name)
{
    return enumFromName<Recurrence>(name, {Recurrence::Monthly, Recurrence::Once}, recurrenceName);
}

QList<QDate> ManualEntry::chargeDays(QDate today) const
{
    QList<QDate> days;
    if (!start.isValid() || start > today)
        return days;
    if (recurrence == Recurrence::Once)
        return {start};
    const QDate last = end && *end < today ? *end : today;
    for (QDate month(start.year(), start.month(), 1); month <= last; month = month.addMonths(1)) {
        const QDate day(month.year(), month.month(), std::min(start.day(), month.daysInMonth()));
        if (day >= start && day <= last)
            days.append(day);
    }
    return days;
}

std::optional<QDate> ManualEntry::nextChargeDay(QDate today) const
{
    if (!start.isValid())
        return std::nullopt;
    if (start > today)
        return end && *end < start ? std::nullopt : std::optional<QDate>(start);
    if (recurrence == Recurrence::Once)
        return std::nullopt;
    for (QDate month(today.year(), today.month(), 1);; month = month.addMonths(1)) {
        const QDate day(month.year(), month.month(), std::min(start.day(), month.daysInMonth()));
        if (day > today)
            return end && *end < day ? std::nullopt : std::optional<QDate>(day);
    }
}

ManualEntry::History ManualEntry::history(QDate today) const
{
    History h;
    h.charges = chargeDays(today).size();
    MoneySum total;
    for (qsizetype i = 0; i < h.charges; ++i)
        total.add(amount);
    h.total = total.total();
    return h;
}

ManualEntryRepository::ManualEntryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 ManualEntryRepository::add(const ManualEntry &e, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO manual_entries (account_id, label, recurrence, amount_nano, start_day, "
                             "end_day, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindFields(q, e);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // RETURNING rather than lastInsertId(), which QPSQL does not give (a team database).
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool ManualEntryRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM manual_entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no manual entry %1").arg(id);
        return false;
    }
    return true;
}

QList<ManualEntry> ManualEntryRepository::list(QString *error) const
{
    QList<ManualEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, account_id, label, recurrence, amount_nano, start_day, end_day, note "
                               "FROM manual_entries ORDER BY start_day, id"))) {
        failed(q, error);
        return out;
    }
    while (q.next())
        out.append(entryAt(q));
    // Half a list would drop charges from every total (materialize() rewrites them all).
    if (!sql::readSucceeded(q, error))
        return {};
    return out;
}

std::optional<ManualEntry> ManualEntryRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, account_id, label, recurrence, amount_nano, start_day, end_day, note "
                             "FROM manual_entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next()) {
        if (sql::readSucceeded(q, error) && error)
            *error = QStringLiteral("no manual entry %1").arg(id);
        return std::nullopt;
    }
    return entryAt(q);
}

qint64 ManualEntryRepository::update(const ManualEntry &edited, QDate today, EditScope scope, QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("manual_entry_edit"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return 0;
    }
    const std::optional<ManualEntry> before = find(edited.id, error);
    if (!before)
        return 0;
    ManualEntry inPlace = edited;
    qint64 carrier = edited.id;
    const bool newMonthlyAmount = before->recurrence == ManualEntry::Recurrence::Monthly &&
                                  edited.recurrence == ManualEntry::Recurrence::Monthly &&
                                  edited.start == before->start && edited.amount != before->amount;
    if (scope == EditScope::FromNextCharge && newMonthlyAmount && !before->chargeDays(today).isEmpty()) {
        // The charges so far stay at the old amount: the entry ends today, a new one goes on.
        inPlace.amount = before->amount;
        inPlace.end = edited.end && *edited.end < today ? edited.end : std::optional<QDate>(today);
        if (const std::optional<QDate> next = edited.nextChargeDay(today)) {
            // From the next charge day, which is also its day of the month from then on.
            ManualEntry successor = edited;
            successor.start = *next;
            carrier = add(successor, error);
            if (carrier == 0)
                return 0;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE manual_entries SET account_id = ?, label = ?, recurrence = ?, amount_nano = ?, "
                             "start_day = ?, end_day = ?, note = ? WHERE id = ?"));
    bindFields(q, inPlace);
    q.addBindValue(inPlace.id);
    if (!q.exec()) {
        failed(q, error);
        return 0;
    }
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return 0;
    }
    return carrier;
}

bool ManualEntryRepository::materialize(QDate today, QString *error)
{
    QString listError;
    const QList<ManualEntry> entries = list(&listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return false;
    }
    sql::Savepoint savepoint(m_db, QStringLiteral("manual_entries"));
    if (!savepoint.isActive()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    if (!sql::exec(m_db, QStringLiteral("DELETE FROM costs WHERE source = 'manual'"), error))
        return false;
    QList<CostRecord> rows;
    for (const ManualEntry &e : entries) {
        for (const QDate &day : e.chargeDays(today)) {
            CostRecord c;
            c.accountId = e.accountId;
            c.day = day;
            // The entry's id keeps two entries with the same label apart.
            c.lineItem = QStringLiteral("%1 (manual #%2)").arg(e.label).arg(e.id);
            c.source = QStringLiteral("manual");
            c.amount = e.amount;
            rows.append(c);
        }
    }
    if (!rows.isEmpty()) {
        const UpsertResult r = CostRepository(m_db).upsert(rows);
        if (!r.ok) {
            if (error)
                *error = r.error;
            return false;
        }
    }
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

}   // namespace tl
