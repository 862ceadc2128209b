// pgusage: withdrawing rows on PostgreSQL — by key, or every key of a window a kept list lacks —
// in multi-row statements (UsageRepository::removeKeys / removeMissing there).

#include "pgusage.h"

#include "common/dates.h"
#include "schemadialect.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QStringList>

namespace tl::pgusage {

namespace {

constexpr int ChunkRows = 1000;

// "(?, ?, …), (…)": `rows` tuples of `columns` parameters.
QString tuples(int rows, int columns)
{
    const QString tuple = u'(' + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    return QStringList(rows, tuple).join(QStringLiteral(", "));
}

}   // namespace

int removeKeys(QSqlDatabase db, const QList<UsageRecord> &keys, QString *error)
{
    int removed = 0;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_remove_keys"),
        [&](QString *failure) {
            removed = 0;
            QSet<std::pair<qint64, QString>> touched;
            for (qsizetype first = 0; first < keys.size(); first += ChunkRows) {
                const int rows = int(std::min<qsizetype>(ChunkRows, keys.size() - first));
                QSqlQuery q(db);
                if (!sql::prepare(q,
                                  QStringLiteral("DELETE FROM usage u USING (VALUES %1) AS k (day, account_id, model, "
                                                 "project, api_key_id, service_tier, source) WHERE u.day = k.day AND "
                                                 "u.account_id = CAST(k.account_id AS bigint) AND u.model = k.model "
                                                 "AND u.project = k.project AND u.api_key_id = k.api_key_id AND "
                                                 "u.service_tier = k.service_tier AND u.source = k.source RETURNING "
                                                 "u.account_id, u.day")
                                      .arg(tuples(rows, 7)),
                                  failure))
                    return false;
                for (int row = 0; row < rows; ++row) {
                    const UsageRecord &r = keys.at(first + row);
                    q.addBindValue(isoDay(r.day));
                    q.addBindValue(QString::number(r.accountId));
                    q.addBindValue(sql::text(r.model));
                    q.addBindValue(sql::text(r.project));
                    q.addBindValue(sql::text(r.apiKeyId));
                    q.addBindValue(sql::text(r.serviceTier));
                    q.addBindValue(sql::text(r.source));
                }
                if (!sql::exec(q, failure))
                    return false;
                while (q.next()) {
                    ++removed;
                    touched.insert({q.value(0).toLongLong(), q.value(1).toString()});
                }
            }
            return refreshRollups(db, touched, failure);
        },
        error);
    return ok ? removed : -1;
}

int removeMissing(QSqlDatabase db, qint64 accountId, const QString &source, QDate from, QDate to,
                  const QList<UsageRecord> &kept, QString *error)
{
    int removed = -1;
    const bool ok = sql::inTransaction(
        db, QStringLiteral("usage_remove_missing"),
        [&](QString *failure) {
            // The kept keys in the connection's temporary table (created in this transaction when
            // an earlier one rolled it back), so the comparison is one statement.
            if (!sql::execSchema(db,
                                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS usage_kept (day TEXT NOT NULL, "
                                                "model TEXT NOT NULL, project TEXT NOT NULL, api_key_id TEXT NOT "
                                                "NULL, service_tier TEXT NOT NULL, PRIMARY KEY (day, model, project, "
                                                "api_key_id, service_tier))"),
                                 failure) ||
                !sql::exec(db, QStringLiteral("DELETE FROM usage_kept"), failure))
                return false;
            for (qsizetype first = 0; first < kept.size(); first += ChunkRows) {
                const int rows = int(std::min<qsizetype>(ChunkRows, kept.size() - first));
                QSqlQuery q(db);
                if (!sql::prepare(
                        q,
                        QStringLiteral("INSERT INTO usage_kept VALUES %1 ON CONFLICT DO NOTHING").arg(tuples(rows, 5)),
                        failure))
                    return false;
                for (int row = 0; row < rows; ++row) {
                    const UsageRecord &r = kept.at(first + row);
                    q.addBindValue(isoDay(r.day));
                    q.addBindValue(sql::text(r.model));
                    q.addBindValue(sql::text(r.project));
                    q.addBindValue(sql::text(r.apiKeyId));
                    q.addBindValue(sql::text(r.serviceTier));
                }
                if (!sql::exec(q, failure))
                    return false;
            }
            removed = removeAbsent(db, accountId, source, from, to, QStringLiteral("usage_kept"), failure);
            return removed >= 0 && sql::exec(db, QStringLiteral("DELETE FROM usage_kept"), failure);
        },
        error);
    return ok ? removed : -1;
}

}   // namespace tl::pgusage
