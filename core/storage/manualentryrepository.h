#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tl {

// Spend no API reports: a seat licence or subscription billed every month, or a one-off amount.
// Shown in every total and breakdown as "manual".
struct ManualEntry
{
    enum class Recurrence
    {
        Monthly,   // the amount on the start day's day of the month, every month from start to end
        Once,      // the amount on the start day
    };
    qint64 id = 0;
    qint64 accountId = 0;
    QString label;
    Recurrence recurrence = Recurrence::Monthly;
    Money amount;   // USD
    QDate start;
    std::optional<QDate> end;   // monthly: the last day it still applies
    QString note;

    static QString recurrenceName(Recurrence r);
    static std::optional<Recurrence> recurrenceFromName(QStringView name);
    // The UTC days it is charged on, up to `today`.
    QList<QDate> chargeDays(QDate today) const;
    // The first charge after `today`; none when it has ended (or was a one-off already charged).
    std::optional<QDate> nextChargeDay(QDate today) const;
    // What it has charged up to `today`: how many charges, and their total.
    struct History
    {
        qsizetype charges = 0;
        Money total;
    };
    History history(QDate today) const;
};

class ManualEntryRepository final
{
public:
    explicit ManualEntryRepository(QSqlDatabase db);

    qint64 add(const ManualEntry &entry, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    QList<ManualEntry> list(QString *error = nullptr) const;
    std::optional<ManualEntry> find(qint64 id, QString *error = nullptr) const;

    // Which charges an edit changes.
    enum class EditScope
    {
        FromNextCharge,   // the charges made so far stay as they were (a new price, more seats)
        AllCharges,       // every charge, also past ones (a correction)
    };
    // Stores `edited` over the entry with its id. A new monthly amount FromNextCharge, with charges
    // up to `today`, does not rewrite them: the entry keeps its old amount and ends today, and a
    // new entry carries the new amount from the next charge day on. Anything else changes the entry
    // in place. Returns the id of the entry with the new terms (0 on error). Call materialize() next.
    qint64 update(const ManualEntry &edited, QDate today, EditScope scope, QString *error = nullptr);

    // Writes every entry's charges up to `today` as `costs` rows with source 'manual' (replacing
    // the previous ones, in one savepoint), so totals, budgets and reports include them. Runs
    // after each change, at start-up and after each sync (a new month adds its charge).
    bool materialize(QDate today, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

}   // namespace tl
