#include "periodbar.h"

#include "common/clock.h"
#include "common/dates.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl {

PeriodBar::PeriodBar(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_period(Period::month(clock->todayUtc()))
    , m_previous(new QToolButton(this))
    , m_label(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_thisMonth(new QPushButton(tr("This month"), this))
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("periodBar"));
    m_previous->setObjectName(QStringLiteral("periodPreviousButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period"));
    m_next->setObjectName(QStringLiteral("periodNextButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period"));
    m_label->setObjectName(QStringLiteral("periodMenuButton"));
    m_label->setPopupMode(QToolButton::InstantPopup);
    m_label->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_label->setMenu(m_menu);
    QFont bold = m_label->font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_label->setFont(bold);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("September 2026")) + 32);
    m_thisMonth->setObjectName(QStringLiteral("periodThisMonthButton"));

    const auto add = [this](const QString &text, const QString &name, auto make) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, make] { choose(make(m_clock->todayUtc())); });
    };
    add(tr("This month"), QStringLiteral("periodThisMonthAction"), [](QDate t) { return Period::month(t); });
    add(tr("Last month"), QStringLiteral("periodLastMonthAction"),
        [](QDate t) { return Period::month(t.addMonths(-1)); });
    m_menu->addSeparator();
    add(tr("Last 7 days"), QStringLiteral("periodLast7Action"), [](QDate t) { return Period::last(7, t); });
    add(tr("Last 30 days"), QStringLiteral("periodLast30Action"), [](QDate t) { return Period::last(30, t); });
    add(tr("Last 90 days"), QStringLiteral("periodLast90Action"), [](QDate t) { return Period::last(90, t); });
    m_menu->addSeparator();
    add(tr("This quarter"), QStringLiteral("periodQuarterAction"), [](QDate t) { return Period::quarter(t); });
    add(tr("This year"), QStringLiteral("periodYearAction"), [](QDate t) { return Period::year(t); });
    m_menu->addSeparator();
    QAction *month = m_menu->addAction(tr("Choose a month…"));
    month->setObjectName(QStringLiteral("periodChooseMonthAction"));
    connect(month, &QAction::triggered, this, &PeriodBar::openMonthPicker);
    QAction *range = m_menu->addAction(tr("Custom range…"));
    range->setObjectName(QStringLiteral("periodCustomRangeAction"));
    connect(range, &QAction::triggered, this, &PeriodBar::openRangePicker);

    connect(m_previous, &QToolButton::clicked, this, [this] { choose(m_period.previous()); });
    connect(m_next, &QToolButton::clicked, this, [this] { choose(m_period.next()); });
    connect(m_thisMonth, &QPushButton::clicked, this, [this] { choose(Period::month(m_clock->todayUtc())); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_thisMonth);
    present();
}

void PeriodBar::setPeriod(const Period &period)
{
    if (!period.isValid())
        return;
    m_period = period;
    present();
}

void PeriodBar::choose(const Period &period)
{
    if (!period.isValid() || period.isFuture(m_clock->todayUtc()))
        return;
    const bool changed = period != m_period;
    setPeriod(period);
    if (changed)
        emit periodChanged(m_period);
}

void PeriodBar::present()
{
    const QDate today = m_clock->todayUtc();
    m_label->setText(label(m_period));
    m_label->setToolTip(tr("%1 (UTC days)").arg(span(m_period)));
    m_next->setEnabled(!m_period.next().isFuture(today));
    m_thisMonth->setEnabled(m_period != Period::month(today));
}

QString PeriodBar::label(const Period &period)
{
    switch (period.kind) {
    case Period::Kind::Month:
        return monthText(period.from, QLocale());
    case Period::Kind::LastDays:
        return tr("Last %n day(s)", nullptr, period.lastDays);
    case Period::Kind::Quarter:
        return tr("Q%1 %2").arg((period.from.month() - 1) / 3 + 1).arg(period.from.year());
    case Period::Kind::Year:
        return QString::number(period.from.year());
    case Period::Kind::Custom:
        break;
    }
    return span(period);
}

QString PeriodBar::span(const Period &period)
{
    const QLocale locale;
    const QString to = locale.toString(period.to, dayPattern(locale));
    if (period.from == period.to)
        return to;
    const bool sameYear = period.from.year() == period.to.year();
    if (yearFirst(locale)) {
        // "2026년 11월 1일 – 11월 30일": the year once, first.
        return tr("%1 – %2").arg(locale.toString(period.from, dayPattern(locale)),
                                 sameYear ? locale.toString(period.to, dayPattern(locale, false)) : to);
    }
    // "1 – 30 Nov 2026", "3 Jan – 14 Feb 2026", "17 Oct 2025 – 14 Jan 2026"
    const QString from = !sameYear ? locale.toString(period.from, dayPattern(locale))
                         : period.from.month() != period.to.month()
                             ? locale.toString(period.from, dayPattern(locale, false))
                             : QString::number(period.from.day());
    return tr("%1 – %2").arg(from, to);
}

void PeriodBar::openMonthPicker()
{
    auto *dialog = new MonthPickerDialog(m_period.to, m_clock->todayUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { choose(Period::month(dialog->chosenMonth())); });
    dialog->open();
}

void PeriodBar::openRangePicker()
{
    auto *dialog = new RangePickerDialog(m_period, m_clock->todayUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto p = dialog->chosen())
            choose(*p);
    });
    dialog->open();
}

MonthPickerDialog::MonthPickerDialog(QDate current, QDate latest, QWidget *parent)
    : QDialog(parent)
    , m_latest(latest)
    , m_year(new QSpinBox(this))
{
    setObjectName(QStringLiteral("monthPickerDialog"));
    setWindowTitle(tr("Choose a month"));
    m_year->setObjectName(QStringLiteral("monthPickerYearSpinBox"));
    m_year->setRange(2000, latest.year());
    m_year->setValue(std::clamp(current.year(), 2000, latest.year()));
    auto *grid = new QGridLayout;
    for (int m = 1; m <= 12; ++m) {
        auto *button = new QPushButton(QLocale().standaloneMonthName(m, QLocale::ShortFormat), this);
        button->setObjectName(QStringLiteral("monthPickerMonth%1Button").arg(m));
        button->setCheckable(true);
        button->setChecked(m == current.month() && current.year() == m_year->value());
        connect(button, &QPushButton::clicked, this, [this, m] { pick(m_year->value(), m); });
        grid->addWidget(button, (m - 1) / 4, (m - 1) % 4);
        m_months.append(button);
    }
    connect(m_year, &QSpinBox::valueChanged, this, &MonthPickerDialog::present);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    present();
}

void MonthPickerDialog::present()
{
    for (int m = 1; m <= 12; ++m)
        m_months.at(m - 1)->setEnabled(QDate(m_year->value(), m, 1) <= m_latest);
}

void MonthPickerDialog::pick(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || first > m_latest)
        return;
    m_chosen = first;
    accept();
}

RangePickerDialog::RangePickerDialog(const Period &current, QDate latest, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDateEdit(current.from, this))
    , m_to(new QDateEdit(std::min(current.to, latest), this))
{
    setObjectName(QStringLiteral("rangePickerDialog"));
    setWindowTitle(tr("Custom range"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(latest);
    }
    m_from->setObjectName(QStringLiteral("rangeFromDateEdit"));
    m_to->setObjectName(QStringLiteral("rangeToDateEdit"));
    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("From"), this), 0, 0);
    form->addWidget(m_from, 0, 1);
    form->addWidget(new QLabel(tr("to"), this), 0, 2);
    form->addWidget(m_to, 0, 3);
    auto *note = new QLabel(tr("Both days are included; days are UTC days, as providers report them."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

std::optional<Period> RangePickerDialog::chosen() const
{
    return Period::custom(m_from->date(), m_to->date());
}

}   // namespace tl
