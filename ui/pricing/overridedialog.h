#pragma once

#include "pricing/catalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tl {

// Add or edit a price override: provider, model, the day it applies from, and prices in USD
// per 1M tokens typed as decimals (kept exact). OK stays disabled until the entry is valid.
class OverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    explicit OverrideDialog(QWidget *parent = nullptr);

    // Pre-fills the dialog (editing an override, or pricing a model found unpriced).
    void setOverride(const PriceOverride &override);
    void setModel(const QString &provider, const QString &model);

    // Valid only when the dialog was accepted.
    PriceOverride result() const;
    // The reason the entry is not valid yet, or empty.
    QString validationError() const;

private:
    void validate();

    QComboBox *m_provider = nullptr;
    QLineEdit *m_model = nullptr;
    QCheckBox *m_allHistory = nullptr;
    QDateEdit *m_from = nullptr;
    QLineEdit *m_input = nullptr;
    QLineEdit *m_cached = nullptr;
    QLineEdit *m_cacheWrite = nullptr;
    QLineEdit *m_cacheWrite1h = nullptr;
    QLineEdit *m_output = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}   // namespace tl
