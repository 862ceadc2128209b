#include "alerts.h"

#include "common/enumnames.h"
#include "storage/queryloop.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

const char *const Columns = "id, kind, severity, dedup_key, budget_id, account_id, period, title, message, "
                            "created_at, read_at, acknowledged_at, params";

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

Alert alertFrom(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.kind = Alert::kindFromName(q.value(1).toString()).value_or(Alert::Kind::BudgetThreshold);
    a.severity = Alert::severityFromName(q.value(2).toString()).value_or(Alert::Severity::Info);
    a.dedupKey = q.value(3).toString();
    if (!q.value(4).isNull())
        a.budgetId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        a.accountId = q.value(5).toLongLong();
    a.period = q.value(6).toString();
    a.storedTitle = q.value(7).toString();
    a.storedMessage = q.value(8).toString();
    a.createdAt = timeOf(q.value(9));
    a.readAt = timeOf(q.value(10));
    a.acknowledgedAt = timeOf(q.value(11));
    if (!q.value(12).isNull())
        a.params = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    return a;
}

}   // namespace

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BudgetThreshold:
        return QStringLiteral("budget_threshold");
    case Kind::BudgetForecast:
        return QStringLiteral("budget_forecast");
    case Kind::Spike:
        return QStringLiteral("spike");
    case Kind::SyncFailing:
        return QStringLiteral("sync_failing");
    case Kind::LowBalance:
        return QStringLiteral("low_balance");
    case Kind::UnpricedModel:
        return QStringLiteral("unpriced_model");
    case Kind::UsageWindow:
        return QStringLiteral("usage_window");
    }
    return {};
}

QList<Alert::Kind> Alert::allKinds()
{
    return {Kind::BudgetThreshold, Kind::BudgetForecast, Kind::Spike,      Kind::SyncFailing,
            Kind::LowBalance,      Kind::UnpricedModel,  Kind::UsageWindow};
}

std::optional<Alert::Kind> Alert::kindFromName(QStringView name)
{
    return enumFromName<Kind>(name, allKinds(), kindName);
}

QString Alert::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<Alert::Severity> Alert::severityFromName(QStringView name)
{
    return enumFromName<Severity>(name, {Severity::Info, Severity::Warning, Severity::Critical}, severityName);
}

AlertRepository::AlertRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool AlertRepository::addIfNew(Alert &alert, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO alerts (kind, severity, dedup_key, budget_id, account_id, period, title, "
                             "message, created_at, params) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), "
                             "COALESCE(?, ''), ?, ?) "
                             "ON CONFLICT (dedup_key) DO NOTHING RETURNING id"));
    q.addBindValue(Alert::kindName(alert.kind));
    q.addBindValue(Alert::severityName(alert.severity));
    q.addBindValue(alert.dedupKey);
    q.addBindValue(alert.budgetId ? QVariant(*alert.budgetId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(alert.accountId ? QVariant(*alert.accountId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(alert.period);
    q.addBindValue(alert.storedTitle);   // empty (NULL when never set) for alerts the rules make
    q.addBindValue(alert.storedMessage);
    q.addBindValue(alert.createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(alert.params).toJson(QJsonDocument::Compact)));
    // RETURNING rather than lastInsertId(), which QPSQL never gives: a row back means this desktop
    // stored the alert; none, that it was there already (on a team database, another desktop's).
    if (!q.exec())
        return failed(q, error);
    if (!q.next()) {
        sql::readSucceeded(q, error);   // sets *error only when the read itself failed
        return false;
    }
    alert.id = q.value(0).toLongLong();
    return true;
}

QList<Alert> AlertRepository::list(int limit, QString *error) const
{
    QList<Alert> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM alerts ORDER BY created_at DESC, id DESC LIMIT ?").arg(QLatin1String(Columns)));
    q.addBindValue(limit);
    if (!q.exec()) {
        failed(q, error);
        return out;
    }
    while (q.next())
        out.append(alertFrom(q));
    if (!sql::readSucceeded(q, error))
        return {};
    return out;
}

std::optional<QList<Alert>> AlertRepository::listAfter(qint64 id, QString *error) const
{
    QList<Alert> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE id > ? ORDER BY id").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    while (q.next())
        out.append(alertFrom(q));
    if (!sql::readSucceeded(q, error))
        return std::nullopt;
    return out;
}

qint64 AlertRepository::lastId() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM alerts")) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Alert> AlertRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM alerts WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return alertFrom(q);
}

bool AlertRepository::markRead(qint64 id, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET read_at = COALESCE(read_at, ?) WHERE id = ?"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool AlertRepository::markAllRead(const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET read_at = ? WHERE read_at IS NULL"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    return q.exec() || failed(q, error);
}

bool AlertRepository::acknowledge(qint64 id, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = COALESCE(acknowledged_at, ?), "
                             "read_at = COALESCE(read_at, ?) WHERE id = ?"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

int AlertRepository::unreadCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE read_at IS NULL")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

}   // namespace tl
