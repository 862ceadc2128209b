#pragma once

#include "pricingsnapshot.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tl {

class DbWorker;
class PriceTableModel;

// The price catalog with the user's overrides: search, provider filter, sortable $/1M columns,
// add / edit / remove an override, and a banner naming the models in the user's data that
// nothing prices. All database work runs on the DbWorker thread.
class PricingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingPage)

public:
    explicit PricingPage(DbWorker *worker, QWidget *parent = nullptr);

    void refresh();
    bool isLoaded() const { return m_loaded; }
    const PricingSnapshot &snapshot() const { return m_snapshot; }

    // Saves (or removes) an override on the worker thread, re-pricing stored usage; emits
    // pricesChanged() when done. The buttons and dialogs end up here.
    void saveOverride(const PriceOverride &override);
    void removeOverride(const PriceOverride &override);

signals:
    void refreshed();
    void pricesChanged();

private:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void present(PricingSnapshot snapshot);
    void fitColumns();
    void applyFilter();
    void updateButtons();
    void editSelected();
    void removeSelected();
    void priceUnpriced();
    const PriceRow *selectedRow() const;

    DbWorker *m_worker = nullptr;
    PricingSnapshot m_snapshot;
    bool m_loaded = false;
    bool m_stale = false;   // asked to refresh while hidden: reads when shown
    QLabel *m_source = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_unattributedNote = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_providerFilter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    PriceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

}   // namespace tl
