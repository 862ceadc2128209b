#include "syncservice.h"

#include "net/netbackend.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

namespace tl {

class SyncService::Worker final : public QObject
{
    Q_OBJECT
public:
    Worker(QString path, QString service, SyncOptions options)
        : m_path(std::move(path))
        , m_service(std::move(service))
        , m_options(options)
    {}

    // Built lazily in the worker thread: QtSql connections and network managers belong to the
    // thread that made them.
    SyncEngine *engine(QString *error)
    {
        if (m_engine)
            return m_engine.get();
        m_db = std::make_unique<Database>(QStringLiteral("tl-sync"));
        Database::Options options;
        options.migrate = false;
        if (!m_db->open(m_path, options)) {
            *error = m_db->errorString();
            m_db.reset();
            return nullptr;
        }
        // The network module is loaded here, in the worker thread, on the first sync. Without it
        // every request fails with the reason (HttpClient::create).
        m_networkOwner = std::make_unique<QObject>();
        QNetworkAccessManager *network = net::newNetwork(m_networkOwner.get());
        m_secrets = std::make_unique<KeychainSecretStore>(m_service);
        m_engine = std::make_unique<SyncEngine>(m_db->connection(), *m_secrets, network, m_clock, m_options);
        return m_engine.get();
    }

    KeyMigration migrateKeys()
    {
        QString error;
        if (!engine(&error) || !hasLegacyKeys(m_db->connection()))
            return {};
        return migrateLegacyKeys(m_db->connection(), *m_secrets);
    }

    void setOptions(const SyncOptions &options)
    {
        m_options = options;
        if (m_engine)
            m_engine->setOptions(options);
    }

    ~Worker() override
    {
        m_engine.reset();   // before the connection it uses
        m_secrets.reset();
        m_networkOwner.reset();
        m_db.reset();
    }

private:
    QString m_path;
    QString m_service;
    SyncOptions m_options;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QObject> m_networkOwner;   // its child: the QNetworkAccessManager
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<SyncEngine> m_engine;
};

SyncService::SyncService(const QString &databasePath, const QString &keychainService, SyncOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath, keychainService, options))
{
    m_thread.setObjectName(QStringLiteral("tl-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SyncService::~SyncService()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start(const SyncRequest &request)
{
    if (m_running) {
        emit refused(tr("A sync is already running."));
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [this, request] {
        QString error;
        SyncEngine *engine = m_worker->engine(&error);
        if (engine && !engine->property("tlConnected").toBool()) {
            engine->setProperty("tlConnected", true);
            connect(engine, &SyncEngine::accountStarted, this, &SyncService::accountStarted);
            connect(engine, &SyncEngine::waitingForLock, this, &SyncService::waitingForLock);
            connect(engine, &SyncEngine::accountFinished, this, &SyncService::accountFinished);
            connect(engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
                m_running = false;
                emit finished(summary);
            });
            connect(engine, &SyncEngine::started, this, &SyncService::started);
        }
        if (!engine || !engine->start(request, &error)) {
            QMetaObject::invokeMethod(this, [this, error] {
                m_running = false;
                emit refused(error);
            });
        }
    });
}

void SyncService::migrateKeys()
{
    QMetaObject::invokeMethod(m_worker, [this] {
        const KeyMigration result = m_worker->migrateKeys();
        if (result.moved == 0 && result.pending == 0)
            return;
        QMetaObject::invokeMethod(
            this, [this, result] { emit keysMigrated(result.moved, result.pending, result.problems.value(0)); });
    });
}

void SyncService::setOptions(const SyncOptions &options)
{
    QMetaObject::invokeMethod(m_worker, [this, options] { m_worker->setOptions(options); });
}

void SyncService::cancel()
{
    QMetaObject::invokeMethod(m_worker, [this] {
        QString ignored;
        if (SyncEngine *engine = m_worker->engine(&ignored))
            engine->cancel();
    });
}

}   // namespace tl

#include "syncservice.moc"
