#include "queryloop.h"

#include <sqlite3.h>

namespace tl::sql {

namespace {

// Extended result codes keep the primary one in their low byte (SQLITE_CORRUPT_INDEX & 0xff).
bool isDamageCode(int resultCode)
{
    const int primary = resultCode & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

}   // namespace

bool isDamaged(const QSqlError &error)
{
    bool ok = false;
    // The Qt SQLite driver puts SQLite's result code here.
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && isDamageCode(code);
}

QString describeSqliteError(int resultCode, const QString &message)
{
    QString text = message.isEmpty() ? QStringLiteral("unknown database error") : message;
    // SUM() past 64 bits: the amounts stored are each valid but their total is not. No damage: say
    // so, and where to look.
    if (message.contains(QLatin1String("integer overflow")))
        text += QStringLiteral(" (a total of the stored amounts is past what adds up, 9,223,372,036.85 in one "
                               "currency: an amount imported or entered by hand is far too large; look at the "
                               "latest imports and manual entries)");
    if (isDamageCode(resultCode))
        text += QStringLiteral(" (the database file is damaged; run \"tokenledger check\" for details)");
    return text;
}

QString describeError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return describeSqliteError(ok ? code : 0, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

bool readSucceeded(const QSqlQuery &query, QString *error)
{
    const QSqlError problem = query.lastError();
    if (!problem.isValid())
        return true;
    if (error)
        *error = describeError(problem);
    return false;
}

}   // namespace tl::sql
