#include "settingspage.h"

#include "sync/syncscheduler.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tl {

namespace {
QWidget *pathRow(const QString &path, const QString &objectName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *label = new QLabel(path, row);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto *open = new QPushButton(QObject::tr("Open Folder"), row);
    QObject::connect(open, &QPushButton::clicked, row,
                     [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(open);
    return row;
}
}   // namespace

SettingsPage::SettingsPage(const QString &databasePath, const QString &settingsPath, int syncIntervalMinutes,
                           int backfillDays, int historyDays, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *syncBox = new QGroupBox(tr("Automatic sync"), this);
    auto *syncForm = new QFormLayout(syncBox);
    syncForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *interval = new QComboBox(syncBox);
    interval->setObjectName(QStringLiteral("syncIntervalComboBox"));
    for (int minutes : SyncScheduler::intervalChoices()) {
        const QString text = minutes == 0         ? tr("Off (sync only with Sync Now)")
                             : minutes < 60       ? tr("Every %1 minutes").arg(minutes)
                             : minutes == 60      ? tr("Every hour")
                             : minutes == 24 * 60 ? tr("Once a day")
                                                  : tr("Every %1 hours").arg(minutes / 60);
        interval->addItem(text, minutes);
    }
    interval->setCurrentIndex(std::max(0, interval->findData(syncIntervalMinutes)));
    connect(interval, &QComboBox::currentIndexChanged, this,
            [this, interval] { emit syncIntervalChanged(interval->currentData().toInt()); });
    syncForm->addRow(tr("Sync:"), interval);
    auto *backfill = new QSpinBox(syncBox);
    backfill->setObjectName(QStringLiteral("backfillDaysSpinBox"));
    backfill->setRange(1, 3650);
    backfill->setValue(backfillDays);
    backfill->setSuffix(tr(" days"));
    connect(backfill, &QSpinBox::valueChanged, this, &SettingsPage::backfillDaysChanged);
    syncForm->addRow(tr("First sync reads:"), backfill);
    auto *history = new QSpinBox(syncBox);
    history->setObjectName(QStringLiteral("historyDaysSpinBox"));
    history->setRange(1, 3650);
    history->setValue(historyDays);
    history->setSuffix(tr(" days"));
    connect(history, &QSpinBox::valueChanged, this, &SettingsPage::historyDaysChanged);
    syncForm->addRow(tr("Keep sync history:"), history);
    auto *syncNote = new QLabel(tr("A sync reads the last few days again (providers revise recent days). A missed sync "
                                   "runs shortly after TokenLedger starts."),
                                syncBox);
    syncNote->setWordWrap(true);
    syncNote->setForegroundRole(QPalette::PlaceholderText);
    syncForm->addRow(syncNote);
    auto *storage = new QGroupBox(tr("Data locations"), this);
    auto *form = new QFormLayout(storage);
    form->addRow(tr("Database:"), pathRow(databasePath, QStringLiteral("databasePathLabel"), storage));
    form->addRow(tr("Settings:"), pathRow(settingsPath, QStringLiteral("settingsPathLabel"), storage));
    auto *note = new QLabel(tr("API keys are never stored in these files: they live only in your system keychain. "
                               "Start TokenLedger with --db PATH or --profile DIR to use other files."),
                            storage);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(syncBox);
    layout->addWidget(storage);
    layout->addStretch(1);
}

}   // namespace tl
