#include "settingspage.h"

#include "common/translations.h"
#include "sync/syncscheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
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
    m_followAgents = new QCheckBox(tr("Follow coding-agent logs live"), syncBox);
    m_followAgents->setObjectName(QStringLiteral("followAgentLogsCheckBox"));
    connect(m_followAgents, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            emit followAgentLogsChanged(on);
    });
    syncForm->addRow(m_followAgents);
    auto *followNote = new QLabel(tr("Claude Code, Codex CLI and Gemini CLI accounts are read again a couple of "
                                     "seconds after their agent writes to its logs, instead of only at the next "
                                     "sync. Off: their logs are read at each sync."),
                                  syncBox);
    followNote->setWordWrap(true);
    followNote->setForegroundRole(QPalette::PlaceholderText);
    syncForm->addRow(followNote);
    auto *notifyBox = new QGroupBox(tr("Notifications"), this);
    auto *notifyForm = new QFormLayout(notifyBox);
    const std::pair<Alert::Kind, QString> kinds[] = {
        {Alert::Kind::BudgetThreshold, tr("A budget threshold is crossed")},
        {Alert::Kind::BudgetForecast, tr("The forecast goes over a budget")},
        {Alert::Kind::Spike, tr("A day's spend spikes")},
        {Alert::Kind::SyncFailing, tr("An account keeps failing to sync")},
        {Alert::Kind::LowBalance, tr("Credits or a balance run low")},
        {Alert::Kind::UnpricedModel, tr("A model without a price appears")},
        {Alert::Kind::UsageWindow, tr("A coding agent's 5-hour window runs hot")},
    };
    auto *kindsWidget = new QWidget(notifyBox);
    auto *kindsLayout = new QGridLayout(kindsWidget);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const auto &[kind, text] : kinds) {
        auto *box = new QCheckBox(text, kindsWidget);
        box->setObjectName(QStringLiteral("notify_%1_CheckBox").arg(Alert::kindName(kind)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &SettingsPage::emitNotificationSettings);
        m_kindBoxes.insert(int(kind), box);
        // One column: two side by side made the page wider than a 1024-pixel window in Russian.
        kindsLayout->addWidget(box, index, 0);
        ++index;
    }
    notifyForm->addRow(tr("Notify me when:"), kindsWidget);
    m_quietFrom = new QComboBox(notifyBox);
    m_quietFrom->setObjectName(QStringLiteral("quietFromComboBox"));
    m_quietTo = new QComboBox(notifyBox);
    m_quietTo->setObjectName(QStringLiteral("quietToComboBox"));
    m_quietFrom->addItem(tr("Off"), -1);
    for (int h = 0; h < 24; ++h) {
        m_quietFrom->addItem(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), h);
        m_quietTo->addItem(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), h);
    }
    auto *quiet = new QWidget(notifyBox);
    auto *quietLayout = new QHBoxLayout(quiet);
    quietLayout->setContentsMargins(0, 0, 0, 0);
    quietLayout->addWidget(m_quietFrom);
    quietLayout->addWidget(new QLabel(tr("to"), quiet));
    quietLayout->addWidget(m_quietTo);
    quietLayout->addStretch(1);
    connect(m_quietFrom, &QComboBox::currentIndexChanged, this, [this] {
        m_quietTo->setEnabled(m_quietFrom->currentData().toInt() >= 0);
        emitNotificationSettings();
    });
    connect(m_quietTo, &QComboBox::currentIndexChanged, this, &SettingsPage::emitNotificationSettings);
    notifyForm->addRow(tr("Quiet hours (local time):"), quiet);
    m_closeToTray = new QCheckBox(tr("Closing the window keeps TokenLedger running in the tray"), notifyBox);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheckBox"));
    connect(m_closeToTray, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            emit closeToTrayChanged(on);
    });
    notifyForm->addRow(m_closeToTray);
    auto *notifyNote = new QLabel(tr("Every alert is kept on the Budgets & Alerts page; these choices only decide "
                                     "which ones also pop up on the desktop."),
                                  notifyBox);
    notifyNote->setWordWrap(true);
    notifyNote->setForegroundRole(QPalette::PlaceholderText);
    notifyForm->addRow(notifyNote);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("As the system (%1)").arg(nativeLanguageName(QLocale::system())), QString());
    // Each language in its own words, so a reader of it finds it whatever the window speaks now.
    for (const QString &code : availableLanguages())
        m_language->addItem(nativeLanguageName(QLocale(code)), code);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit languageChanged(m_language->currentData().toString());
    });
    languageForm->addRow(tr("Window language:"), m_language);
    auto *languageNote = new QLabel(tr("Takes effect the next time TokenLedger starts. Dates and numbers follow "
                                       "the language; exports stay in their fixed formats."),
                                    languageBox);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    languageForm->addRow(languageNote);

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

    // In a scroll area: in a small window (1024×700) the groups were squeezed until their lines
    // overlapped, and the longer Russian lines need more height still.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(syncBox);
    layout->addWidget(notifyBox);
    layout->addWidget(languageBox);
    layout->addWidget(storage);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void SettingsPage::setNotificationOptions(const NotificationSettings &settings, bool closeToTray, bool trayAvailable)
{
    m_loading = true;
    for (auto it = m_kindBoxes.cbegin(); it != m_kindBoxes.cend(); ++it)
        it.value()->setChecked(!settings.muted.contains(static_cast<Alert::Kind>(it.key())));
    m_quietFrom->setCurrentIndex(std::max(0, m_quietFrom->findData(settings.quietStartHour)));
    m_quietTo->setCurrentIndex(std::max(0, m_quietTo->findData(std::max(0, settings.quietEndHour))));
    m_quietTo->setEnabled(settings.quietStartHour >= 0);
    m_closeToTray->setChecked(closeToTray);
    m_closeToTray->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_closeToTray->setToolTip(tr("This desktop has no system tray: closing the window quits TokenLedger, and new "
                                     "alerts show in the window."));
    m_loading = false;
}

void SettingsPage::setFollowAgentLogs(bool on)
{
    m_loading = true;
    m_followAgents->setChecked(on);
    m_loading = false;
}

void SettingsPage::setLanguage(const QString &language)
{
    m_loading = true;
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_loading = false;
}

void SettingsPage::emitNotificationSettings()
{
    if (m_loading)
        return;
    NotificationSettings n;
    for (auto it = m_kindBoxes.cbegin(); it != m_kindBoxes.cend(); ++it) {
        if (!it.value()->isChecked())
            n.muted.insert(static_cast<Alert::Kind>(it.key()));
    }
    n.quietStartHour = m_quietFrom->currentData().toInt();
    n.quietEndHour = n.quietStartHour >= 0 ? m_quietTo->currentData().toInt() : -1;
    emit notificationSettingsChanged(n);
}

}   // namespace tl
