#include "usageexport.h"

#include "common/dates.h"
#include "storage/queryloop.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

const char *const Columns[] = {"day",
                               "provider",
                               "account_id",
                               "account",
                               "model",
                               "project",
                               "api_key_id",
                               "service_tier",
                               "source",
                               "input_tokens",
                               "cached_input_tokens",
                               "cache_write_5m_tokens",
                               "cache_write_1h_tokens",
                               "output_tokens",
                               "requests",
                               "cost_usd",
                               "cost_status"};

// account_id, the token counts and requests: numbers in CSV and JSON alike.
bool isNumber(int column)
{
    return column == 2 || (column >= 9 && column <= 14);
}

}   // namespace

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray csvTextField(const QString &value)
{
    const bool formula = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
    return csvField(formula ? QString(QLatin1Char('\'') + value) : value);
}

qint64 exportUsage(QSqlDatabase db, const UsageFilter &filter, ExportFormat format, QIODevice &out, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT u.day, a.provider, u.account_id, a.label, u.model, u.project, u.api_key_id, u.service_tier, u.source, "
        "u.input_tokens, u.cached_input_tokens, u.cache_write_5m_tokens, u.cache_write_1h_tokens, u.output_tokens, "
        "u.requests, u.cost_nano, u.cost_status FROM usage u JOIN accounts a ON a.id = u.account_id WHERE 1 = 1");
    QVariantList binds;
    sql += filter.sqlConditions(&binds);
    sql += QStringLiteral(" ORDER BY u.day, u.account_id, u.model, u.project, u.api_key_id, u.service_tier, u.source");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = sql::describeError(q.lastError());
        return -1;
    }

    const auto write = [&](const QByteArray &bytes) {
        if (out.write(bytes) != bytes.size()) {
            if (error)
                *error = out.errorString();
            return false;
        }
        return true;
    };
    qint64 rows = 0;
    if (format == ExportFormat::Csv) {
        QByteArray header;
        for (const char *c : Columns)
            header += (header.isEmpty() ? "" : ",") + QByteArray(c);
        if (!write(header + "\r\n"))
            return -1;
    } else if (!write("[\n")) {
        return -1;
    }
    while (q.next()) {
        const QString cost =
            q.value(15).isNull() ? QString() : Money::fromNanos(q.value(15).toLongLong()).toExactString();
        if (format == ExportFormat::Csv) {
            QByteArray line;
            for (int i = 0; i < int(std::size(Columns)); ++i) {
                if (i > 0)
                    line += ',';
                if (i == 15)
                    line += csvField(cost);
                else if (isNumber(i))
                    line += csvField(q.value(i).toString());
                else
                    line += csvTextField(q.value(i).toString());
            }
            if (!write(line + "\r\n"))
                return -1;
        } else {
            QJsonObject o;
            for (int i = 0; i < int(std::size(Columns)); ++i) {
                const QString name = QString::fromLatin1(Columns[i]);
                if (i == 15)
                    o.insert(name, cost.isEmpty() ? QJsonValue() : QJsonValue(cost));
                else if (isNumber(i))
                    o.insert(name, q.value(i).toLongLong());
                else
                    o.insert(name, q.value(i).toString());
            }
            if (!write((rows > 0 ? ",\n" : "") + QJsonDocument(o).toJson(QJsonDocument::Compact)))
                return -1;
        }
        ++rows;
    }
    // next() is false at the end and on a failed read alike: only the error tells them apart.
    if (q.lastError().isValid()) {
        if (error)
            *error = QStringLiteral("reading the usage rows failed after %1 rows: %2")
                         .arg(rows)
                         .arg(sql::describeError(q.lastError()));
        return -1;
    }
    if (format == ExportFormat::Json && !write("\n]\n"))
        return -1;
    return rows;
}

}   // namespace tl
