#include "syncrunrepository.h"

#include "common/dates.h"
#include "common/enumnames.h"
#include "sqldialect.h"
#include "sqlutil.h"
#include "sync/syncruntext.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace tl {

namespace {
QVariant dayOrNull(QDate day)
{
    return day.isValid() ? QVariant(isoDay(day)) : QVariant(QMetaType(QMetaType::QString));
}
QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QVariant paramsOrNull(const QJsonObject &params)
{
    return params.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                            : QVariant(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
}
QJsonObject paramsOf(const QVariant &stored)
{
    return stored.isNull() ? QJsonObject() : QJsonDocument::fromJson(stored.toString().toUtf8()).object();
}
}   // namespace

QString thisSyncIdentity()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");   // Windows
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("unknown");
    // Shown to teammates, kept short: a bar would also break the health read's separator.
    QString identity = user.left(40) + QLatin1Char('@') + host.left(60);
    return identity.remove(QLatin1Char('|'));
}

QString SyncRun::statusName(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Success:
        return QStringLiteral("success");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SyncRun::Status> SyncRun::statusFromName(QStringView name)
{
    return enumFromName<Status>(
        name, {Status::Running, Status::Success, Status::Partial, Status::Failed, Status::Cancelled}, statusName);
}

SyncRunRepository::SyncRunRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 SyncRunRepository::start(const SyncRun &run, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(
            q,
            QStringLiteral("INSERT INTO sync_runs (account_id, trigger, status, started_at, window_from, "
                           "window_to, message, synced_by) VALUES (?, ?, 'running', ?, ?, ?, '', ?) RETURNING id"),
            error))
        return 0;
    q.addBindValue(run.accountId);
    q.addBindValue(run.trigger);
    q.addBindValue(timestamp(run.startedAt));
    q.addBindValue(dayOrNull(run.windowFrom));
    q.addBindValue(dayOrNull(run.windowTo));
    q.addBindValue(run.syncedBy.isEmpty() ? thisSyncIdentity() : run.syncedBy);
    // RETURNING rather than lastInsertId, which QPSQL does not give.
    if (!sql::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool SyncRunRepository::finish(const SyncRun &run, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(
            q,
            QStringLiteral("UPDATE sync_runs SET status = ?, finished_at = ?, window_from = ?, window_to = ?, "
                           "created_count = ?, updated_count = ?, unchanged_count = ?, duration_ms = ?, "
                           "error_kind = ?, message = ?, message_params = ? WHERE id = ?"),
            error))
        return false;
    q.addBindValue(SyncRun::statusName(run.status));
    q.addBindValue(timestamp(run.finishedAt));
    q.addBindValue(dayOrNull(run.windowFrom));
    q.addBindValue(dayOrNull(run.windowTo));
    q.addBindValue(run.created);
    q.addBindValue(run.updated);
    q.addBindValue(run.unchanged);
    q.addBindValue(run.durationMs);
    q.addBindValue(run.errorKind.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(run.errorKind));
    q.addBindValue(sql::text(run.message));
    q.addBindValue(paramsOrNull(run.messageParams));
    q.addBindValue(run.id);
    return sql::exec(q, error);
}

QList<SyncRun> SyncRunRepository::list(std::optional<qint64> accountId, int limit, QString *error) const
{
    QList<SyncRun> out;
    QSqlQuery q(m_db);
    QString statement = QStringLiteral(
        "SELECT r.id, r.account_id, COALESCE(a.label, ''), COALESCE(a.provider, ''), r.trigger, r.status, "
        "r.started_at, r.finished_at, r.window_from, r.window_to, r.created_count, r.updated_count, "
        "r.unchanged_count, COALESCE(r.duration_ms, 0), COALESCE(r.error_kind, ''), r.message, r.message_params, "
        "COALESCE(r.synced_by, '') FROM sync_runs r LEFT JOIN accounts a ON a.id = r.account_id");
    if (accountId)
        statement += QStringLiteral(" WHERE r.account_id = ?");
    statement += QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC LIMIT ?");
    if (!sql::prepare(q, statement, error))
        return out;
    if (accountId)
        q.addBindValue(*accountId);
    q.addBindValue(limit);
    if (!sql::exec(q, error))
        return out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.accountId = q.value(1).toLongLong();
        r.accountLabel = q.value(2).toString();
        r.provider = q.value(3).toString();
        r.trigger = q.value(4).toString();
        r.status = SyncRun::statusFromName(q.value(5).toString()).value_or(SyncRun::Status::Failed);
        r.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        r.finishedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        r.windowFrom = parseIsoDay(q.value(8).toString()).value_or(QDate());
        r.windowTo = parseIsoDay(q.value(9).toString()).value_or(QDate());
        r.created = q.value(10).toInt();
        r.updated = q.value(11).toInt();
        r.unchanged = q.value(12).toInt();
        r.durationMs = q.value(13).toLongLong();
        r.errorKind = q.value(14).toString();
        r.message = q.value(15).toString();
        r.messageParams = paramsOf(q.value(16));
        r.syncedBy = q.value(17).toString();
        out.append(r);
    }
    if (q.lastError().isValid() && error)
        *error = q.lastError().text();
    return out;
}

// Health is read from the run history alone (the one source): failed runs since the last
// success or partial run, that run's time and window, and the newest failure's message.
// Cancelled and running runs neither count as failures nor end a streak.
#define TL_HEALTH_SELECT                                                                                               \
    "SELECT a.id, "                                                                                                    \
    "(SELECT COUNT(*) FROM sync_runs r WHERE r.account_id = a.id AND r.status = 'failed' AND r.started_at > "          \
    "COALESCE((SELECT MAX(s.started_at) FROM sync_runs s WHERE s.account_id = a.id AND s.status IN ('success', "       \
    "'partial')), '')), "                                                                                              \
    "(SELECT s.finished_at || '|' || COALESCE(s.window_to, '') || '|' || COALESCE(s.synced_by, '') FROM sync_runs s "  \
    "WHERE s.account_id = a.id AND "                                                                                   \
    "s.status IN ('success', 'partial') ORDER BY s.started_at DESC, s.id DESC LIMIT 1), "                              \
    "(SELECT r.message FROM sync_runs r WHERE r.account_id = a.id AND r.status = 'failed' ORDER BY r.started_at "      \
    "DESC, r.id DESC LIMIT 1), "                                                                                       \
    "(SELECT MAX(r.finished_at) FROM sync_runs r WHERE r.account_id = a.id AND r.status <> 'running'), "               \
    "(SELECT r.message_params FROM sync_runs r WHERE r.account_id = a.id AND r.status = 'failed' ORDER BY "            \
    "r.started_at DESC, r.id DESC LIMIT 1), "                                                                          \
    "a.provider "                                                                                                      \
    "FROM accounts a"

namespace {
AccountHealth readHealth(const QSqlQuery &q)
{
    AccountHealth h;
    h.consecutiveFailures = q.value(1).toInt();
    const QString success = q.value(2).toString();
    if (!success.isEmpty()) {
        // finished_at|window_to|synced_by: neither of the first two holds a bar.
        const QStringList parts = success.split(QLatin1Char('|'));
        h.lastSuccess = QDateTime::fromString(parts.value(0), Qt::ISODateWithMs);
        if (const auto end = parseIsoDay(parts.value(1)))
            h.lastSuccessfulWindowEnd = *end;
        h.lastSyncedBy = parts.mid(2).join(QLatin1Char('|'));
    }
    // In the reader's language (the thread's translation is the application's).
    if (h.consecutiveFailures > 0)
        h.lastError = SyncRunText::render(paramsOf(q.value(5)), q.value(3).toString(), q.value(6).toString());
    h.lastAttempt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return h;
}
}   // namespace

AccountHealth SyncRunRepository::health(qint64 accountId, QString *error) const
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral(TL_HEALTH_SELECT " WHERE a.id = ?"), error))
        return {};
    q.addBindValue(accountId);
    if (!sql::exec(q, error) || !q.next()) {
        if (error && error->isEmpty() && q.lastError().isValid())
            *error = q.lastError().text();
        return {};
    }
    return readHealth(q);
}

QHash<qint64, AccountHealth> SyncRunRepository::healthOfAll(QString *error) const
{
    QHash<qint64, AccountHealth> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(TL_HEALTH_SELECT))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), readHealth(q));
    if (q.lastError().isValid() && error)
        *error = q.lastError().text();
    return out;
}

QDateTime SyncRunRepository::lastSuccessfulSync(const QStringList &ignoredProviders, QString *error) const
{
    // Newest first down sync_runs_started: the first qualifying run ends the read. Runs of a
    // removed account (account_id NULL) still say the profile was synced.
    QString statement =
        QStringLiteral("SELECT r.finished_at FROM sync_runs r LEFT JOIN accounts a ON a.id = r.account_id "
                       "WHERE r.status IN ('success', 'partial') AND r.finished_at IS NOT NULL");
    if (!ignoredProviders.isEmpty()) {
        QStringList marks(ignoredProviders.size(), QStringLiteral("?"));
        statement += QStringLiteral(" AND COALESCE(a.provider, '') NOT IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    statement += QStringLiteral(" ORDER BY r.started_at DESC LIMIT 1");
    QSqlQuery q(m_db);
    if (!sql::prepare(q, statement, error))
        return {};
    for (const QString &provider : ignoredProviders)
        q.addBindValue(provider);
    if (!sql::exec(q, error) || !q.next())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

int SyncRunRepository::prune(const QDateTime &before, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("DELETE FROM sync_runs WHERE started_at < ? AND status <> 'running'"), error))
        return -1;
    q.addBindValue(timestamp(before));
    if (!sql::exec(q, error))
        return -1;
    return q.numRowsAffected();
}

int SyncRunRepository::closeAbandoned(QString *error)
{
    QSqlQuery q(m_db);
    const QJsonObject params = SyncRunText::interrupted();
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE sync_runs SET status = 'failed', finished_at = started_at, message = ?, "
                                     "message_params = ? WHERE status = 'running'"),
                      error))
        return -1;
    q.addBindValue(SyncRunText::english(params, QString()));
    q.addBindValue(paramsOrNull(params));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

BalanceRepository::BalanceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool BalanceRepository::replace(qint64 accountId, const QList<Balance> &balances, const QDateTime &fetchedAt,
                                QString *error)
{
    sql::Savepoint savepoint(m_db, QStringLiteral("balances"));
    QSqlQuery del(m_db);
    if (!sql::prepare(del, QStringLiteral("DELETE FROM balances WHERE account_id = ?"), error))
        return false;
    del.addBindValue(accountId);
    if (!sql::exec(del, error))
        return false;
    for (const Balance &b : balances) {
        QSqlQuery q(m_db);
        if (!sql::prepare(
                q,
                sql::upsert(QStringLiteral("balances"),
                            {QStringLiteral("account_id"), QStringLiteral("currency"), QStringLiteral("kind"),
                             QStringLiteral("amount_nano"), QStringLiteral("fetched_at")},
                            {QStringLiteral("account_id"), QStringLiteral("currency"), QStringLiteral("kind")}),
                error))
            return false;
        q.addBindValue(accountId);
        q.addBindValue(b.currency.toUpper());
        q.addBindValue(b.kind);
        q.addBindValue(b.amount.nanos());
        q.addBindValue(timestamp(fetchedAt));
        if (!sql::exec(q, error))
            return false;
    }
    if (!savepoint.commit()) {
        if (error)
            *error = savepoint.error();
        return false;
    }
    return true;
}

QList<Balance> BalanceRepository::list(qint64 accountId) const
{
    QList<Balance> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT currency, kind, amount_nano FROM balances WHERE account_id = ? ORDER BY kind, "
                             "currency"));
    q.addBindValue(accountId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), Money::fromNanos(q.value(2).toLongLong())});
    return out;
}

}   // namespace tl
