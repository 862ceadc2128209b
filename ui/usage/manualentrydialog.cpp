#include "manualentrydialog.h"

#include "common/dates.h"
#include "common/fieldhint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tl {

namespace {

QString describe(const ManualEntry::History &h)
{
    // "4, $40.00": a count and a sum, no plural to get wrong.
    return ManualEntryDialog::tr("%1, %2").arg(QLocale().toString(qlonglong(h.charges)), h.total.toDisplayString());
}

}   // namespace

QString manualAmountProblem(const QString &text, const QLocale &locale)
{
    // The same reading as budgets: the user's locale, and nothing that could mean two things.
    const Money::ParseResult amount = Money::parseLocalized(text, locale);
    if (!amount.value || amount.inexact)
        return ManualEntryDialog::tr("Type an amount in US dollars, like 95 or %1.")
            .arg(Money::fromNanos(19'990'000'000).toDisplayString(locale).remove(QLatin1Char('$')).trimmed());
    if (amount.value->nanos() <= 0)
        return ManualEntryDialog::tr("The amount must be more than zero.");
    return {};
}

ManualEntryDialog::ManualEntryDialog(const ManualEntry &entry, QDate today, bool ending, QWidget *parent)
    : QDialog(parent)
    , m_before(entry)
    , m_today(today)
    , m_label(new QLineEdit(entry.label, this))
    , m_amount(new QLineEdit(this))
    , m_recurrence(new QComboBox(this))
    , m_start(new QDateEdit(entry.start, this))
    , m_ends(new QCheckBox(tr("Ends on"), this))
    , m_end(new QDateEdit(entry.end.value_or(today), this))
    , m_fromNext(new QRadioButton(this))
    , m_correct(new QRadioButton(this))
    , m_history(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("manualEntryDialog"));
    setWindowTitle(ending ? tr("End “%1”").arg(entry.label) : tr("Edit “%1”").arg(entry.label));
    m_label->setObjectName(QStringLiteral("manualEditLabelLineEdit"));
    m_amount->setObjectName(QStringLiteral("manualEditAmountLineEdit"));
    m_amount->setText(entry.amount.toEditString(m_amount->locale()));
    m_recurrence->setObjectName(QStringLiteral("manualEditRecurrenceComboBox"));
    m_recurrence->addItem(tr("every month"), ManualEntry::recurrenceName(ManualEntry::Recurrence::Monthly));
    m_recurrence->addItem(tr("once"), ManualEntry::recurrenceName(ManualEntry::Recurrence::Once));
    m_recurrence->setCurrentIndex(entry.recurrence == ManualEntry::Recurrence::Monthly ? 0 : 1);
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_start->setObjectName(QStringLiteral("manualEditStartDateEdit"));
    m_end->setObjectName(QStringLiteral("manualEditEndDateEdit"));
    m_ends->setObjectName(QStringLiteral("manualEditEndsCheckBox"));
    m_ends->setToolTip(tr("The last day it applies: no charge after it; the charges before it stay."));
    m_ends->setChecked(entry.end.has_value() || ending);
    m_fromNext->setObjectName(QStringLiteral("manualEditFromNextRadioButton"));
    m_correct->setObjectName(QStringLiteral("manualEditCorrectRadioButton"));
    m_fromNext->setChecked(true);
    m_history->setObjectName(QStringLiteral("manualEditHistoryLabel"));
    m_history->setWordWrap(true);
    m_labelHint = new FieldHint(m_label, this);
    m_amountHint = new FieldHint(m_amount, this);

    auto *end = new QHBoxLayout;
    end->addWidget(m_ends);
    end->addWidget(m_end);
    end->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("What"), FieldHint::stacked(m_label, m_labelHint));
    form->addRow(tr("Amount (USD)"), FieldHint::stacked(m_amount, m_amountHint));
    form->addRow(tr("Charged"), m_recurrence);
    form->addRow(tr("From"), m_start);
    form->addRow(QString(), end);
    // Offered only for a new monthly amount with charges made so far (see validate()).
    m_scopeBox = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    scopeLayout->setContentsMargins(0, 4, 0, 0);
    scopeLayout->addWidget(new QLabel(tr("The new amount applies:"), m_scopeBox));
    scopeLayout->addWidget(m_fromNext);
    scopeLayout->addWidget(m_correct);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scopeBox);
    layout->addWidget(m_history);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_labelHint->reveal();
        m_amountHint->reveal();
        if (validationError().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_label, m_amount})
        connect(edit, &QLineEdit::textChanged, this, &ManualEntryDialog::validate);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &ManualEntryDialog::validate);
    for (QDateEdit *date : {m_start, m_end})
        connect(date, &QDateEdit::dateChanged, this, &ManualEntryDialog::validate);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_ends, m_fromNext, m_correct})
        connect(button, &QAbstractButton::toggled, this, &ManualEntryDialog::validate);
    validate();
    if (ending)
        m_end->setFocus();
    setMinimumWidth(520);
}

ManualEntry ManualEntryDialog::entry() const
{
    ManualEntry e = m_before;
    e.label = m_label->text().trimmed();
    e.amount = Money::parseLocalized(m_amount->text(), m_amount->locale()).value.value_or(m_before.amount);
    e.recurrence = ManualEntry::recurrenceFromName(m_recurrence->currentData().toString())
                       .value_or(ManualEntry::Recurrence::Monthly);
    e.start = m_start->date();
    e.end = e.recurrence == ManualEntry::Recurrence::Monthly && m_ends->isChecked() ? std::optional(m_end->date())
                                                                                    : std::nullopt;
    return e;
}

ManualEntryRepository::EditScope ManualEntryDialog::scope() const
{
    return m_correct->isChecked() ? ManualEntryRepository::EditScope::AllCharges
                                  : ManualEntryRepository::EditScope::FromNextCharge;
}

QString ManualEntryDialog::validationError() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Say what it is.");
    if (const QString problem = manualAmountProblem(m_amount->text(), m_amount->locale()); !problem.isEmpty())
        return problem;
    const ManualEntry e = entry();
    if (e.end && *e.end < e.start)
        return tr("It cannot end before it starts (%1).").arg(isoDay(e.start));
    return {};
}

bool ManualEntryDialog::splits() const
{
    const ManualEntry e = entry();
    // The same rule as ManualEntryRepository::update().
    return scope() == ManualEntryRepository::EditScope::FromNextCharge &&
           m_before.recurrence == ManualEntry::Recurrence::Monthly &&
           e.recurrence == ManualEntry::Recurrence::Monthly && e.start == m_before.start &&
           e.amount != m_before.amount && !m_before.chargeDays(m_today).isEmpty();
}

QString ManualEntryDialog::historyText() const
{
    const ManualEntry after = entry();
    const ManualEntry::History before = m_before.history(m_today);
    const std::optional<QDate> next = after.nextChargeDay(m_today);
    QString text;
    if (splits()) {
        text = tr("The charges so far (%1) stay as they were.").arg(describe(before));
    } else {
        const ManualEntry::History now = after.history(m_today);
        if (before.charges == 0 && now.charges == 0)
            text = tr("Nothing has been charged yet.");
        else if (now.charges == before.charges && now.total == before.total)
            text = tr("The charges so far (%1) stay as they are.").arg(describe(before));
        else
            text = tr("This changes the charges so far: %1 → %2.").arg(describe(before), describe(now));
    }
    if (next)
        text += QLatin1Char(' ') + tr("Next charge: %1 on %2.").arg(after.amount.toDisplayString(), isoDay(*next));
    else if (after.end)
        text += QLatin1Char(' ') + tr("No charge after %1.").arg(isoDay(*after.end));
    return text;
}

void ManualEntryDialog::validate()
{
    m_labelHint->setProblem(m_label->text().trimmed().isEmpty() ? tr("Say what it is.") : QString());
    m_amountHint->setProblem(manualAmountProblem(m_amount->text(), m_amount->locale()));
    const bool monthly = m_recurrence->currentIndex() == 0;
    m_ends->setEnabled(monthly);
    m_end->setEnabled(monthly && m_ends->isChecked());
    m_end->setMinimumDate(m_start->date());
    // The choice is offered only where it matters: a new monthly amount with charges made so far.
    const ManualEntry e = entry();
    const bool choice = m_before.recurrence == ManualEntry::Recurrence::Monthly && monthly &&
                        e.start == m_before.start && e.amount != m_before.amount &&
                        !m_before.chargeDays(m_today).isEmpty();
    const std::optional<QDate> next = e.nextChargeDay(m_today);
    m_fromNext->setText(next ? tr("from the next charge on (%1): the charges so far stay").arg(isoDay(*next))
                             : tr("to no charge (none follows): the charges so far stay"));
    m_correct->setText(tr("to the charges so far too (a correction)"));
    m_scopeBox->setVisible(choice);
    const QString error = validationError();
    const bool fieldProblem = !m_labelHint->problem().isEmpty() || !m_amountHint->problem().isEmpty();
    m_history->setText(error.isEmpty() ? historyText() : fieldProblem ? QString() : error);
    m_history->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
}

}   // namespace tl
