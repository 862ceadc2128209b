#pragma once

#include "analytics/period.h"

#include <QDialog>
#include <QWidget>

class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace tl {

class Clock;

// The period control the dashboard leads and the other pages follow: ‹ previous, the period (a menu
// of this month, last month, the last 7/30/90 days, this quarter, this year, a month picker and a
// custom range), next ›, and "This month". Never moves past today.
class PeriodBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodBar)

public:
    explicit PeriodBar(const Clock *clock, QWidget *parent = nullptr);

    Period period() const { return m_period; }
    // Shows `period` without telling anyone (the owner set it).
    void setPeriod(const Period &period);
    // Picks `period` as the user would: shows it and emits periodChanged when it is new.
    void choose(const Period &period);

    QMenu *menu() const { return m_menu; }
    // What a person reads for a period: "November 2026", "Q3 2026", "2026", "Last 30 days", "3 Jan – 14 Feb 2026".
    static QString label(const Period &period);
    // The days it covers: "1 – 30 Nov 2026", "3 Jan – 14 Feb 2026", "17 Oct 2025 – 14 Jan 2026".
    static QString span(const Period &period);

signals:
    void periodChanged(const tl::Period &period);

private:
    void present();
    void openMonthPicker();
    void openRangePicker();

    const Clock *m_clock = nullptr;
    Period m_period;
    QToolButton *m_previous = nullptr;
    QToolButton *m_label = nullptr;
    QToolButton *m_next = nullptr;
    QPushButton *m_thisMonth = nullptr;
    QMenu *m_menu = nullptr;
};

// A year and its twelve months as buttons; a click picks the month. Months after `latest` are off.
class MonthPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthPickerDialog)

public:
    MonthPickerDialog(QDate current, QDate latest, QWidget *parent = nullptr);
    QDate chosenMonth() const { return m_chosen; }
    void pick(int year, int month);   // as a click on that month does

private:
    void present();

    QDate m_latest;
    QDate m_chosen;
    QSpinBox *m_year = nullptr;
    QList<QPushButton *> m_months;
};

// Two days, each with a calendar: a custom range.
class RangePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangePickerDialog)

public:
    RangePickerDialog(const Period &current, QDate latest, QWidget *parent = nullptr);
    std::optional<Period> chosen() const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

}   // namespace tl
