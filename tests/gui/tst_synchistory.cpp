// Sync History speaks the window's language, for runs synced in any language: each run's message
// is stored as a code and values and put into words when shown (SyncRunText); the provider's own
// words stay verbatim inside a translated frame, and runs stored before the params show their text.
#include "common/translations.h"
#include "storage/dbworker.h"
#include "storage/syncrunrepository.h"
#include "sync/synchistorypage.h"
#include "sync/syncruntext.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace tl;

namespace {

void dropTranslations()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// Records a finished run the way the sync engine does: params and their English words.
void record(QSqlDatabase db, qint64 accountId, SyncRun::Status status, const QJsonObject &params,
            const QString &provider, const QString &storedMessage = {})
{
    SyncRun run;
    run.accountId = accountId;
    run.trigger = QStringLiteral("manual");
    static int minute = 0;
    run.startedAt = QDateTime(QDate(2026, 11, 30), QTime(9, ++minute), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(2);
    run.windowFrom = QDate(2026, 11, 1);
    run.windowTo = QDate(2026, 11, 30);
    SyncRunRepository runs(db);
    run.id = runs.start(run);
    QVERIFY(run.id != 0);
    run.status = status;
    run.messageParams = params;
    run.message = params.isEmpty() ? storedMessage : SyncRunText::english(params, provider);
    QVERIFY(runs.finish(run));
}

// The message column of the page, newest run first.
QStringList messages(SyncHistoryPage &page)
{
    auto *table = page.findChild<QTableView *>();
    const QAbstractItemModel *model = table->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, model->columnCount() - 1).data().toString());
    return out;
}

QStringList shownIn(const QString &dbPath, QString *detail = nullptr)
{
    DbWorker worker(dbPath);
    SyncHistoryPage page(&worker);
    QSignalSpy refreshed(&page, &SyncHistoryPage::refreshed);
    page.refresh();
    if (!refreshed.wait(10'000))
        return {};
    if (detail)   // the newest run's whole message, below the table
        *detail = page.findChild<QLabel *>(QStringLiteral("syncMessageLabel"))->text();
    return messages(page);
}

}   // namespace

class TestSyncHistory : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        dropTranslations();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void runsAreShownInTheWindowsLanguage()
    {
        test::TestDatabase db;
        const qint64 id = db.addAccount(QStringLiteral("openrouter"), QStringLiteral("Router"));
        // Oldest first: a run from before the params (its English text), a rejected key with the
        // provider's own words, a sync with a note.
        record(db.connection(), id, SyncRun::Status::Success, {}, {},
               QStringLiteral("Synced 5 new records, 0 updated (0.1 s)"));
        ProviderError refused{ProviderError::Kind::Unauthorized, QStringLiteral("(English message)"), 401, -1};
        refused.detail = QStringLiteral("invalid x-api-key");
        record(db.connection(), id, SyncRun::Status::Failed, SyncRunText::providerFailed(refused),
               QStringLiteral("openrouter"));
        record(db.connection(), id, SyncRun::Status::Partial,
               SyncRunText::synced(1234, 3, 0, 1, 2345,
                                   {QStringLiteral("OpenRouter's daily activity never includes today (UTC).")}),
               QStringLiteral("openrouter"));

        // Stored in English, whatever the window's language was.
        QCOMPARE(SyncRunRepository(db.connection()).list().first().message,
                 QStringLiteral("Synced 1234 new records, 3 updated, 1 balance (2.3 s). OpenRouter's daily activity "
                                "never includes today (UTC)."));

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QString detail;
        QStringList shown = shownIn(db.path(), &detail);
        QCOMPARE(shown.size(), 3);
        QCOMPARE(detail, QStringLiteral("Router: ") + shown.at(0));
        QCOMPARE(shown.at(0),
                 QStringLiteral("1.234 neue Datensätze synchronisiert, 3 aktualisiert, 1 Guthaben (2,3 s). "
                                "OpenRouters Tagesaktivität enthält nie den heutigen Tag (UTC)."));
        QVERIFY2(shown.at(1).startsWith(QStringLiteral("Der Anbieter hat den Schlüssel abgelehnt (HTTP 401) "
                                                       "(invalid x-api-key).")),
                 qPrintable(shown.at(1)));
        QCOMPARE(shown.at(2), QStringLiteral("Synced 5 new records, 0 updated (0.1 s)"));
        dropTranslations();

        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        shown = shownIn(db.path());
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown.at(0).startsWith(QStringLiteral("Новых записей: 1\u00a0234, обновлено: 3")),
                 qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).contains(QStringLiteral("(invalid x-api-key)")) &&
                     shown.at(1).contains(QStringLiteral("ключ")),
                 qPrintable(shown.at(1)));
    }

    // Every code the engine stores has its words in each language: nothing falls back to English.
    void everyMessageIsTranslated()
    {
        ProviderError server{ProviderError::Kind::Transient, QString(), 503, -1};
        server.detail = QStringLiteral("overloaded");
        ProviderError silent{ProviderError::Kind::Transient, QStringLiteral("(English)"), 0, -1, QStringLiteral("30")};
        silent.reason = QStringLiteral("no_answer");
        const QList<QJsonObject> all{
            SyncRunText::providerFailed(silent),
            SyncRunText::synced(1, 2, 3, 4, 500, {}),
            SyncRunText::cancelled(),
            SyncRunText::deadlinePassed(900'000),
            SyncRunText::providerFailed(server),
            SyncRunText::keyFailed(SecretStore::Status::Locked, QString(), QStringLiteral("TOKENLEDGER_API_KEY_X")),
            SyncRunText::keyFailed(SecretStore::Status::NoBackend, QString(), QStringLiteral("TOKENLEDGER_API_KEY_X")),
            SyncRunText::unknownProvider(QStringLiteral("acme")),
            SyncRunText::notRecorded(QStringLiteral("disk I/O error")),
            SyncRunText::notStored(false, QStringLiteral("disk I/O error")),
            SyncRunText::notStored(true, QStringLiteral("x")),
            SyncRunText::interrupted(),
            SyncRunText::agentImported({{QStringLiteral("new"), 5},
                                        {QStringLiteral("files_read"), 1},
                                        {QStringLiteral("files_seen"), 1},
                                        {QStringLiteral("replays"), 2},
                                        {QStringLiteral("malformed"), 1},
                                        {QStringLiteral("unfinished_bytes"), 80}},
                                       {QStringLiteral("/logs/a.jsonl: Permission denied")}),
        };
        for (const QLocale &locale :
             {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Russian, QLocale::Russia),
              QLocale(QLocale::Korean, QLocale::SouthKorea)}) {
            QVERIFY(installTranslations(*qApp, locale));
            for (const QJsonObject &params : all) {
                const QString english = SyncRunText::english(params, QStringLiteral("openai"));
                const QString shown = SyncRunText::render(params, english, QStringLiteral("openai"), locale);
                QVERIFY2(!shown.isEmpty() && shown != english, qPrintable(locale.name() + QLatin1Char(' ') + english));
                // Each part in the language: no English sentence of the agent import's left inside.
                for (const char *word : {"replays", "malformed", "unfinished", "dropped", "Imported"})
                    QVERIFY2(!shown.contains(QLatin1String(word)),
                             qPrintable(locale.name() + QLatin1Char(' ') + shown));
            }
            dropTranslations();
        }
    }
};

QTEST_MAIN(TestSyncHistory)
#include "tst_synchistory.moc"
