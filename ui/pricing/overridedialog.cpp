#include "overridedialog.h"

#include "common/dates.h"
#include "providers/providercatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl {

namespace {

// Overrides "from the beginning" are stored from this day: before any LLM API billed anyone.
const QDate AllHistory(2000, 1, 1);

QLineEdit *priceEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumWidth(140);
    return edit;
}

// nullopt for an empty field; *ok false for text that is not a non-negative decimal.
std::optional<TieredPrice> priceFrom(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // In the user's locale, like every amount typed in the window (de "2,50").
    const auto parsed = Money::parseLocalized(text, edit->locale());
    // Finer than a nano-dollar would be rounded (to $0 for the smallest): refused like bad text.
    if (!parsed.value || parsed.value->isNegative() || parsed.inexact) {
        *ok = false;
        return std::nullopt;
    }
    return TieredPrice{*parsed.value, {}};
}

void setPrice(QLineEdit *edit, const std::optional<TieredPrice> &price)
{
    edit->setText(price ? price->base.toEditString(edit->locale()) : QString());
}

}   // namespace

OverrideDialog::OverrideDialog(QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_allHistory(new QCheckBox(tr("From the beginning (all stored usage)"), this))
    , m_from(new QDateEdit(this))
    , m_input(priceEdit(QStringLiteral("inputPriceLineEdit"),
                        tr("required, e.g. %1").arg(Money::fromNanos(2'500'000'000).toEditString(QLocale())), this))
    , m_cached(priceEdit(QStringLiteral("cachedPriceLineEdit"), tr("optional"), this))
    , m_cacheWrite(priceEdit(QStringLiteral("cacheWritePriceLineEdit"), tr("optional"), this))
    , m_cacheWrite1h(priceEdit(QStringLiteral("cacheWrite1hPriceLineEdit"), tr("optional"), this))
    , m_output(priceEdit(QStringLiteral("outputPriceLineEdit"), tr("required, e.g. 10"), this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Price Override"));
    m_provider->setObjectName(QStringLiteral("overrideProviderComboBox"));
    for (const ProviderInfo &p : knownProviders())
        m_provider->addItem(p.displayName, p.id);
    m_model->setObjectName(QStringLiteral("overrideModelLineEdit"));
    m_model->setPlaceholderText(tr("model name as the provider reports it, e.g. gpt-4o"));
    m_allHistory->setObjectName(QStringLiteral("allHistoryCheckBox"));
    m_allHistory->setChecked(true);
    m_from->setObjectName(QStringLiteral("overrideFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDate(QDate(utcToday().year(), utcToday().month(), 1));
    m_from->setEnabled(false);
    m_note->setObjectName(QStringLiteral("overrideNoteLineEdit"));
    m_note->setPlaceholderText(tr("optional, e.g. negotiated enterprise rate"));
    m_error->setObjectName(QStringLiteral("overrideErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *intro = new QLabel(tr("Your price wins over the catalog for this model (every dated snapshot of it) "
                                "from the day you choose. Prices are USD per 1M tokens. Stored usage is re-priced "
                                "when you save; costs a provider billed are never changed."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Applies:"), m_allHistory);
    form->addRow(tr("From (UTC day):"), m_from);
    form->addRow(tr("Input:"), m_input);
    form->addRow(tr("Output:"), m_output);
    form->addRow(tr("Cached input:"), m_cached);
    form->addRow(tr("Cache write (5 min):"), m_cacheWrite);
    form->addRow(tr("Cache write (1 h):"), m_cacheWrite1h);
    form->addRow(tr("Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allHistory, &QCheckBox::toggled, this, [this](bool all) { m_from->setEnabled(!all); });
    for (QLineEdit *edit : {m_model, m_input, m_cached, m_cacheWrite, m_cacheWrite1h, m_output})
        connect(edit, &QLineEdit::textChanged, this, &OverrideDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void OverrideDialog::setModel(const QString &provider, const QString &model)
{
    const int index = m_provider->findData(provider);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
    m_model->setText(model);
}

void OverrideDialog::setOverride(const PriceOverride &o)
{
    setModel(o.provider, o.model);
    m_allHistory->setChecked(o.effectiveFrom <= AllHistory);
    if (o.effectiveFrom > AllHistory)
        m_from->setDate(o.effectiveFrom);
    setPrice(m_input, o.prices.input);
    setPrice(m_cached, o.prices.cacheRead);
    setPrice(m_cacheWrite, o.prices.cacheWrite5m);
    setPrice(m_cacheWrite1h, o.prices.cacheWrite1h);
    setPrice(m_output, o.prices.output);
    m_note->setText(o.note);
    validate();
}

QString OverrideDialog::validationError() const
{
    if (PricingCatalog::modelKey(m_model->text()).isEmpty())
        return tr("Enter the model name.");
    bool ok = true;
    const auto input = priceFrom(m_input, &ok);
    const auto output = priceFrom(m_output, &ok);
    for (const QLineEdit *edit : {m_cached, m_cacheWrite, m_cacheWrite1h})
        priceFrom(edit, &ok);
    if (!ok)
        return tr("Prices are non-negative numbers of US dollars with at most 9 decimals, such as 2.50 or 0.075.");
    if (!input || !output)
        return tr("Enter at least the input and output prices.");
    return {};
}

void OverrideDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty() && !m_model->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

PriceOverride OverrideDialog::result() const
{
    PriceOverride o;
    bool ok = true;
    o.provider = m_provider->currentData().toString();
    o.model = PricingCatalog::modelKey(m_model->text());
    o.effectiveFrom = m_allHistory->isChecked() ? AllHistory : m_from->date();
    o.prices.input = priceFrom(m_input, &ok);
    o.prices.output = priceFrom(m_output, &ok);
    o.prices.cacheRead = priceFrom(m_cached, &ok);
    o.prices.cacheWrite5m = priceFrom(m_cacheWrite, &ok);
    o.prices.cacheWrite1h = priceFrom(m_cacheWrite1h, &ok);
    o.note = m_note->text().trimmed();
    return o;
}

}   // namespace tl
