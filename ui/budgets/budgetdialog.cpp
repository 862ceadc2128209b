#include "budgetdialog.h"

#include "common/fieldhint.h"
#include "providers/providercatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl {

BudgetDialog::BudgetDialog(const QList<std::pair<qint64, QString>> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_name(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_scopeValue(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_thresholds(new QLineEdit(QStringLiteral("50, 80, 100"), this))
    , m_enabled(new QCheckBox(tr("Watch this budget"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Budget"));
    setObjectName(QStringLiteral("budgetDialog"));
    m_name->setObjectName(QStringLiteral("budgetNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Team total"));
    m_scope->setObjectName(QStringLiteral("budgetScopeComboBox"));
    m_scope->addItem(tr("Everything"), Budget::scopeName(Budget::Scope::All));
    m_scope->addItem(tr("One provider"), Budget::scopeName(Budget::Scope::Provider));
    m_scope->addItem(tr("One account"), Budget::scopeName(Budget::Scope::Account));
    m_scopeValue->setObjectName(QStringLiteral("budgetScopeValueComboBox"));
    m_amount->setObjectName(QStringLiteral("budgetAmountLineEdit"));
    m_amount->setPlaceholderText(
        tr("e.g. 500 or %1").arg(Money::fromNanos(1'250'500'000'000).toEditString(m_amount->locale())));
    m_thresholds->setObjectName(QStringLiteral("budgetThresholdsLineEdit"));
    m_thresholds->setToolTip(tr("Percentages of the budget at which TokenLedger alerts you, separated by commas."));
    m_enabled->setObjectName(QStringLiteral("budgetEnabledCheckBox"));
    m_enabled->setChecked(true);
    m_nameHint = new FieldHint(m_name, this);
    m_amountHint = new FieldHint(m_amount, this);
    m_thresholdsHint = new FieldHint(m_thresholds, this);
    m_error->setObjectName(QStringLiteral("budgetErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), FieldHint::stacked(m_name, m_nameHint));
    form->addRow(tr("Covers"), m_scope);
    form->addRow(QString(), m_scopeValue);
    form->addRow(tr("Monthly amount (USD)"), FieldHint::stacked(m_amount, m_amountHint));
    form->addRow(tr("Alert at (% of the amount)"), FieldHint::stacked(m_thresholds, m_thresholdsHint));
    form->addRow(QString(), m_enabled);
    auto *note = new QLabel(tr("Months are calendar months in UTC, the days providers report in. Spend counts what "
                               "providers billed where they bill, and estimates elsewhere."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Save stays enabled: pressing it shows what is missing next to each field, then saves once
    // nothing is.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        for (FieldHint *hint : {m_nameHint, m_amountHint, m_thresholdsHint})
            hint->reveal();
        if (validationError().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillScopeValues();
        validate();
    });
    for (QLineEdit *edit : {m_name, m_amount, m_thresholds})
        connect(edit, &QLineEdit::textChanged, this, &BudgetDialog::validate);
    fillScopeValues();
    validate();
    setMinimumWidth(440);
}

void BudgetDialog::fillScopeValues()
{
    m_scopeValue->clear();
    const auto scope = Budget::scopeFromName(m_scope->currentData().toString()).value_or(Budget::Scope::All);
    m_scopeValue->setVisible(scope != Budget::Scope::All);
    if (scope == Budget::Scope::Provider) {
        for (const ProviderInfo &p : knownProviders())
            m_scopeValue->addItem(p.displayName, p.id);
    } else if (scope == Budget::Scope::Account) {
        for (const auto &[id, label] : m_accounts)
            m_scopeValue->addItem(label, QString::number(id));
    }
}

void BudgetDialog::setBudget(const Budget &budget)
{
    m_id = budget.id;
    m_name->setText(budget.name);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(Budget::scopeName(budget.scope))));
    fillScopeValues();
    m_scopeValue->setCurrentIndex(std::max(0, m_scopeValue->findData(budget.scopeValue)));
    m_amount->setText(budget.amount.toEditString(m_amount->locale()));
    m_thresholds->setText(budget.thresholdsText().replace(QLatin1Char(','), QStringLiteral(", ")));
    m_enabled->setChecked(budget.enabled);
    validate();
}

Budget BudgetDialog::budget() const
{
    Budget b;
    b.id = m_id;
    b.name = m_name->text().trimmed();
    b.scope = Budget::scopeFromName(m_scope->currentData().toString()).value_or(Budget::Scope::All);
    b.scopeValue = b.scope == Budget::Scope::All ? QString() : m_scopeValue->currentData().toString();
    b.amount = Money::parseLocalized(m_amount->text(), m_amount->locale()).value.value_or(Money());
    b.thresholds = Budget::parseThresholds(m_thresholds->text()).value_or(QList<int>{50, 80, 100});
    b.enabled = m_enabled->isChecked();
    return b;
}

QString BudgetDialog::validationError() const
{
    for (const QString &problem : {nameProblem(), scopeProblem(), amountProblem(), thresholdsProblem()}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString BudgetDialog::nameProblem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Give the budget a name.") : QString();
}

QString BudgetDialog::scopeProblem() const
{
    const auto scope = Budget::scopeFromName(m_scope->currentData().toString()).value_or(Budget::Scope::All);
    if (scope != Budget::Scope::All && m_scopeValue->currentData().toString().isEmpty())
        return tr("Choose what the budget covers.");
    return {};
}

QString BudgetDialog::amountProblem() const
{
    // Read in the user's locale, the same way as manual entries: de "5,50" is $5.50, en "5,50" is
    // refused rather than guessed at.
    const QLocale locale = m_amount->locale();
    const Money::ParseResult amount = Money::parseLocalized(m_amount->text(), locale);
    if (!amount.value || amount.inexact)
        return tr("Type an amount in US dollars, like 500 or %1.")
            .arg(Money::fromNanos(1'250'500'000'000).toDisplayString(locale).remove(QLatin1Char('$')).trimmed());
    if (amount.value->nanos() <= 0)
        return tr("The amount must be more than zero.");
    return {};
}

QString BudgetDialog::thresholdsProblem() const
{
    return Budget::parseThresholds(m_thresholds->text())
               ? QString()
               : tr("Thresholds are whole percentages from 1 to 1000, separated by commas.");
}

void BudgetDialog::validate()
{
    m_nameHint->setProblem(nameProblem());
    m_amountHint->setProblem(amountProblem());
    m_thresholdsHint->setProblem(thresholdsProblem());
    m_error->setText(scopeProblem());
}

}   // namespace tl
