#pragma once

#include "providers/providererror.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace tl {

struct SyncRun;

// What a sync run says, kept as a code and its values (sync_runs.message_params, JSON) and put
// into words each time it is shown — in the language of the installed translation, so a German
// window shows German history, runs synced in English included. The English words also go to
// sync_runs.message: rows stored before the params existed (schema < 14) show that text, and the
// command line's --json reports it, the same on every machine.
struct SyncRunText
{
    Q_DECLARE_TR_FUNCTIONS(tl::SyncRunText)

public:
    // The builders: one per thing a run can say. `notes` are the adapters' notes, English sources
    // marked with QT_TRANSLATE_NOOP("tl::SyncRunText", …) and translated when shown.
    static QJsonObject synced(int created, int updated, int withdrawn, int balances, qint64 durationMs,
                              const QStringList &notes);
    static QJsonObject cancelled();
    static QJsonObject deadlinePassed(qint64 limitMs);
    static QJsonObject providerFailed(const ProviderError &error);
    static QJsonObject keyFailed(SecretStore::Status status, const QString &detail, const QString &environmentVariable);
    static QJsonObject unknownProvider(const QString &provider);
    static QJsonObject notRecorded(const QString &detail);   // the run itself could not be recorded
    // Nothing was stored: the database refused the data, or amounts too large to add up.
    static QJsonObject notStored(bool overflow, const QString &detail);
    static QJsonObject interrupted();   // left running by a process that died
    // A coding-agent import: its counts (AgentImportResult::messageParams) and the first files that
    // could not be read (their errors verbatim).
    static QJsonObject agentImported(QJsonObject counts, const QStringList &fileErrors);
    // That import's counts in words, without the "Imported local logs" frame (the command line's).
    static QString agentImportSummary(const QJsonObject &params, const QLocale &locale = QLocale());

    // In words: translated, numbers in `locale`. Without params (an old row) the stored text.
    static QString render(const QJsonObject &params, const QString &stored, const QString &provider,
                          const QLocale &locale = QLocale());
    // In English and the C locale, whatever translation is installed: for sync_runs.message.
    static QString english(const QJsonObject &params, const QString &provider);
};

// Sets what a run says: its params (shown in the reader's language) and its English words.
void setSyncRunMessage(SyncRun &run, QJsonObject params);

// A run's message for people (SyncRunText::render of its params, stored text and provider).
QString syncRunMessage(const SyncRun &run, const QLocale &locale = QLocale());

// A provider's error for people: a translated frame chosen by its kind and HTTP status, with the
// provider's own words (ProviderError::detail) verbatim inside; for a refused key, the key that
// `provider` needs. `translate` false: English, whatever translation is installed.
QString providerErrorText(const ProviderError &error, const QString &provider, bool translate = true);

}   // namespace tl
